import { ControlLevel, Severity } from '@trueconfig/controls';
import { registerEnumType } from 'type-graphql';

export enum ControlSeverity {
  CRITICAL = 'CRITICAL',
  HIGH = 'HIGH',
  MEDIUM = 'MEDIUM',
  LOW = 'LOW',
}

export enum ControlLevelEnum {
  L1 = 'L1',
  L2 = 'L2',
  L3 = 'L3',
}

registerEnumType(ControlSeverity, { name: 'ControlSeverity', description: 'Weights the tenant score: critical 10, high 5, medium 3, low 1.' });
registerEnumType(ControlLevelEnum, { name: 'ControlLevel', description: 'L1: every tenant should pass; L2: recommended hardening; L3: strict environments.' });

export function severityOf(severity: Severity): ControlSeverity {
  return severity.toUpperCase() as ControlSeverity;
}

export function levelOf(level: ControlLevel): ControlLevelEnum {
  return level as ControlLevelEnum;
}
