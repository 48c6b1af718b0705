import { Diagnosis } from '@trueconfig/common';
import { AcquiredToken } from './acquired-token';

export type TokenAttempt = { ok: true; token: AcquiredToken } | { ok: false; diagnosis: Diagnosis };
