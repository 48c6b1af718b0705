import 'reflect-metadata';
import { runMain } from '@trueconfig/common';
import { writeFileSync } from 'node:fs';
import { currentGatewaySdl, SCHEMA_FILE } from './print-gateway-schema';

/** `npm run schema:generate`: rewrites apps/gateway/schema.graphql (committed; a unit test compares). */
runMain(async () => {
  writeFileSync(SCHEMA_FILE, await currentGatewaySdl());
  console.log(`schema written to ${SCHEMA_FILE}`);
});
