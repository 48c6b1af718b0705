// Three layers: pure unit specs beside the code, integration specs that use the real Postgres,
// NATS and an in-process emulator, and end-to-end specs that drive the built stack over GraphQL.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];
const shared = {
  transform: { '^.+\\.ts$': swc },
  testEnvironment: 'node',
  moduleNameMapper: {
    '^@trueconfig/common$': '<rootDir>/libs/common/src/index.ts',
    '^@trueconfig/controls$': '<rootDir>/libs/controls/src/index.ts',
    '^@trueconfig/launcher$': '<rootDir>/libs/launcher/src/index.ts',
  },
  modulePathIgnorePatterns: ['<rootDir>/.*/dist/'],
};

module.exports = {
  // jest 30 reads testTimeout only at the top level, not per project.
  testTimeout: 120000,
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,tools}/*/src/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs}/*/test/**/*.int-spec.ts'],
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/apps/e2e/src/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/apps/e2e/src/support/global-setup.ts',
      globalTeardown: '<rootDir>/apps/e2e/src/support/global-teardown.ts',
    },
    // Fault suites start their own stack per file (services are killed and restarted): `npm run test:faults`.
    { ...shared, displayName: 'faults', testMatch: ['<rootDir>/apps/e2e/src/faults/**/*.fault-spec.ts'] },
  ],
};
