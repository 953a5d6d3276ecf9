/**
 * One jest run covers unit tests (pure functions), integration tests against the real Neo4j that
 * the global setup starts (its own data folder and port), and end-to-end tests in headless Chromium.
 * Suites run one at a time: they share that Neo4j, and some of them change its data.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/server/test', '<rootDir>/client/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  globalSetup: '<rootDir>/server/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/server/test/support/global-teardown.ts',
  testTimeout: 60_000,
  // Unit tests first: they fail fast and need nothing running.
  testSequencer: '<rootDir>/server/test/support/sequencer.js',
};
