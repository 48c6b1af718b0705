import { datasetDefinition } from '../datasets/dataset-definitions';
import { DatasetPath } from '../datasets/dataset-path';
import { ResolvedSettings } from '../settings/tenant-settings';
import { ControlAccumulator } from './control-accumulator';
import { ControlDescription } from './control-definition';
import { ControlOutcome } from './control-outcome';
import { DatasetAvailability } from './dataset-availability';
import { DatasetView } from './dataset-view';
import { notApplicable } from './outcome';
import { licenceBelow, tierName, unavailableOutcome } from './unavailable-outcome';

/** What a filter may consult while rows stream in: rows kept so far, and which datasets will send no more rows. */
export interface KeptSoFar {
  rows<T>(dataset: DatasetPath): T[];
  /** Read in full, or known to be unavailable. */
  completed(dataset: DatasetPath): boolean;
}

export type RowFilter = (row: Record<string, unknown>, settings: ResolvedSettings, kept: KeptSoFar) => boolean;

interface KeepingPlan {
  control: ControlDescription;
  required: DatasetPath[];
  keep: Partial<Record<DatasetPath, RowFilter>>;
  evaluate(view: DatasetView, settings: ResolvedSettings): ControlOutcome;
}

/** Keeps the (filtered) rows of each dataset, then answers from them; missing required data decides first. */
export class KeepingAccumulator implements ControlAccumulator {
  private readonly kept = new Map<DatasetPath, Array<Record<string, unknown>>>();
  private readonly completedDatasets = new Set<DatasetPath>();
  private readonly soFar: KeptSoFar = {
    rows: <T>(dataset: DatasetPath) => (this.kept.get(dataset) ?? []) as T[],
    completed: (dataset) => this.completedDatasets.has(dataset),
  };

  constructor(
    private readonly plan: KeepingPlan,
    private readonly settings: ResolvedSettings,
  ) {
    for (const dataset of plan.control.datasets) {
      if (datasetDefinition(dataset).growsWithUsers && !plan.keep[dataset]) throw new Error(`${plan.control.id} must filter ${dataset}`);
    }
  }

  accept(dataset: DatasetPath, page: readonly unknown[]): void {
    const filter = this.plan.keep[dataset];
    const rows = this.kept.get(dataset) ?? [];
    this.kept.set(dataset, rows);
    for (const row of page) if (isObject(row) && (!filter || filter(row, this.settings, this.soFar))) rows.push(row);
  }

  complete(dataset: DatasetPath): void {
    this.completedDatasets.add(dataset);
    this.refilterUserScaled();
  }

  unavailable(dataset: DatasetPath): void {
    this.completedDatasets.add(dataset);
    this.refilterUserScaled();
  }

  /**
   * A filter may narrow once other datasets are settled (only privileged users, once the role data is in):
   * rows kept before then are filtered again, so user-scaled rows never stay whole whatever the arrival order.
   */
  private refilterUserScaled(): void {
    for (const [dataset, rows] of this.kept) {
      const filter = this.plan.keep[dataset];
      if (!filter || rows.length === 0 || !datasetDefinition(dataset).growsWithUsers) continue;
      this.kept.set(dataset, rows.filter((row) => filter(row, this.settings, this.soFar)));
    }
  }

  finish(availability: DatasetAvailability): ControlOutcome {
    const { control } = this.plan;
    if (licenceBelow(this.settings.licence, control.licence)) {
      return notApplicable(`${control.id} needs an ${tierName(control.licence)} licence, which the tenant does not have.`);
    }
    for (const dataset of this.plan.required) {
      const gap = availability.unavailable(dataset);
      if (gap) return unavailableOutcome(this.plan.control, dataset, gap, this.settings);
    }
    const view: DatasetView = {
      rows: <T>(dataset: DatasetPath) => (availability.unavailable(dataset) ? [] : ((this.kept.get(dataset) ?? []) as T[])),
      single: <T>(dataset: DatasetPath) => (availability.unavailable(dataset) ? null : (((this.kept.get(dataset) ?? [])[0] as T | undefined) ?? null)),
      unavailable: (dataset) => availability.unavailable(dataset),
    };
    return this.plan.evaluate(view, this.settings);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
