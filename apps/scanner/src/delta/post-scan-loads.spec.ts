import { Client } from '@microsoft/microsoft-graph-client';
import { DeltaLinkRounds } from './delta-link-rounds';
import { PostScanLoads } from './post-scan-loads';
import { LoadedRead, StagedReadStore } from './staged-read.store';

const pending = (scanId: string) => ({ tenantId: 't', scanId, dataset: 'v1.0/users', deltaUrl: null });
const client = {} as Client;

function loadsAnswering(load: () => Promise<LoadedRead | null>) {
  const rounds = { run: jest.fn(async () => undefined) };
  return { loads: new PostScanLoads({ load } as unknown as StagedReadStore, rounds as unknown as DeltaLinkRounds), rounds };
}

describe('PostScanLoads', () => {
  it('settles once every load started has ended, including one started meanwhile', async () => {
    const releases: Array<() => void> = [];
    const { loads } = loadsAnswering(() => new Promise((resolve) => releases.push(() => resolve(null))));
    loads.start(pending('a'), client);
    const settled = loads.settled(1000);
    let done = false;
    void settled.then(() => (done = true));
    loads.start(pending('b'), client); // a scan that ended while shutting down
    releases[0]?.();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);
    releases[1]?.();
    expect(await settled).toBe(true);
  });

  it('gives up waiting after the grace period, saying so', async () => {
    const { loads } = loadsAnswering(() => new Promise(() => undefined));
    loads.start(pending('a'), client);
    const started = Date.now();
    expect(await loads.settled(50)).toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('fetches the delta link only for the scan whose read it loaded, when the read had none', async () => {
    const loaded = { scanId: 'a', syncedAt: 'now', rowCount: 3, deltaLink: null };
    const { loads, rounds } = loadsAnswering(async () => loaded);
    loads.start({ ...pending('a'), deltaUrl: 'https://graph/v1.0/users/delta' }, client);
    loads.start({ ...pending('b'), deltaUrl: 'https://graph/v1.0/users/delta' }, client);
    await loads.settled();
    expect(rounds.run).toHaveBeenCalledTimes(1);
    expect(rounds.run).toHaveBeenCalledWith(expect.objectContaining({ scanId: 'a', syncedAt: 'now', rowCount: 3 }), client);
  });
});
