import { createPubSub, PubSub } from '@graphql-yoga/subscription';
import { AuditEventDto, ScanProgressEvent } from '@trueconfig/common';

export enum GatewayTopic {
  /** Keyed by organisation and scan or tenant (see scanProgressKey), so isolation is structural. */
  ScanProgress = 'SCAN_PROGRESS',
  /** Keyed by organisation, and tenant or the whole organisation (see auditLogKey). */
  AuditLogAdded = 'AUDIT_LOG_ADDED',
}

export type GatewayTopics = {
  [GatewayTopic.ScanProgress]: [key: string, event: ScanProgressEvent];
  [GatewayTopic.AuditLogAdded]: [key: string, event: AuditEventDto];
};

export type GatewayPubSub = PubSub<GatewayTopics>;

export const GATEWAY_PUB_SUB = Symbol('GATEWAY_PUB_SUB');

/** In-process; every replica fills its own from NATS (ScanProgressBridge), so replicas need no sharing. */
export function createGatewayPubSub(): GatewayPubSub {
  return createPubSub<GatewayTopics>();
}

export const scanProgressKey = {
  byScan: (orgId: string, scanId: string) => `${orgId}/scan/${scanId}`,
  byTenant: (orgId: string, tenantId: string) => `${orgId}/tenant/${tenantId}`,
};

export const auditLogKey = {
  byTenant: (orgId: string, tenantId: string) => `${orgId}/tenant/${tenantId}`,
  all: (orgId: string) => `${orgId}/all`,
};
