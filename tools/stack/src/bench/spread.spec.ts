import { spreadOf } from './spread';

describe('spreadOf', () => {
  it('gives the median, min and max whatever the order', () => {
    expect(spreadOf([90, 70, 80])).toEqual({ median: 80, min: 70, max: 90 });
    expect(spreadOf([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4 });
    expect(spreadOf([5])).toEqual({ median: 5, min: 5, max: 5 });
  });

  it('refuses an empty run rather than report a made-up figure', () => {
    expect(() => spreadOf([])).toThrow('no measurements');
  });
});
