import { ControlResultDto } from '@trueconfig/common';
import { CONTROL_CATALOG } from '../catalog/control-catalog';
import { canonicalDatasetPath } from '../datasets/canonical-dataset-path';
import { DATASET_DEFINITIONS } from '../datasets/dataset-definitions';
import { DatasetPath } from '../datasets/dataset-path';
import { ControlDefinition } from '../model/control-definition';
import { DatasetUnavailability } from '../model/dataset-availability';
import { resolveSettings } from '../settings/resolve-settings';
import { TenantSettings } from '../settings/tenant-settings';
import { ControlSlot } from './control-slot';
import { DatasetLedger } from './dataset-ledger';
import { Evaluation } from './evaluation';

export function createEvaluation(catalog: readonly ControlDefinition[] = CONTROL_CATALOG, settings: TenantSettings = {}): Evaluation {
  return new CatalogEvaluation(catalog, settings);
}

class CatalogEvaluation implements Evaluation {
  readonly datasets: readonly DatasetPath[];
  private readonly slots: ControlSlot[];
  private readonly ledger = new DatasetLedger();
  private finished = false;

  constructor(catalog: readonly ControlDefinition[], settings: TenantSettings) {
    const resolved = resolveSettings(settings);
    this.slots = catalog.map((control) => new ControlSlot(control, control.createAccumulator(resolved)));
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
    this.ledger.markUnavailable(this.open(dataset), reason);
  }

  finish(): ControlResultDto[] {
    this.finished = true;
    return this.slots.map((slot) => slot.finish(this.ledger));
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
