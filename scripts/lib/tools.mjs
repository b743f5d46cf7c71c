// Tools with their own package.json and lock file under tools/, kept out of the site's install:
// html-validate (npm cannot add it to the project tree) and the measuring tools (tools/measure/).
// Each is installed with `npm ci` the first time a script needs it, and again when its lock changes.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Installs tools/<name>/ from its lock file unless node_modules matches it already. */
export function ensureTool(name) {
  const dir = join('tools', name);
  const installed = join(dir, 'node_modules', '.package-lock.json');
  if (
    existsSync(installed) &&
    statSync(installed).mtimeMs >= statSync(join(dir, 'package-lock.json')).mtimeMs
  )
    return;
  console.log(`Installerer ${dir} (npm ci)`);
  const run = spawnSync('npm', ['ci', '--prefix', dir, '--no-audit', '--no-fund'], {
    stdio: 'inherit',
  });
  if (run.status !== 0) throw new Error(`npm ci i ${dir} feilet`);
}
