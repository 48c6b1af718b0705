import { isGuid } from '@trueconfig/common';
import { scanEventId } from './scan-event-id';

describe('scanEventId', () => {
  it('is a stable UUID per scan and event', () => {
    const id = scanEventId('4b0c2bb4-5a7e-4f0e-9b1c-0a4f3f9b1c11', 'started');
    expect(isGuid(id)).toBe(true);
    expect(scanEventId('4b0c2bb4-5a7e-4f0e-9b1c-0a4f3f9b1c11', 'started')).toBe(id);
    expect(scanEventId('4b0c2bb4-5a7e-4f0e-9b1c-0a4f3f9b1c11', 'finished')).not.toBe(id);
  });
});
