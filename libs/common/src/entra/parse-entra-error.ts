/** What can be read from a token failure: only its text is reliable (the error class is not). */
export interface EntraErrorText {
  /** "7000215" from "AADSTS7000215: …" or from MSAL's "Error(s): 7000215 - …". */
  entraErrorCode: string | null;
  /** Entra's own description (the AADSTS sentence), or the whole message when there is none. */
  description: string;
  /** The full message, for marker checks (`endpoints_resolution_error`, `interaction_required`, 429). */
  raw: string;
}

const AADSTS = /AADSTS(\d{4,})/;
const ERROR_CODES = /Error\(s\):\s*(\d{4,})/;
/** MSAL appends request ids after the description; they identify nothing useful for a user. */
const TRAILER = /\s+(-\s+)?(Trace ID|Correlation ID|Timestamp):.*$/s;

export function parseEntraError(error: unknown): EntraErrorText {
  const raw = messageOf(error);
  const code = raw.match(AADSTS)?.[1] ?? raw.match(ERROR_CODES)?.[1] ?? null;
  const start = raw.search(AADSTS);
  const description = (start >= 0 ? raw.slice(start) : raw).replace(TRAILER, '').trim();
  return { entraErrorCode: code, description, raw };
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  if (typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string') {
    return (error as { message: string }).message;
  }
  return String(error);
}
