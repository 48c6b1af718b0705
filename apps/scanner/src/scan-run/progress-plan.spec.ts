import { MonotonicPercent, ProgressPlan } from './progress-plan';

describe('ProgressPlan', () => {
  it('spreads datasets between token and evaluation, strictly increasing per dataset', () => {
    const plan = new ProgressPlan(3);
    const sequence = [ProgressPlan.STARTING, ProgressPlan.TOKEN, plan.datasets(0), plan.datasets(1), plan.datasets(2), plan.datasets(3), ProgressPlan.EVALUATING, ProgressPlan.STORING, ProgressPlan.FINISHED];
    expect(sequence).toEqual([0, 5, 10, 36, 63, 90, 92, 96, 100]);
  });

  it('copes with no datasets and overshoot', () => {
    expect(new ProgressPlan(0).datasets(0)).toBe(90);
    expect(new ProgressPlan(2).datasets(5)).toBe(90);
  });
});

describe('MonotonicPercent', () => {
  it('never goes backwards and stays within 0–100', () => {
    const percent = new MonotonicPercent();
    expect([percent.next(10), percent.next(5), percent.next(50.4), percent.next(180)]).toEqual([10, 10, 50, 100]);
  });
});
