import { ControlDefinition } from '../model/control-definition';
import { AP_01, AP_02, AP_07 } from './authorization-policy/app-consent.controls';
import { GU_01, GU_02, GU_03 } from './authorization-policy/guest.controls';
import { HY_02, HY_05, HY_06, HY_07 } from './authorization-policy/user-rights.controls';
import { AP_03 } from './applications/ap-03.control';
import { AP_04 } from './applications/ap-04.control';
import { AP_05, AP_08 } from './applications/ap-05.control';
import { AP_06 } from './applications/ap-06.control';
import { AM_01, AM_06 } from './authentication-methods/am-01.control';
import { AM_02, AM_07 } from './authentication-methods/am-02.control';
import { AM_03, AM_04, AM_05, AM_08 } from './authentication-methods/am-03.control';
import { CA_01 } from './conditional-access/ca-01.control';
import { CA_02 } from './conditional-access/ca-02.control';
import { CA_03 } from './conditional-access/ca-03.control';
import { CA_04 } from './conditional-access/ca-04.control';
import { CA_05 } from './conditional-access/ca-05.control';
import { CA_06 } from './conditional-access/ca-06.control';
import { CA_07 } from './conditional-access/ca-07.control';
import { CA_08 } from './conditional-access/ca-08.control';
import { CA_09 } from './conditional-access/ca-09.control';
import { CA_10 } from './conditional-access/ca-10.control';
import { CA_11 } from './conditional-access/ca-11.control';
import { CA_12 } from './conditional-access/ca-12.control';
import { CA_13 } from './conditional-access/ca-13.control';
import { CA_14 } from './conditional-access/ca-14.control';
import { CA_15 } from './conditional-access/ca-15.control';
import { HY_01 } from './hygiene/hy-01.control';
import { HY_03 } from './hygiene/hy-03.control';
import { HY_04 } from './hygiene/hy-04.control';
import { ID_01 } from './id-01/id-01.control';
import { ID_02, ID_03 } from './identity/id-02.control';
import { PA_01, PA_02 } from './privileged-access/pa-01.control';
import { PA_08 } from './privileged-access/pa-08.control';
import { PA_04, PA_05 } from './privileged-access/pa-pim.controls';
import { PA_06, PA_07 } from './privileged-access/pa-role-settings.controls';
import { PA_03, PA_09 } from './privileged-access/pa-user-join.controls';

/** Every control TrueConfig evaluates, in report order (family, then number). */
export const ENTRA_CATALOG: readonly ControlDefinition[] = [
  ID_01, ID_02, ID_03,
  CA_01, CA_02, CA_03, CA_04, CA_05, CA_06, CA_07, CA_08, CA_09, CA_10, CA_11, CA_12, CA_13, CA_14, CA_15,
  AM_01, AM_02, AM_03, AM_04, AM_05, AM_06, AM_07, AM_08,
  AP_01, AP_02, AP_03, AP_04, AP_05, AP_06, AP_07, AP_08,
  GU_01, GU_02, GU_03,
  PA_01, PA_02, PA_03, PA_04, PA_05, PA_06, PA_07, PA_08, PA_09,
  HY_01, HY_02, HY_03, HY_04, HY_05, HY_06, HY_07,
];

/** The controls the scanner evaluates: the whole catalog (it collects every DATASET_DEFINITIONS entry). */
export const CONTROL_CATALOG: readonly ControlDefinition[] = ENTRA_CATALOG;

export function findControl(id: string): ControlDefinition | undefined {
  return ENTRA_CATALOG.find((c) => c.id === id);
}
