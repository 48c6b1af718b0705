/** graphql-ws clients send `connectionParams: { authorization: "Bearer <key>" }`; any casing is accepted. */
export function authorizationParam(params: Readonly<Record<string, unknown>> | undefined): string | undefined {
  if (!params) return undefined;
  const entry = Object.entries(params).find(([name]) => name.toLowerCase() === 'authorization');
  return typeof entry?.[1] === 'string' ? entry[1] : undefined;
}
