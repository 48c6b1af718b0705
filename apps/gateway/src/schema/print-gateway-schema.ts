import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { join } from 'node:path';
import { buildGatewaySchema } from '../graphql/build-gateway-schema';
import { createGatewayPubSub } from '../graphql/gateway-pub-sub';

/** `apps/gateway/schema.graphql`, from both `src/schema` and `dist/schema`. */
export const SCHEMA_FILE = join(__dirname, '..', '..', 'schema.graphql');

const HEADER = '# The public GraphQL contract of TrueConfig. Generated: npm run schema:generate (do not edit).\n\n';

/** Sorted, so the file only changes when the schema does. */
export function printGatewaySchema(schema: GraphQLSchema): string {
  return `${HEADER}${printSchema(lexicographicSortSchema(schema))}\n`;
}

/** The schema as the code declares it; needs no NATS, database or Nest. */
export async function currentGatewaySdl(): Promise<string> {
  return printGatewaySchema(await buildGatewaySchema({ pubSub: createGatewayPubSub() }));
}
