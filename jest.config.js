// Type checking is done once by `npm run typecheck`; Jest only transpiles (fast).
// Two projects: unit tests sit beside the code; end-to-end tests in test/ boot the real
// HTTP server against PostgreSQL (TEST_DATABASE_URL, or embedded PGlite when unset).
// On a PostgreSQL server the suite runs in two workers, each with a database of its own
// (test/support/global-setup.ts); the embedded PGlite serves one session, so it runs in band.
const moduleNameMapper = { '^@waymark/(.*)$': '<rootDir>/libs/$1/src' };
const transform = { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json', diagnostics: false }] };

module.exports = {
  testTimeout: 60000,
  maxWorkers: process.env.TEST_DATABASE_URL ? Number(process.env.TEST_WORKERS ?? 2) : 1,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/libs', '<rootDir>/apps'],
      testMatch: ['**/*.spec.ts'],
      moduleNameMapper,
      transform,
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.e2e-spec.ts'],
      moduleNameMapper,
      transform,
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      setupFiles: ['<rootDir>/test/support/setup-worker.ts'],
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
