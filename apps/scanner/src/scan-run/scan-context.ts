import { Evaluation } from '@trueconfig/controls';
import { ConnectorTokenSource } from '../graph/connector-token.source';
import { ScanJob } from './scan-job';
import { ScanProgress } from './scan-progress';

/** What one running scan carries from phase to phase. */
export interface ScanContext {
  job: ScanJob;
  evaluation: Evaluation;
  tokens: ConnectorTokenSource;
  progress: ScanProgress;
  /** Warnings so far, in the order they happened (also appended to the scan row as they come). */
  warnings: string[];
}
