/** What Entra's redirect brought back to the gateway's callback, passed on unchanged. */
export interface CompleteAdminConsentRequest {
  state: string;
  adminConsent: string | null;
  tenant: string | null;
  error: string | null;
  errorDescription: string | null;
}
