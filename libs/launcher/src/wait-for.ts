export interface WaitOptions {
  everyMs?: number;
  /** Checked before each try: an error stops the wait at once (e.g. the process died). */
  abortIf?: () => Error | undefined;
}

/** Polls `probe` until it returns true or the deadline passes. A probe that throws counts as "not yet". */
export async function waitFor(what: string, probe: () => Promise<boolean>, timeoutMs: number, options: WaitOptions = {}): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const abort = options.abortIf?.();
    if (abort) throw abort;
    if (await probe().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, options.everyMs ?? 150));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

export async function httpOk(url: string): Promise<boolean> {
  const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
  return response.ok;
}
