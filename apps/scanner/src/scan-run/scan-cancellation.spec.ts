import { ScanCancellation, ScanCancelledError } from './scan-cancellation';

describe('ScanCancellation', () => {
  it('asks the store at most twice a second and throws once cancelled', async () => {
    let now = 0;
    const isRequested = jest.fn().mockResolvedValueOnce(false).mockResolvedValue(true);
    const cancellation = new ScanCancellation('scan-1', { isRequested }, () => now);
    now = 1000;
    await cancellation.throwIfRequested();
    now += 100;
    await cancellation.throwIfRequested();
    expect(isRequested).toHaveBeenCalledTimes(1);
    now += 500;
    await expect(cancellation.throwIfRequested()).rejects.toBeInstanceOf(ScanCancelledError);
    await expect(cancellation.throwIfRequested()).rejects.toBeInstanceOf(ScanCancelledError);
    expect(isRequested).toHaveBeenCalledTimes(2);
  });
});
