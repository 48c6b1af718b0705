import { ControlResultDto, ControlStatus } from '@trueconfig/common';
import { DatasetPath } from '../datasets/dataset-path';
import { ControlAccumulator } from '../model/control-accumulator';
import { ControlDefinition } from '../model/control-definition';
import { ControlOutcome } from '../model/control-outcome';
import { DatasetAvailability } from '../model/dataset-availability';

/** Hard cap on any result's evidence, whatever an evaluator returns. */
export const MAX_EVIDENCE = 50;

/**
 * One control inside an evaluation. A control that throws is isolated: it reports ERROR and stops
 * receiving pages, while the rest of the catalog carries on.
 */
export class ControlSlot {
  private failure: unknown = null;

  constructor(
    readonly control: ControlDefinition,
    private readonly accumulator: ControlAccumulator,
  ) {}

  reads(dataset: DatasetPath): boolean {
    return this.control.datasets.includes(dataset);
  }

  accept(dataset: DatasetPath, page: readonly unknown[]): void {
    this.guard(() => this.accumulator.accept(dataset, page));
  }

  complete(dataset: DatasetPath): void {
    this.guard(() => this.accumulator.complete?.(dataset));
  }

  unavailable(dataset: DatasetPath): void {
    this.guard(() => this.accumulator.unavailable?.(dataset));
  }

  finish(availability: DatasetAvailability): ControlResultDto {
    let outcome: ControlOutcome | null = null;
    this.guard(() => (outcome = this.accumulator.finish(availability)));
    const result: ControlOutcome = outcome ?? failed(this.failure);
    return { controlId: this.control.id, title: this.control.title, ...result, evidence: result.evidence.slice(0, MAX_EVIDENCE) };
  }

  private guard(work: () => void): void {
    if (this.failure !== null) return;
    try {
      work();
    } catch (error) {
      this.failure = error;
    }
  }
}

function failed(error: unknown): ControlOutcome {
  const reason = error instanceof Error ? error.message : String(error);
  return { status: ControlStatus.ERROR, summary: `Evaluation failed: ${reason}`, metric: null, affectedCount: 0, evidence: [] };
}
