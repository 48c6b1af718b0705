/** One Graph GET as a connection test sees it: the body, or why there is none. */
export type GraphAnswer =
  | { ok: true; body: unknown }
  /** `status` null: no HTTP answer came back (network failure, timeout). */
  | { ok: false; status: number | null; code: string | null; message: string };
