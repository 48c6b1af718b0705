import { EvidenceItemDto } from '@trueconfig/common';

export const DEFAULT_EVIDENCE_CAP = 20;

/** Keeps the first `cap` evidence items and counts the rest, so evidence never grows with the tenant. */
export class EvidenceList {
  private readonly items: EvidenceItemDto[] = [];
  private seen = 0;

  constructor(private readonly cap = DEFAULT_EVIDENCE_CAP) {}

  add(item: EvidenceItemDto): void {
    this.seen++;
    if (this.items.length < this.cap) this.items.push(item);
  }

  get total(): number {
    return this.seen;
  }

  toArray(): EvidenceItemDto[] {
    return [...this.items];
  }
}
