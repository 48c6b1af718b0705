import { DatasetPath } from '../datasets/dataset-path';
import { ResolvedSettings } from '../settings/tenant-settings';
import { ControlDefinition } from './control-definition';
import { ControlOutcome } from './control-outcome';
import { DatasetView } from './dataset-view';
import { KeepingAccumulator, RowFilter } from './keeping-accumulator';

export interface ControlSpec extends Omit<ControlDefinition, 'createAccumulator'> {
  /** Datasets without which the control cannot judge (default: all of `datasets`); the others are optional. */
  required?: DatasetPath[];
  /**
   * Rows kept per dataset. User-scaled datasets must have a filter (only the rows the verdict needs),
   * others are kept whole unless filtered.
   */
  keep?: Partial<Record<DatasetPath, RowFilter>>;
  evaluate(view: DatasetView, settings: ResolvedSettings): ControlOutcome;
}

/** A control as data plus one pure function over the rows it keeps. */
export function defineControl(spec: ControlSpec): ControlDefinition {
  const { required, keep, evaluate, ...definition } = spec;
  return {
    ...definition,
    createAccumulator: (settings) => new KeepingAccumulator({ control: definition, required: required ?? definition.datasets, keep: keep ?? {}, evaluate }, settings),
  };
}
