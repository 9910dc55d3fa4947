import type { Config } from 'jest';

// Tests run from TypeScript sources through swc (fast, no type checking);
// `pnpm build` does the type checking. Workspace imports resolve to sources,
// so the tests never depend on a stale build.
const config: Config = {
  testEnvironment: 'node',
  roots: ['<rootDir>/packages', '<rootDir>/examples', '<rootDir>/scripts', '<rootDir>/benchmarks'],
  testMatch: ['**/test/**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } }],
  },
  moduleNameMapper: {
    '^@send-hub/([a-z-]+)$': '<rootDir>/packages/$1/src/index.ts',
  },
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  // The default reporter, then a plain closing line per skip and a passed / failed / skipped count.
  reporters: ['default', '<rootDir>/scripts/test-environment/plain-summary-reporter.js'],
  maxWorkers: 2,
  testTimeout: 60_000,
};

export default config;
