import { TokenCredential } from '@azure/identity';

/** A tenant's credential plus what its HTTP pipeline saw last (see HttpStatusRecorder). */
export interface EntraCredential {
  credential: TokenCredential;
  lastHttpStatus(): number | undefined;
}
