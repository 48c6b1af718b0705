import { DatasetPath } from '../datasets/dataset-path';

/** Why a dataset could not be read: a missing permission, a licence gate, another failure, or never read. */
export type UnavailableCause = 'permission' | 'licence' | 'error' | 'not-collected';

export interface DatasetUnavailability {
  cause: UnavailableCause;
  /** The permission actually missing (cause `permission`). */
  permission?: string;
  /** Graph's HTTP status and error code, when Graph answered. */
  status?: number;
  code?: string;
  message: string;
}

/** What an evaluator may ask at the end: was this dataset read in full, and if not, why. */
export interface DatasetAvailability {
  unavailable(dataset: DatasetPath): DatasetUnavailability | null;
}

/** The reason in the troubleshooting page's words: "requires Reports.Read.All". */
export function describeRequirement(reason: DatasetUnavailability): string {
  switch (reason.cause) {
    case 'permission':
      return `requires ${reason.permission ?? 'a Graph permission'}`;
    case 'licence':
      return 'requires an Entra ID P1 or P2 licence';
    case 'not-collected':
      return 'not collected';
    case 'error':
      return reason.status ? `Graph answered ${reason.status}${reason.code ? ` ${reason.code}` : ''}` : reason.message;
  }
}
