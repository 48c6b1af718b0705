import { LicenceTier } from '@trueconfig/common';
import { DatasetPath } from '../datasets/dataset-path';
import { ResolvedSettings } from '../settings/tenant-settings';
import { ControlAccumulator } from './control-accumulator';

export type Severity = 'critical' | 'high' | 'medium' | 'low';

/** L1: every tenant should pass; L2: recommended hardening; L3: strict environments. */
export type ControlLevel = 'L1' | 'L2' | 'L3';

/** Framework section ids the control maps to (CIS M365 Foundations, CISA SCuBA MS.AAD, Maester EIDSCA/MT). */
export interface FrameworkReferences {
  cis?: string[];
  scuba?: string[];
  eidsca?: string[];
  /** Maester test ids (MT.xxxx). */
  maester?: string[];
}

/** What a control is, as data (for the catalog, docs and GraphQL), plus the factory of its evaluator. */
export interface ControlDefinition {
  id: string;
  title: string;
  description: string;
  severity: Severity;
  level: ControlLevel;
  references: FrameworkReferences;
  /** Graph datasets the evaluator reads, by snapshot path. */
  datasets: DatasetPath[];
  /** Graph application permissions those datasets need. */
  permissions: string[];
  /** Lowest Entra ID licence whose tenants expose the data. */
  licence: LicenceTier;
  rationale: string;
  remediation: string[];
  /** Directory audit activities that change what this control reads (drift attaches them to status changes). */
  auditActivities?: string[];
  /** A fresh, single-use evaluator for one scan or snapshot. */
  createAccumulator(settings: ResolvedSettings): ControlAccumulator;
}

/** The catalog's data without the evaluator: what `--list` and `Query.controls` show. */
export type ControlDescription = Omit<ControlDefinition, 'createAccumulator'>;

export function describeControl({ createAccumulator: _evaluator, ...description }: ControlDefinition): ControlDescription {
  return description;
}
