import { EmulatorControlClient, GraphqlResponse, graphqlRequest } from '@trueconfig/launcher';
import { readE2eEnv } from './e2e-env';

/** Every GraphQL answer the suite received, so the secret scan can look at all of them. */
export const receivedResponses: string[] = [];

export const env = readE2eEnv();

export const emulator = new EmulatorControlClient(env.emulatorUrl, env.caCertPath);

/** `apiKey` null sends no Authorization header at all. */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}, apiKey: string | null = env.adminKey): Promise<GraphqlResponse<T>> {
  const response = await graphqlRequest<T>(env.gatewayUrl, query, variables, apiKey ?? undefined);
  receivedResponses.push(JSON.stringify(response));
  return response;
}

export function errorCodeOf(response: GraphqlResponse<unknown>): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}
