import { randomUUID } from 'node:crypto';
import { FaultInput } from './fault-input.schema';
import { pathPatternRegex } from './path-pattern';

export interface Fault extends FaultInput {
  faultId: string;
  matched: number;
  applied: number;
}

export interface FaultTarget {
  method: string;
  path: string;
  tenantId: string | undefined;
  /** Whether the request continues a listing (`$skiptoken`). */
  hasPageToken?: boolean;
  /** Whether the request asks for `$count=true`. */
  asksForCount?: boolean;
}

export class FaultStore {
  private readonly faults = new Map<string, { fault: Fault; regex: RegExp }>();

  add(input: FaultInput): Fault {
    const fault: Fault = { ...input, faultId: randomUUID(), matched: 0, applied: 0 };
    this.faults.set(fault.faultId, { fault, regex: pathPatternRegex(input.pathPattern) });
    return fault;
  }

  delete(faultId: string): boolean {
    return this.faults.delete(faultId);
  }

  list(): Fault[] {
    return [...this.faults.values()].map(({ fault }) => fault);
  }

  clear(): void {
    this.faults.clear();
  }

  /** The first fault that fires for this request, counting it; undefined when the request runs normally. */
  take(target: FaultTarget): Fault | undefined {
    for (const { fault, regex } of this.faults.values()) {
      if (!matches(fault, regex, target) || exhausted(fault)) continue;
      fault.matched++;
      if (!firesOn(fault)) continue;
      fault.applied++;
      return fault;
    }
    return undefined;
  }
}

function matches(fault: Fault, regex: RegExp, target: FaultTarget): boolean {
  if (fault.method && fault.method.toUpperCase() !== target.method) return false;
  if (fault.tenantId && fault.tenantId.toLowerCase() !== target.tenantId) return false;
  if (fault.expirePageToken && !target.hasPageToken) return false;
  if (fault.refuseCount && !target.asksForCount) return false;
  return regex.test(target.path);
}

function exhausted(fault: Fault): boolean {
  return fault.count !== undefined && fault.applied >= fault.count;
}

/** With a ratio r the n-th match fires when floor(n·r) steps up: exactly r of the requests, evenly spread. */
function firesOn(fault: Fault): boolean {
  if (fault.ratio === undefined) return true;
  return Math.floor(fault.matched * fault.ratio) > Math.floor((fault.matched - 1) * fault.ratio);
}
