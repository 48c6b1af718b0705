import type { ConnectionOptions } from 'nats';

/** Nest injection tokens for the messaging plumbing. */
export const NATS_CONNECTION = Symbol('NATS_CONNECTION');
export const NATS_CLIENT_PROXY = Symbol('NATS_CLIENT_PROXY');
export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');

export interface MessagingOptions {
  /** The service name: audit events carry it and NATS connections are named by it. */
  service: string;
  natsUrl: string;
  requestTimeoutMs: number;
  /** Authentication and TLS; read from NATS_* variables when absent (natsSecurityOptions). */
  security?: Partial<ConnectionOptions>;
}
