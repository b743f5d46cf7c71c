// `npm run veiviser-nn`: the wizard's result texts that have no nynorsk yet. Builds the site with
// VEIVISER_NN_MISSING set, so a missing text is recorded instead of stopping the build, and
// writes build/veiviser-nn-missing.json: { "<bokmål text, digits as {0}>": "" } to fill in and
// merge into src/i18n/veiviser-nn.json; and lists the entries there that no page uses any more.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const LIST = 'build/veiviser-nn-missing.txt';
const OUT = 'build/veiviser-nn-missing.json';
mkdirSync('build', { recursive: true });
rmSync(LIST, { force: true });
rmSync(`${LIST}.used`, { force: true });
writeFileSync(LIST, '');
const build = spawnSync('node', ['scripts/build.mjs'], {
  stdio: 'inherit',
  env: { ...process.env, VEIVISER_NN_MISSING: `${process.cwd()}/${LIST}` },
});
if (build.status !== 0) process.exit(build.status ?? 1);
const missing = [
  ...new Set(
    readFileSync(LIST, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line))
  ),
];
writeFileSync(OUT, `${JSON.stringify(Object.fromEntries(missing.map((m) => [m, ''])), null, 2)}\n`);
console.log(`${missing.length} tekster mangler nynorsk: ${OUT}`);
// Entries no built page used: left over from a text that changed. Listed, not removed.
const lines = (file) =>
  existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l))
    : [];
const used = new Set(lines(`${LIST}.used`));
const catalogue = JSON.parse(readFileSync('src/i18n/veiviser-nn.json', 'utf8'));
const unused = Object.keys(catalogue).filter((k) => !used.has(k) && /\p{L}/u.test(k));
if (used.size === 0) console.log('Fant ingen brukte tekster: kunne ikke sjekke ubrukte.');
else
  console.log(
    `${unused.length} linjer i src/i18n/veiviser-nn.json brukes ikke:\n${unused.join('\n')}`
  );
