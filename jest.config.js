/** One jest run for unit tests (next to the code) and end-to-end tests (test/), all on real PostgreSQL. */
const { readFileSync } = require('node:fs');

const swcrc = JSON.parse(readFileSync(`${__dirname}/.swcrc`, 'utf8'));
// swc rewrites the @allmende/* aliases itself; jest needs their base as an absolute path.
const transform = { ...swcrc, swcrc: false, jsc: { ...swcrc.jsc, baseUrl: __dirname } };

/** @type {import('jest').Config} */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/api/**/*.spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', transform] },
  globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
  globalTeardown: '<rootDir>/libs/testing/src/global-teardown.ts',
  setupFiles: ['<rootDir>/test/app-under-test.ts'],
  testTimeout: 60_000,
  maxWorkers: 2,
};
