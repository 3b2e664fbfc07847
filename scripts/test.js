#!/usr/bin/env node
// npm test: lint, type-check, then every test; each step runs even when an earlier one failed,
// so a CI log shows every failure at once.
//
// Options (the rest go to vitest):
//   --shuffle[=SEED]   files and the tests within them in an order drawn from SEED (a random one when not
//                      given, printed), so a test leaning on another's state fails; replay with --shuffle=SEED.
//   --again[=fast]     a second shuffled pass with another seed; "fast" leaves out the browser tests
//                      (test/e2e), which would double the run's time and share one server per file anyway.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const BROWSER_TESTS = 'test/e2e/**';

/** Our options out of argv, the rest kept for vitest; a bad value stops with exit 2 and what was wrong. */
function parseOptions(argv) {
  const options = { shuffle: null, again: null, vitest: [] };
  for (const arg of argv) {
    const [name, value] = arg.split(/=(.*)/s);
    if (name === '--shuffle') options.shuffle = value === undefined ? randomSeed() : seedOf(value);
    else if (name === '--again') options.again = againOf(value);
    else options.vitest.push(arg);
  }
  if (options.again && options.shuffle === null) options.shuffle = randomSeed();
  return options;
}

function randomSeed() {
  return 1 + Math.floor(Math.random() * 999_999);
}

function seedOf(value) {
  if (!/^[1-9]\d{0,8}$/.test(value)) fail(`--shuffle=${value}: the seed must be a whole number from 1`);
  return Number(value);
}

function againOf(value) {
  if (value === undefined || value === 'all') return 'all';
  if (value === 'fast') return 'fast';
  return fail(`--again=${value}: expected --again (every test) or --again=fast (no browser tests)`);
}

function fail(message) {
  console.error(`scripts/test.js: ${message}`);
  process.exit(2);
}

/** The vitest pass: its name, its arguments and where its JSON results go. */
function testPass(n, seed, extra, vitestArgs) {
  const results = `test-results/vitest${n === 1 ? '' : `-${n}`}.json`;
  const order = seed === null ? [] : ['--sequence.shuffle', `--sequence.seed=${seed}`];
  const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${results}`];
  return {
    name: n === 1 ? 'tests' : `tests, pass ${n}`,
    seed,
    extra,
    results,
    args: [...args, ...order, ...extra, ...vitestArgs],
  };
}

/** The failed tests of one pass as "file > test: first line of the error", for the log's last lines. */
function failuresOf(results) {
  if (!existsSync(results)) return [`${results}: no results written (vitest did not finish)`];
  const json = JSON.parse(readFileSync(results, 'utf8'));
  const lines = [];
  for (const file of json.testResults ?? []) {
    const name = file.name.replace(`${process.cwd()}/`, '');
    const failedTests = (file.assertionResults ?? []).filter((t) => t.status === 'failed');
    for (const t of failedTests) {
      const why = String(t.failureMessages?.[0] ?? '')
        .split('\n')[0]
        .slice(0, 200);
      lines.push(`${name} > ${t.fullName}: ${why}`);
    }
    if (failedTests.length === 0 && file.status === 'failed')
      lines.push(`${name}: ${file.message ?? 'failed'}`);
  }
  return lines;
}

/** A plain line of counts, so a CI log says at a glance how many tests ran. */
function countsOf(results) {
  if (!existsSync(results)) return { passed: 0, failed: 1, skipped: 0 };
  const json = JSON.parse(readFileSync(results, 'utf8'));
  return {
    passed: json.numPassedTests,
    failed: json.numFailedTests,
    skipped: json.numPendingTests + json.numTodoTests,
  };
}

const options = parseOptions(process.argv.slice(2));
const passes = [testPass(1, options.shuffle, [], options.vitest)];
if (options.again) {
  let seed = randomSeed();
  while (seed === options.shuffle) seed = randomSeed();
  passes.push(
    testPass(2, seed, options.again === 'fast' ? [`--exclude=${BROWSER_TESTS}`] : [], options.vitest),
  );
}
const steps = [
  ['lint', 'npx', ['biome', 'check', '.']],
  ['type-check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ...passes.map((p) => [p.name, 'npx', p.args]),
];

const failed = [];
mkdirSync('test-results', { recursive: true });
for (const pass of passes) rmSync(pass.results, { force: true });
for (const [name, cmd, args] of steps) {
  console.log(`\n=== ${name} ===`);
  const pass = passes.find((p) => p.name === name);
  if (pass?.seed != null) {
    const replay = ['npm test --', `--shuffle=${pass.seed}`, ...pass.extra.map((a) => `'${a}'`)].join(' ');
    console.log(`shuffled with seed ${pass.seed}; to replay this order: ${replay}`);
  }
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) failed.push(name);
}
const counts = passes.map((p) => countsOf(p.results));
if (passes.length > 1) {
  passes.forEach((p, i) => {
    const c = counts[i];
    console.log(`\n${p.name} (seed ${p.seed}): ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
  });
}
// A CI log is often read from its tail: name each failure there, not only far above.
for (const p of passes) {
  const failures = failuresOf(p.results);
  if (failures.length > 0 && countsOf(p.results).failed > 0) {
    console.log(`\n${p.name}: failed`);
    for (const line of failures) console.log(`  ${line}`);
  }
}
// The closing line sums every pass.
const sum = (key) => counts.reduce((total, c) => total + c[key], 0);
console.log(`\ntests: ${sum('passed')} passed, ${sum('failed')} failed, ${sum('skipped')} skipped`);
if (failed.length > 0) {
  console.error(`\nnpm test failed: ${failed.join(', ')}`);
  process.exit(1);
}
