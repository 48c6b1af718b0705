/** One page of a cursor-paginated list. Cursors are opaque strings. */
export interface Page<T> {
  items: T[];
  endCursor: string | null;
  hasNextPage: boolean;
}

export interface PageRequest {
  first: number;
  after?: string | null;
}

/** Who asked: the organisation whose data this is and the API key that made the change. */
export interface Caller {
  orgId: string;
  actor: string;
}
