import { leaveThrottlingToTheScan } from './create-graph-client';

const decide = (status: number) => leaveThrottlingToTheScan(3, 0, 'https://graph.microsoft.com/v1.0/users', undefined, new Response(null, { status }));

describe('createGraphClient retry options', () => {
  it("lets the client's RetryHandler retry 503 and 504 but leaves 429 to the scan's sender", () => {
    expect(decide(503)).toBe(true);
    expect(decide(504)).toBe(true);
    expect(decide(429)).toBe(false);
  });
});
