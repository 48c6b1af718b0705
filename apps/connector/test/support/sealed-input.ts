import { NatsRequester, sealSecret, Subject, TenantCredentialsInput } from '@trueconfig/common';

/** What the gateway does before a secret crosses NATS: seal it with the connector's public key. */
export async function sealedInput(requester: NatsRequester, input: TenantCredentialsInput): Promise<TenantCredentialsInput> {
  const key = await requester.request(Subject.ConnectorPublicKey, {});
  return { ...input, clientSecret: sealSecret(key, input.clientSecret) };
}
