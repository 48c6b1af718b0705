import tls from 'node:tls';

/**
 * In-process stand-in for NODE_EXTRA_CA_CERTS, which Node reads only at process start (the emulator
 * certificate is generated later). Every TLS client in this process — https.Agent under
 * @azure/identity and undici under the Graph client's global fetch — builds its context through
 * tls.createSecureContext, so adding the PEM to the default roots there trusts the emulator without
 * changing how either client is configured. Calls that pass their own `ca` are left untouched.
 * Returns a function that restores the original.
 */
export function trustCaInProcess(caPem: string): () => void {
  const original = tls.createSecureContext;
  const roots = [...tls.rootCertificates, caPem];
  tls.createSecureContext = (options) => original({ ...options, ca: options?.ca ?? roots });
  return () => {
    tls.createSecureContext = original;
  };
}
