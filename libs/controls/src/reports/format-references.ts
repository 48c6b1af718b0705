import { FrameworkReferences } from '../model/control-definition';

/** "CIS 5.2.2.2; SCuBA MS.AAD.3.2v1; MT.1007". */
export function formatReferences(references: FrameworkReferences): string {
  const parts = [
    ...(references.cis ?? []).map((id) => `CIS ${id}`),
    ...(references.scuba ?? []).map((id) => `SCuBA ${id}`),
    ...(references.eidsca ?? []),
    ...(references.maester ?? []),
  ];
  return parts.join('; ');
}
