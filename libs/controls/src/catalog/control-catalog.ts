import { ControlDefinition } from '../model/control-definition';
import { ID_01 } from './id-01/id-01.control';

/** Every control TrueConfig evaluates, in report order. */
export const CONTROL_CATALOG: readonly ControlDefinition[] = [ID_01];
