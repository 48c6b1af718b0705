import { ControlDescription, describeControl, ENTRA_CATALOG } from '@trueconfig/controls';

/** The catalog as data (no evaluators): what Query.controls, scores and reports describe. */
export const CONTROL_DESCRIPTIONS: readonly ControlDescription[] = ENTRA_CATALOG.map(describeControl);
