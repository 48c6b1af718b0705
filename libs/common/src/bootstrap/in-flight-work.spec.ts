import { inFlightWork } from './in-flight-work';

describe('inFlightWork', () => {
  it('is idle at once when nothing runs, and once the last piece of work ends', async () => {
    await expect(inFlightWork.idle(10)).resolves.toBe(true);
    const endA = inFlightWork.begin();
    const endB = inFlightWork.begin();
    const idle = inFlightWork.idle(1000);
    endA();
    endA();
    expect(inFlightWork.size).toBe(1);
    endB();
    await expect(idle).resolves.toBe(true);
  });

  it('gives up waiting after the timeout', async () => {
    const end = inFlightWork.begin();
    await expect(inFlightWork.idle(20)).resolves.toBe(false);
    end();
  });
});
