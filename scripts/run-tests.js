#!/usr/bin/env node
// Runs the whole jest suite and ends with one plain line "N passed, N failed" (what CI reads).
// Extra arguments go to jest, e.g. `npm test -- test/identity`.
const { spawnSync } = require('node:child_process');
const { mkdtempSync, readFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const report = join(mkdtempSync(join(tmpdir(), 'allmende-jest-')), 'report.json');
const jest = spawnSync(
  process.execPath,
  [require.resolve('jest/bin/jest'), '--json', `--outputFile=${report}`, ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    // PGlite loads its WebAssembly with import(), which jest's sandbox allows only with VM modules on.
    env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim() },
  },
);

let summary;
try {
  summary = JSON.parse(readFileSync(report, 'utf8'));
} catch {
  console.log('0 passed, 1 failed');
  process.exit(jest.status || 1);
}
const failed = summary.numFailedTests + summary.numRuntimeErrorTestSuites;
console.log(`${summary.numPassedTests} passed, ${failed} failed`);
process.exit(jest.status ?? (failed ? 1 : 0));
