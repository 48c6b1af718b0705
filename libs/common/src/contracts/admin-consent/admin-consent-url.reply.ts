export interface AdminConsentUrlReply {
  url: string;
  /** When the signed `state` in the URL stops being accepted. */
  expiresAt: string;
}
