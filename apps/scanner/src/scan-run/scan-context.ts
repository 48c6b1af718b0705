import { CollectionFacts, Evaluation } from '@trueconfig/controls';
import { ScanReadings } from '../delta/scan-readings';
import { ConnectorTokenSource } from '../graph/connector-token.source';
import { GraphRequestCounter } from '../graph/graph-request-counts';
import { ScanCancellation } from './scan-cancellation';
import { ScanJob } from './scan-job';
import { ScanProgress } from './scan-progress';

/** What a running scan carries before its evaluation exists (the licence is read first). */
export interface ScanBasics {
  job: ScanJob;
  tokens: ConnectorTokenSource;
  progress: ScanProgress;
  /** Warnings so far, in the order they happened (also appended to the scan row as they come). */
  warnings: string[];
  requests: GraphRequestCounter;
  cancellation: ScanCancellation;
  /** When this attempt started (epoch ms): throttling is waited out until the deadline counted from here. */
  startedAt: number;
}

/** What one running scan carries from phase to phase. */
export interface ScanContext extends ScanBasics {
  evaluation: Evaluation;
  facts: CollectionFacts;
  /** Directory audit entries since the previous scan (capped), for drift. */
  directoryAudits: unknown[];
  /** What the replica tells the evaluation: ID-01's join, the sign-in data's age. */
  readings: ScanReadings;
}
