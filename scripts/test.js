#!/usr/bin/env node
// npm test: lint, type-check, then every test; each step runs even when an earlier one failed,
// so a CI log shows every failure at once.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const RESULTS = 'test-results/vitest.json';

const steps = [
  ['lint', 'npx', ['biome', 'check', '.']],
  ['type-check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  [
    'tests',
    'npx',
    [
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${RESULTS}`,
      ...process.argv.slice(2),
    ],
  ],
];
const failed = [];
mkdirSync('test-results', { recursive: true });
rmSync(RESULTS, { force: true });
for (const [name, cmd, args] of steps) {
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) failed.push(name);
}
// One plain closing line with the counts, so a CI log says at a glance how many tests ran.
if (existsSync(RESULTS)) {
  const results = JSON.parse(readFileSync(RESULTS, 'utf8'));
  const skipped = results.numPendingTests + results.numTodoTests;
  console.log(
    `\ntests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped`,
  );
} else {
  console.log('\ntests: 0 passed, 1 failed');
}
if (failed.length > 0) {
  console.error(`\nnpm test failed: ${failed.join(', ')}`);
  process.exit(1);
}
