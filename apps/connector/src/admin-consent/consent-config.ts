import { AppError, ErrorCode } from '@trueconfig/common';
import { ConnectorEnv } from '../config/connector-env.schema';
import { ADMIN_CONSENT_MESSAGES } from './admin-consent.messages';

export interface ConsentConfig {
  clientId: string;
  redirectUri: string;
  stateSecret: string;
  stateTtlSeconds: number;
  authorityHost: string;
}

/** The admin consent settings, or a clear SERVICE_UNAVAILABLE when the installation has none. */
export function requireConsentConfig(config: ConnectorEnv): ConsentConfig {
  const { TRUECONFIG_APP_CLIENT_ID, TRUECONFIG_APP_CLIENT_SECRET, CONSENT_REDIRECT_URI, CONSENT_STATE_SECRET } = config;
  if (!TRUECONFIG_APP_CLIENT_ID || !TRUECONFIG_APP_CLIENT_SECRET || !CONSENT_REDIRECT_URI || !CONSENT_STATE_SECRET) {
    throw new AppError(ErrorCode.SERVICE_UNAVAILABLE, ADMIN_CONSENT_MESSAGES.notConfigured);
  }
  return {
    clientId: TRUECONFIG_APP_CLIENT_ID,
    redirectUri: CONSENT_REDIRECT_URI,
    stateSecret: CONSENT_STATE_SECRET,
    stateTtlSeconds: config.CONSENT_STATE_TTL_SECONDS,
    authorityHost: config.ENTRA_AUTHORITY_HOST.replace(/\/+$/, ''),
  };
}
