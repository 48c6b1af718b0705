import { ErrorCode } from '../errors/error-code.enum';

/** The verdict of one connection check: what went wrong, in Entra's and in TrueConfig's terms. */
export interface Diagnosis {
  ok: boolean;
  errorCode: ErrorCode | null;
  /** Entra's numeric AADSTS code when Entra gave one (kept even when TrueConfig does not know it). */
  entraErrorCode: string | null;
  message: string;
  remediation: string[];
}
