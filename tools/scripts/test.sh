#!/usr/bin/env bash
# `npm test`: the whole suite, as CI runs it. Builds first because the integration and end-to-end
# suites run the real, built services as separate processes.
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p tmp

echo "== build: strict type-check and compile of every project"
npx tsc -b tsconfig.build.json
echo "== type-check the specs"
npx tsc -p tsconfig.spec.json
echo "== lint (zero warnings, module boundaries enforced)"
npm run --silent lint
echo "== jest: unit, integration (real Postgres, NATS, emulator) and end-to-end (whole stack over GraphQL)"
status=0
npx jest --ci --maxWorkers=2 --json --outputFile=tmp/jest-results.json "$@" || status=$?
node -e '
  const r = require("./tmp/jest-results.json");
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped`);
'
exit $status
