import { ErrorCode } from '@trueconfig/common';
import { DEFAULT_INTERVAL_SECONDS, validateScheduleInput } from './schedule-input';

describe('validateScheduleInput', () => {
  it('defaults to a daily interval without a window', () => {
    expect(validateScheduleInput({ enabled: true }, 3600)).toEqual({ enabled: true, intervalSeconds: DEFAULT_INTERVAL_SECONDS, windowStartMinute: null, windowEndMinute: null });
  });

  it('refuses an interval under the minimum (one hour unless a test lowers it), naming the field', () => {
    expect(() => validateScheduleInput({ enabled: true, intervalSeconds: 1800 }, 3600)).toThrow(expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT, details: { field: 'intervalSeconds' } }));
    expect(validateScheduleInput({ enabled: true, intervalSeconds: 5 }, 2).intervalSeconds).toBe(5);
  });

  it('wants both window ends as "HH:MM", different', () => {
    expect(validateScheduleInput({ enabled: false, windowStart: '01:00', windowEnd: '05:30' }, 3600)).toMatchObject({ windowStartMinute: 60, windowEndMinute: 330 });
    expect(() => validateScheduleInput({ enabled: true, windowStart: '01:00' }, 3600)).toThrow(/both windowStart and windowEnd/);
    expect(() => validateScheduleInput({ enabled: true, windowStart: '1am', windowEnd: '05:00' }, 3600)).toThrow(/windowStart must be a UTC time/);
    expect(() => validateScheduleInput({ enabled: true, windowStart: '05:00', windowEnd: '05:00' }, 3600)).toThrow(/differ/);
  });
});
