import { ControlStatus, EvidenceItemDto } from '@trueconfig/common';
import { ControlOutcome } from './control-outcome';

export interface OutcomeDetail {
  metric?: number | null;
  affectedCount?: number;
  evidence?: EvidenceItemDto[];
}

/** A result in one line: `outcome(ControlStatus.FAIL, '3 apps…', { affectedCount: 3, evidence })`. */
export function outcome(status: ControlStatus, summary: string, detail: OutcomeDetail = {}): ControlOutcome {
  return { status, summary, metric: detail.metric ?? null, affectedCount: detail.affectedCount ?? 0, evidence: detail.evidence ?? [] };
}

export const pass = (summary: string, detail?: OutcomeDetail) => outcome(ControlStatus.PASS, summary, detail);
export const fail = (summary: string, detail?: OutcomeDetail) => outcome(ControlStatus.FAIL, summary, detail);
export const warn = (summary: string, detail?: OutcomeDetail) => outcome(ControlStatus.WARN, summary, detail);
export const notApplicable = (summary: string) => outcome(ControlStatus.NOT_APPLICABLE, summary);
export const degraded = (summary: string, detail?: OutcomeDetail) => outcome(ControlStatus.DEGRADED, summary, detail);
export const errored = (summary: string) => outcome(ControlStatus.ERROR, summary);

/** "1 user", "3 users". */
export function plural(n: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : pluralNoun}`;
}
