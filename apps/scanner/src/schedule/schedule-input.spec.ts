import { AppError, ErrorCode } from '@trueconfig/common';
import fc from 'fast-check';
import { DEFAULT_INTERVAL_SECONDS, validateScheduleInput } from './schedule-input';

const HOUR = 3600;
const now = new Date('2026-01-01T00:00:00Z');

const validating = (input: Parameters<typeof validateScheduleInput>[0], minInterval = HOUR) => () => validateScheduleInput(input, minInterval, now);
const refusedOn = (field: string, message: string | RegExp) =>
  expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT, details: expect.objectContaining({ field }), message: typeof message === 'string' ? expect.stringContaining(message) : expect.stringMatching(message) });

describe('validateScheduleInput', () => {
  it('defaults to a daily interval without a window', () => {
    expect(validateScheduleInput({ enabled: true }, HOUR)).toEqual({
      enabled: true, intervalSeconds: DEFAULT_INTERVAL_SECONDS, cron: null, timezone: null, windowStartMinute: null, windowEndMinute: null,
    });
  });

  it('refuses an interval under the minimum (one hour unless a test lowers it), naming the field', () => {
    expect(() => validateScheduleInput({ enabled: true, intervalSeconds: 1800 }, HOUR)).toThrow(expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT, details: { field: 'intervalSeconds' } }));
    expect(validateScheduleInput({ enabled: true, intervalSeconds: 5 }, 2).intervalSeconds).toBe(5);
  });

  it('wants both window ends as "HH:MM", different', () => {
    expect(validateScheduleInput({ enabled: false, windowStart: '01:00', windowEnd: '05:30' }, HOUR)).toMatchObject({ windowStartMinute: 60, windowEndMinute: 330 });
    expect(() => validateScheduleInput({ enabled: true, windowStart: '01:00' }, HOUR)).toThrow(/both windowStart and windowEnd/);
    expect(() => validateScheduleInput({ enabled: true, windowStart: '1am', windowEnd: '05:00' }, HOUR)).toThrow(/windowStart must be a UTC time/);
    expect(() => validateScheduleInput({ enabled: true, windowStart: '05:00', windowEnd: '05:00' }, HOUR)).toThrow(/differ/);
  });
});

describe('validateScheduleInput with a cron', () => {
  it('takes a cron instead of an interval, read in UTC unless a zone is given', () => {
    expect(validateScheduleInput({ enabled: true, cron: ' 0  3 * * 1-5' }, HOUR, now)).toEqual({
      enabled: true, intervalSeconds: null, cron: '0 3 * * 1-5', timezone: 'UTC', windowStartMinute: null, windowEndMinute: null,
    });
    expect(validateScheduleInput({ enabled: false, cron: '30 8 * * *', timezone: 'Asia/Kolkata', windowStart: '02:00', windowEnd: '04:00' }, HOUR, now)).toMatchObject({
      cron: '30 8 * * *', timezone: 'Asia/Kolkata', windowStartMinute: 120, windowEndMinute: 240,
    });
    expect(validateScheduleInput({ enabled: true, intervalSeconds: null, cron: '0 * * * *' }, HOUR, now).cron).toBe('0 * * * *');
  });

  it('refuses interval and cron together, and a timezone without a cron', () => {
    expect(validating({ enabled: true, intervalSeconds: 7200, cron: '0 3 * * *' })).toThrow(refusedOn('cron', 'send intervalSeconds or cron, not both'));
    expect(validating({ enabled: true, timezone: 'Europe/Berlin' })).toThrow(refusedOn('timezone', 'timezone goes with cron'));
  });

  it('refuses a cron that fires more often than once an hour, with the same minimum as intervalSeconds', () => {
    expect(validating({ enabled: true, cron: '*/15 * * * *' })).toThrow(
      refusedOn(
        'cron',
        'cron "*/15 * * * *" can fire 15 minutes after its previous run; schedules run at most once an hour (the same minimum as intervalSeconds). ' +
          'Give the minute field a single value, e.g. "0 * * * *" for hourly.',
      ),
    );
    expect(validating({ enabled: true, cron: '0,59 3 * * *' })).toThrow(refusedOn('cron', 'can fire 59 minutes after'));
    expect(validating({ enabled: true, cron: '0 * * * *' }, 2 * HOUR)).toThrow(refusedOn('cron', 'can fire an hour after its previous run; schedules run at most once every 2 hours'));
    expect(validating({ enabled: true, cron: '0 * * * *' }, 2 * HOUR)).toThrow(refusedOn('cron', 'Choose hours at least 2 hours apart.'));
    expect(validateScheduleInput({ enabled: true, cron: '0 */2 * * *' }, 2 * HOUR, now).cron).toBe('0 */2 * * *');
    expect(validateScheduleInput({ enabled: true, cron: '0 * * * *' }, HOUR, now).cron).toBe('0 * * * *');
    expect(validateScheduleInput({ enabled: true, cron: '* * * * *' }, 2, now).cron).toBe('* * * * *');
  });

  it('names the cron field that is wrong', () => {
    expect(validating({ enabled: true, cron: '0 25 * * *' })).toThrow(refusedOn('cron', 'cron hour field (field 2 of 5) "25" is invalid: 25 is out of range; use 0-23'));
    expect(validating({ enabled: true, cron: '0 25 * * *' })).toThrow(expect.objectContaining({ details: { field: 'cron', cronField: 'hour' } }));
  });

  it('refuses an unknown time zone', () => {
    expect(validating({ enabled: true, cron: '0 3 * * *', timezone: 'Mars/Olympus' })).toThrow(
      refusedOn('timezone', 'timezone must be an IANA time zone name such as "Europe/Berlin" or "UTC"; "Mars/Olympus" is not one.'),
    );
    expect(validating({ enabled: true, cron: '0 3 * * *', timezone: 'X'.repeat(5000) })).toThrow(refusedOn('timezone', 'what was sent is not one'));
  });

  it('refuses a cron that never fires, or never inside the window', () => {
    expect(validating({ enabled: true, cron: '0 3 31 2 *' })).toThrow(refusedOn('cron', /^cron "0 3 31 2 \*" can never fire/));
    expect(validating({ enabled: true, cron: '0 12 * * *', timezone: 'Asia/Kolkata', windowStart: '02:00', windowEnd: '04:00' })).toThrow(
      refusedOn('cron', 'cron "0 12 * * *" (Asia/Kolkata) never fires inside the window 02:00–04:00 UTC; change the cron or the window.'),
    );
  });
});

describe('validateScheduleInput on anything a client could send', () => {
  const cronish = fc.array(fc.constantFrom('*', '/', '-', ',', ' ', '0', '5', '59', '60', '7', 'MON', 'jan', 'L', '#', '?', '\u0000', '😀'), { maxLength: 20 }).map((parts) => parts.join(''));
  const anything = fc.oneof(cronish, fc.string({ maxLength: 120 }), fc.integer(), fc.constant(null), fc.constant(undefined), fc.array(fc.string(), { maxLength: 3 }));

  it('either accepts a schedule or refuses it with BAD_USER_INPUT naming a field, never another error', () => {
    fc.assert(
      fc.property(anything, anything, anything, (cron, timezone, intervalSeconds) => {
        const input = { enabled: true, cron, timezone, intervalSeconds } as unknown as Parameters<typeof validateScheduleInput>[0];
        try {
          const valid = validateScheduleInput(input, HOUR, now);
          expect((valid.cron === null) !== (valid.intervalSeconds === null)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
          expect(error).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, details: expect.objectContaining({ field: expect.any(String) }) });
        }
      }),
      { numRuns: 2000 },
    );
  });
});
