import { CONTROL_DESCRIPTIONS } from './control-catalog';
import { toControl } from './control.mapper';

describe('Query.controls data', () => {
  const controls = CONTROL_DESCRIPTIONS.map(toControl);

  it('lists at least 45 controls, each with a reference list per framework, needs and remediation', () => {
    expect(controls.length).toBeGreaterThanOrEqual(45);
    for (const control of controls) {
      expect(control).toMatchObject({ id: expect.stringMatching(/^(ID|CA|AM|PA|AP|GU|HY)-\d\d$/), remediation: expect.any(Array), permissions: expect.any(Array) });
      expect(Object.keys(control.references).sort()).toEqual(['cis', 'eidsca', 'maester', 'scuba']);
    }
  });

  it('maps severity and level to GraphQL enums', () => {
    expect(controls.find((c) => c.id === 'CA-01')).toMatchObject({ severity: 'CRITICAL', level: 'L1', references: { scuba: ['MS.AAD.1.1v1'] }, licence: 'p1' });
  });
});
