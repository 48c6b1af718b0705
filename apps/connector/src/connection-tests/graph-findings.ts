import { ConnectionCheckDto, LicenceTier } from '@trueconfig/common';

/** What the cheap Graph calls of a connection test found out. */
export interface GraphFindings {
  /** Permissions the token's roles list but Graph refused (403). */
  denied: string[];
  throttled: boolean;
  /** True when every call got an HTTP answer; null when nothing was called. */
  reachable: boolean | null;
  licenceTier: LicenceTier | null;
  secretExpiresAt: Date | null;
  checks: ConnectionCheckDto[];
}
