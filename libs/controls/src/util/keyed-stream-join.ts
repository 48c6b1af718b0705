export interface KeyedStreamJoinHandlers<L, R> {
  matched(key: string, left: L, right: R): void;
  /** A left row with no right row: called once the right side is complete, or at flush. */
  leftOnly(key: string, left: L): void;
}

/**
 * Joins two keyed streams fed page by page in any order. A row waits only until its partner arrives
 * or the partner's side is complete, so memory holds the unmatched rows of whichever side came first
 * (the keys of one user-scaled dataset when fed keys first). Right rows without a left row are dropped.
 */
export class KeyedStreamJoin<L, R> {
  private readonly lefts = new Map<string, L>();
  private readonly rights = new Map<string, R>();
  private leftComplete = false;
  private rightComplete = false;

  constructor(private readonly handlers: KeyedStreamJoinHandlers<L, R>) {}

  addLeft(key: string, left: L): void {
    if (this.rights.has(key)) {
      const right = this.rights.get(key) as R;
      this.rights.delete(key);
      this.handlers.matched(key, left, right);
    } else if (this.rightComplete) {
      this.handlers.leftOnly(key, left);
    } else {
      this.lefts.set(key, left);
    }
  }

  addRight(key: string, right: R): void {
    if (this.lefts.has(key)) {
      const left = this.lefts.get(key) as L;
      this.lefts.delete(key);
      this.handlers.matched(key, left, right);
    } else if (!this.leftComplete) {
      this.rights.set(key, right);
    }
  }

  /** A left key that will never be joined (filtered out): frees its waiting right row. */
  discardLeft(key: string): void {
    this.rights.delete(key);
  }

  completeLeft(): void {
    this.leftComplete = true;
    this.rights.clear();
  }

  completeRight(): void {
    this.rightComplete = true;
    this.flush();
  }

  /** Reports every waiting left row as left-only. */
  flush(): void {
    for (const [key, left] of this.lefts) this.handlers.leftOnly(key, left);
    this.lefts.clear();
  }

  get waiting(): number {
    return this.lefts.size + this.rights.size;
  }
}
