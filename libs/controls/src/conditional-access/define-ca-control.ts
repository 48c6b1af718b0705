import { DatasetPath } from '../datasets/dataset-path';
import { ControlDefinition } from '../model/control-definition';
import { ControlSpec, defineControl } from '../model/define-control';
import { ResolvedSettings } from '../settings/tenant-settings';
import { assessCoverage, CaPolicy, CoverageSpec } from './ca-coverage';
import { coverageOutcome, CoverageWording } from './coverage-outcome';

export type CaControlSpec = Omit<ControlSpec, 'datasets' | 'permissions' | 'evaluate' | 'licence'> &
  Partial<Pick<ControlSpec, 'licence'>> & {
    coverage: CoverageSpec | ((settings: ResolvedSettings) => CoverageSpec);
    wording: CoverageWording;
  };

/** A control that passes when enabled Conditional Access policies cover a target, judged by the shared rule. */
export function defineCaControl(spec: CaControlSpec): ControlDefinition {
  const { coverage, wording, ...meta } = spec;
  return defineControl({
    licence: 'p1',
    ...meta,
    datasets: [DatasetPath.ConditionalAccessPolicies],
    permissions: ['Policy.Read.All'],
    evaluate: (view, settings) => {
      const policies = view.rows<CaPolicy>(DatasetPath.ConditionalAccessPolicies).filter((p) => typeof p.id === 'string');
      const rule = typeof coverage === 'function' ? coverage(settings) : coverage;
      return coverageOutcome(assessCoverage(policies, settings, rule), wording);
    },
  });
}

export const CA_AUDIT_ACTIVITIES = ['Add conditional access policy', 'Update conditional access policy', 'Delete conditional access policy'];
