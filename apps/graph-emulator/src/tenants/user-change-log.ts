export type UserChange = 'updated' | 'deleted';

export interface AppliedChanges {
  version: number;
  updated: number[];
  deleted: number[];
}

/**
 * Changes made to a generated population after creation (through the control API), versioned so
 * that `users/delta` can answer "what changed since token v". Updated users keep their index and
 * get a new job title; deleted users vanish from listings.
 */
export class UserChangeLog {
  private version = 0;
  private readonly entries: Array<{ version: number; index: number; change: UserChange }> = [];
  private readonly updates = new Map<number, number>();
  private readonly deleted = new Set<number>();
  private nextUpdate: number;
  private nextDelete: number;

  constructor(
    private readonly userCount: number,
    firstChangeable: number,
  ) {
    this.nextUpdate = firstChangeable;
    this.nextDelete = userCount - 1;
  }

  get currentVersion(): number {
    return this.version;
  }

  get deletedCount(): number {
    return this.deleted.size;
  }

  isDeleted(index: number): boolean {
    return this.deleted.has(index);
  }

  /** How many times a user was updated (0: as generated). */
  updateCount(index: number): number {
    return this.updates.get(index) ?? 0;
  }

  /** Updates walk up from the first non-administrator, deletions down from the last user. */
  apply(update: number, remove: number): AppliedChanges {
    this.version++;
    const applied: AppliedChanges = { version: this.version, updated: [], deleted: [] };
    for (let n = 0; n < remove && this.nextDelete >= 0; n++, this.nextDelete--) {
      if (this.deleted.has(this.nextDelete)) continue;
      this.deleted.add(this.nextDelete);
      this.record(this.nextDelete, 'deleted', applied.deleted);
    }
    for (let n = 0; n < update && this.userCount > 0; n++) {
      const index = this.nextUpdateIndex();
      if (index === undefined) break;
      this.updates.set(index, this.updateCount(index) + 1);
      this.record(index, 'updated', applied.updated);
    }
    return applied;
  }

  /** The latest change per user after `version`, in index order. */
  since(version: number): Array<{ index: number; change: UserChange }> {
    const latest = new Map<number, UserChange>();
    for (const entry of this.entries) if (entry.version > version) latest.set(entry.index, entry.change);
    return [...latest].sort(([a], [b]) => a - b).map(([index, change]) => ({ index, change }));
  }

  private nextUpdateIndex(): number | undefined {
    for (let tries = 0; tries < this.userCount; tries++) {
      const index = this.nextUpdate % this.userCount;
      this.nextUpdate++;
      if (!this.deleted.has(index)) return index;
    }
    return undefined;
  }

  private record(index: number, change: UserChange, into: number[]): void {
    this.entries.push({ version: this.version, index, change });
    into.push(index);
  }
}
