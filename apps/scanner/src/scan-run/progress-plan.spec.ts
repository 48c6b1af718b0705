import { datasetPercent, MonotonicPercent, ProgressPlan } from './progress-plan';

describe('ProgressPlan', () => {
  it('spreads uncounted datasets between token and evaluation in equal parts, each moving the bar once read', () => {
    const plan = new ProgressPlan(3);
    const sequence = [ProgressPlan.STARTING, ProgressPlan.TOKEN, plan.datasets()];
    for (const path of ['a', 'b', 'c']) {
      plan.read(path, 500, null);
      sequence.push(plan.datasets());
      plan.finished(path);
      sequence.push(plan.datasets());
    }
    sequence.push(ProgressPlan.EVALUATING, ProgressPlan.STORING, ProgressPlan.FINISHED);
    expect(sequence).toEqual([0, 5, 10, 10, 36, 36, 63, 63, 90, 92, 96, 100]);
  });

  it('weighs a counted dataset by the requests it takes and moves the bar row by row', () => {
    const plan = new ProgressPlan(4);
    plan.finished('small-1');
    plan.finished('small-2');
    plan.finished('small-3');
    // 3 small datasets of 1 request each, then 9,990 users at 999 per page: 10 requests of 13.
    plan.expect('users', 9990);
    expect(plan.datasets()).toBe(10 + Math.floor((80 * 3) / 13));
    plan.read('users', 4995, 9990);
    expect(plan.datasets()).toBe(10 + Math.floor((80 * 8) / 13));
    plan.read('users', 9990, 9990);
    expect(plan.datasets()).toBeLessThan(90);
    plan.finished('users');
    expect(plan.datasets()).toBe(90);
  });

  it('copes with no datasets, more datasets than planned and an empty counted dataset', () => {
    expect(new ProgressPlan(0).datasets()).toBe(90);
    const plan = new ProgressPlan(1);
    plan.finished('a');
    plan.finished('b');
    expect(plan.datasets()).toBe(90);
    const empty = new ProgressPlan(1);
    empty.expect('users', 0);
    empty.read('users', 0, 0);
    expect(empty.datasets()).toBe(10);
  });
});

describe('datasetPercent', () => {
  it('is rows against the expected count, capped at 100, and null without a count', () => {
    expect([datasetPercent(0, 1000), datasetPercent(333, 1000), datasetPercent(1200, 1000), datasetPercent(0, 0), datasetPercent(50, null)]).toEqual([0, 33, 100, 100, null]);
  });
});

describe('MonotonicPercent', () => {
  it('never goes backwards and stays within 0–100', () => {
    const percent = new MonotonicPercent();
    expect([percent.next(10), percent.next(5), percent.next(50.4), percent.next(180)]).toEqual([10, 10, 50, 100]);
  });
});
