// The one test command: type check, build, unit tests, browser tests. Prints «N passed, N failed».
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const run = (cmd, args, env = {}) => {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  return spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
};
let passed = 0;
let failed = 0;
const step = (name, ok) => { ok ? passed++ : failed++; console.log(`${ok ? '✓' : '✗'} ${name}`); };

// html-validate lives in its own folder (npm cannot add it to the project tree); install it once.
if (!existsSync('tools/html-validate/node_modules/html-validate')) {
  run('npm', ['--prefix', 'tools/html-validate', 'install', '--no-audit', '--no-fund']);
}
step('astro check', run('npx', ['astro', 'check']) === 0);
const built = run('npx', ['astro', 'build']) === 0;
step('astro build', built);

const json = (file) => { try { return JSON.parse(readFileSync(file, 'utf8')); } catch { return null; } };
rmSync('test-results/vitest.json', { force: true });
run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/vitest.json']);
const unit = json('test-results/vitest.json');
if (unit) {
  passed += unit.numPassedTests;
  // A suite that fails to load has no failed tests of its own: count it once.
  failed += unit.numFailedTests > 0 ? unit.numFailedTests : unit.numFailedTestSuites;
}
else step('vitest produced a report', false);

if (built) {
  rmSync('test-results/playwright.json', { force: true });
  run('npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/playwright.json' });
  const e2e = json('test-results/playwright.json');
  if (e2e) { passed += e2e.stats.expected; failed += e2e.stats.unexpected + e2e.stats.flaky; }
  else step('playwright produced a report', false);
} else step('browser tests (need a build)', false);

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
