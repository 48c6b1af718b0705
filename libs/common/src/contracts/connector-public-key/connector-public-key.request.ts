/** Asked by whoever must hand the connector a client secret (the gateway). */
export type ConnectorPublicKeyRequest = Record<string, never>;
