import { GraphRequestCounter } from './graph-request-counts';

describe('GraphRequestCounter', () => {
  it('hands over only what is new since the last flush', () => {
    const counter = new GraphRequestCounter();
    expect(counter.takeDelta()).toBeNull();
    counter.add('total');
    counter.add('total');
    counter.add('throttled');
    expect(counter.takeDelta()).toEqual({ total: 2, throttled: 1, retries: 0, giveUps: 0 });
    counter.add('retries');
    expect(counter.takeDelta()).toEqual({ total: 0, throttled: 0, retries: 1, giveUps: 0 });
    expect(counter.totals).toEqual({ total: 2, throttled: 1, retries: 1, giveUps: 0 });
  });
});
