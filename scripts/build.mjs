// `npm run build`: astro build, with its output also written to build/astro-build.log, which the
// build-log test reads (tests/build/build-log.test.ts). Astro logs only warnings and errors when
// building (astro.config.mjs), so the log is empty when all is well.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';

const BUILD_LOG = 'build/astro-build.log';

const started = Date.now();
const astro = spawn('node_modules/.bin/astro', ['build', ...process.argv.slice(2)], {
  stdio: ['ignore', 'pipe', 'pipe'],
});
let log = '';
astro.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  log += chunk;
});
astro.stderr.on('data', (chunk) => {
  process.stderr.write(chunk);
  log += chunk;
});
const status = await new Promise((done) => astro.on('close', (code) => done(code ?? 1)));

mkdirSync('build', { recursive: true });
// Without colour codes, so the test and a reader see plain lines.
writeFileSync(BUILD_LOG, stripVTControlCharacters(log));
if (status === 0) {
  const pages = (dir) =>
    readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
  console.log(
    `astro build: ${pages('dist')} HTML-filer i dist/ på ${Math.round((Date.now() - started) / 1000)} s (logg: ${BUILD_LOG})`
  );
}
process.exit(status);
