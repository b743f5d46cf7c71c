// The one test command (`npm test`): lint, type check, unit tests, build, build tests, browser
// tests. Prints what each step cost and ends with «N passed, N failed». A tool or step that fails
// counts as one failure; a suite counts its tests.
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { playwrightCounts, vitestCounts } from './lib/playwright-report.mjs';
import { ensureTool } from './lib/tools.mjs';

let passed = 0;
let failed = 0;
const timings = [];
// The whole run, for issue 20's «npm test under 10 minutes» (steps overlap, so not their sum).
const startedAll = Date.now();

/**
 * Runs a command; resolves to whether it exited 0. Steps run two at a time, so each one's output is
 * held and printed whole when it ends (as it comes for a step that runs alone).
 */
function run(name, cmd, args, env = {}, { alone = false } = {}) {
  const started = Date.now();
  const child = spawn(cmd, args, {
    stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  const out = [];
  child.stdout?.on('data', (chunk) => out.push(chunk));
  child.stderr?.on('data', (chunk) => out.push(chunk));
  if (alone) console.log(`\n$ ${cmd} ${args.join(' ')}`);
  return new Promise((done) => {
    let ended = false;
    const end = (ok) => {
      if (ended) return; // a command that cannot start emits both «error» and «close»
      ended = true;
      timings.push([name, Math.round((Date.now() - started) / 1000)]);
      if (!alone) {
        console.log(`\n$ ${cmd} ${args.join(' ')}`);
        process.stdout.write(Buffer.concat(out));
      }
      done(ok);
    };
    child.on('error', (err) => {
      out.push(Buffer.from(`${err.message}\n`));
      end(false);
    });
    child.on('close', (code) => end(code === 0));
  });
}

/** A step that passes or fails as a whole. */
function step(name, ok) {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? '✓' : '✗'} ${name}`);
}

const json = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
};

/** A vitest suite (a project in vitest.config.ts), counted test by test. */
async function vitest(project, options) {
  const report = `test-results/vitest-${project}.json`;
  rmSync(report, { force: true });
  await run(
    `test:${project}`,
    'npx',
    [
      'vitest',
      'run',
      '--project',
      project,
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${report}`,
    ],
    {},
    options
  );
  const result = json(report);
  if (!result) return step(`vitest (${project}) produced a report`, false);
  // A file that fails to load, or whose beforeAll fails, has no failed tests of its own: counted once.
  const counts = vitestCounts(result);
  passed += counts.passed;
  failed += counts.failed;
}

// html-validate has its own folder and lock file (tools/html-validate/); the build suite needs it.
ensureTool('html-validate');

// Two at a time where each uses about one core and neither reads what the other writes: lint and
// the type check (which syncs .astro/, so it never runs beside the build), then the build and the
// unit tests (they read no dist/).
const [linted, checked] = await Promise.all([
  run('lint', 'npm', ['run', 'lint', '--silent']),
  run('astro check', 'npx', ['astro', 'check']),
]);
step('lint (eslint, prettier --check)', linted);
step('astro check', checked);
const [built] = await Promise.all([run('build', 'node', ['scripts/build.mjs']), vitest('unit')]);
step('astro build', built);

if (built) {
  await vitest('build', { alone: true });
  rmSync('test-results/playwright.json', { force: true });
  const ok = await run(
    'test:e2e',
    'npx',
    ['playwright', 'test', '--reporter=list,json'],
    { PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/playwright.json' },
    { alone: true }
  );
  const e2e = json('test-results/playwright.json');
  if (e2e) {
    // An error outside the tests (the preflight, a spec that fails to load) counts as a failure.
    const counts = playwrightCounts(e2e, ok);
    passed += counts.passed;
    failed += counts.failed;
    for (const error of counts.errors) console.log(`✗ ${error}`);
  } else step('playwright produced a report', false);
} else step('build and browser tests (need a build)', false);

console.log(`\nTid per steg: ${timings.map(([name, s]) => `${name} ${s} s`).join(', ')}`);
console.log(`Tid i alt: ${Math.round((Date.now() - startedAll) / 1000)} s`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
