import { ControlDescription } from '@trueconfig/controls';
import { levelOf, severityOf } from './control-enums';
import { Control } from './control.type';

export function toControl(control: ControlDescription): Control {
  const { references } = control;
  return {
    id: control.id,
    title: control.title,
    description: control.description,
    severity: severityOf(control.severity),
    level: levelOf(control.level),
    references: { cis: references.cis ?? [], scuba: references.scuba ?? [], eidsca: references.eidsca ?? [], maester: references.maester ?? [] },
    datasets: [...control.datasets],
    permissions: [...control.permissions],
    licence: control.licence,
    rationale: control.rationale,
    remediation: [...control.remediation],
  };
}
