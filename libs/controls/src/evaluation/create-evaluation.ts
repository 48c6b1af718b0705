import { applyAcceptances } from '../acceptance/apply-acceptances';
import { EvaluatedControlResult } from '../acceptance/evaluated-control-result';
import { ENTRA_CATALOG } from '../catalog/control-catalog';
import { canonicalDatasetPath } from '../datasets/canonical-dataset-path';
import { DATASET_DEFINITIONS } from '../datasets/dataset-definitions';
import { DatasetPath } from '../datasets/dataset-path';
import { ControlDefinition } from '../model/control-definition';
import { DatasetUnavailability } from '../model/dataset-availability';
import { EvaluationContext, resolveSettings } from '../settings/resolve-settings';
import { ResolvedSettings, TenantSettings } from '../settings/tenant-settings';
import { ControlSlot } from './control-slot';
import { DatasetLedger } from './dataset-ledger';
import { Evaluation } from './evaluation';

/**
 * `context` says when the evaluation runs (ages and acceptance expiries; default now) and the tenant's
 * licence when known (P1/P2-only controls become NOT_APPLICABLE below it).
 */
export function createEvaluation(catalog: readonly ControlDefinition[] = ENTRA_CATALOG, settings: TenantSettings = {}, context: EvaluationContext = {}): Evaluation {
  return new CatalogEvaluation(catalog, resolveSettings(settings, context));
}

class CatalogEvaluation implements Evaluation {
  readonly datasets: readonly DatasetPath[];
  private readonly slots: ControlSlot[];
  private readonly ledger = new DatasetLedger();
  private finished = false;

  constructor(
    catalog: readonly ControlDefinition[],
    private readonly settings: ResolvedSettings,
  ) {
    this.slots = catalog.map((control) => new ControlSlot(control, control.createAccumulator(settings)));
    const needed = new Set(catalog.flatMap((c) => c.datasets));
    this.datasets = DATASET_DEFINITIONS.map((d) => d.path).filter((path) => needed.has(path));
  }

  feed(dataset: string, page: readonly unknown[]): void {
    const path = this.open(dataset);
    if (this.ledger.isUnavailable(path)) return;
    for (const slot of this.readersOf(path)) slot.accept(path, page);
  }

  complete(dataset: string): void {
    const path = this.open(dataset);
    if (this.ledger.isUnavailable(path)) return;
    this.ledger.markComplete(path);
    for (const slot of this.readersOf(path)) slot.complete(path);
  }

  markUnavailable(dataset: string, reason: DatasetUnavailability): void {
    const path = this.open(dataset);
    this.ledger.markUnavailable(path, reason);
    for (const slot of this.readersOf(path)) slot.unavailable(path);
  }

  finish(): EvaluatedControlResult[] {
    this.finished = true;
    const results = this.slots.map((slot) => slot.finish(this.ledger));
    return applyAcceptances(results, this.settings.riskAcceptances, this.settings.evaluatedAt);
  }

  private open(dataset: string): DatasetPath {
    if (this.finished) throw new Error('the evaluation is finished');
    const path = canonicalDatasetPath(dataset);
    if (!path) throw new Error(`unknown dataset ${dataset}`);
    return path;
  }

  private readersOf(path: DatasetPath): ControlSlot[] {
    return this.slots.filter((slot) => slot.reads(path));
  }
}
