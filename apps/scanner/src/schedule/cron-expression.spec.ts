import { ErrorCode } from '@trueconfig/common';
import { CronExpressionParser } from 'cron-parser';
import { parseCronExpression } from './cron-expression';

const parsing = (cron: unknown) => () => parseCronExpression(cron);

describe('parseCronExpression', () => {
  it('reads the five standard fields, single-spacing the text it keeps', () => {
    expect(parseCronExpression('  0   3 * *  1-5 ')).toEqual({ text: '0 3 * * 1-5', minutes: [0], hours: [3] });
    expect(parseCronExpression('0,30 */6 1-15/7 JAN-mar mon,FRI')).toMatchObject({ minutes: [0, 30], hours: [0, 6, 12, 18] });
    expect(parseCronExpression('5/20 22-23 * * 7').minutes).toEqual([5, 25, 45]);
  });

  it('expands every field to the values cron-parser fires on', () => {
    for (const cron of ['0 3 * * *', '5/20 */7 * * *', '0-10/5 1,2,20-23 * * *', '59 0 31 * *', '* * * * *']) {
      const ours = parseCronExpression(cron);
      const theirs = CronExpressionParser.parse(cron).fields;
      expect({ minutes: ours.minutes, hours: ours.hours }).toEqual({ minutes: [...theirs.minute.values], hours: [...theirs.hour.values] });
    }
  });

  it.each([
    ['61 * * * *', 'minute', 'field 1 of 5) "61" is invalid: 61 is out of range; use 0-59'],
    ['0 24 * * *', 'hour', 'hour field (field 2 of 5) "24" is invalid: 24 is out of range; use 0-23'],
    ['0 3 0 * *', 'day-of-month', 'day-of-month field (field 3 of 5) "0" is invalid: 0 is out of range; use 1-31'],
    ['0 3 * 13 *', 'month', 'month field (field 4 of 5) "13" is invalid: 13 is out of range; use 1-12'],
    ['0 3 * * MONDAY', 'day-of-week', 'day-of-week field (field 5 of 5) "MONDAY" is invalid: "MONDAY" is not a number or name this field accepts'],
    ['0 3 * JAN-MON *', 'month', '"MON" is not a number or name this field accepts'],
    ['*/0 * * * *', 'minute', 'the step in "*/0" must be at least 1'],
    ['0 5-1 * * *', 'hour', 'the range "5-1" runs backwards'],
    ['0 1,,2 * * *', 'hour', 'empty list item'],
    ['0 3 L * *', 'day-of-month', '"L" is not a number'],
    ['0 3 ? * *', 'day-of-month', '"?" is not a number'],
    ['H 3 * * *', 'minute', '"H" is not a number'],
    ['0 3 * * 1#2', 'day-of-week', '"1#2" is not a number'],
    ['0 3 * * 1/2/3', 'day-of-week', 'more than one "/"'],
  ])('refuses "%s", naming the %s field', (cron, field, reason) => {
    expect(parsing(cron)).toThrow(expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT, details: { field: 'cron', cronField: field } }));
    expect(parsing(cron)).toThrow(`cron ${field} field`);
    expect(parsing(cron)).toThrow(reason);
  });

  it('wants exactly five fields, and says a seconds field is not supported', () => {
    expect(parsing('0 0 3 * * *')).toThrow(/must have 5 fields .*"0 0 3 \* \* \*" has 6\. A seconds field is not supported\./);
    expect(parsing('@daily')).toThrow('has 1');
    expect(parsing('')).toThrow('has 0');
    expect(parsing(42)).toThrow(expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT, details: { field: 'cron' } }));
    expect(parsing('0 '.repeat(60))).toThrow('at most 100 characters');
  });
});
