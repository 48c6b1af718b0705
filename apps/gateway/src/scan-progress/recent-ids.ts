/**
 * The last `capacity` ids seen, oldest forgotten first: enough to recognise an event delivered twice
 * (a publisher's retry, a consumer recreated after a reconnect) without growing with uptime.
 */
export class RecentIds {
  private readonly ids = new Set<string>();

  constructor(private readonly capacity: number) {}

  /** True the first time an id is offered, false while it is remembered. */
  firstTime(id: string): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    if (this.ids.size > this.capacity) this.ids.delete(this.ids.values().next().value as string);
    return true;
  }
}
