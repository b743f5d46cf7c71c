// `npm run bench:dist`: the built site's size with both written forms of the wizard (issue 20,
// item 1: dist/ ≤ 200 MB, ≤ 6,400 wizard pages, step JS within 2 kB of before), written to
// docs/ytelse.md. A measurement of dist/ as it is: run `npm run build` first.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { apparentBytes, htmlFiles, pageScriptBytes } from './lib/dist-measure.mjs';
import { writeSection } from './ytelse-doc.mjs';

const dist = process.argv[2] ?? 'dist';
if (!existsSync(`${dist}/index.html`)) throw new Error(`${dist}/ mangler: kjør «npm run build»`);
const mb = (b) => (b / 1e6).toFixed(1);
const kb = (b) => (b / 1024).toFixed(1);
const forms = ['veiviser', 'nn/veiviser']
  .filter((d) => existsSync(`${dist}/${d}`))
  .map((d) => {
    const sizes = htmlFiles(`${dist}/${d}`);
    return {
      dir: `/${d}/`,
      pages: sizes.length,
      avg: sizes.reduce((a, b) => a + b, 0) / sizes.length,
    };
  });
const total = apparentBytes(dist);
const pages = forms.reduce((s, f) => s + f.pages, 0);
const js = ['/veiviser/', '/veiviser/statlig/', '/nn/veiviser/statlig/']
  .filter((p) => existsSync(`${dist}${p}index.html`))
  .map((p) => `| \`${p}\` | ${kb(pageScriptBytes(dist, p))} |`);
const commit = execSync('git rev-parse --short HEAD').toString().trim();
const body = `
Målt med \`npm run bench:dist\` (scripts/bench-dist.mjs) ${new Date().toISOString().slice(0, 10)} på commit ${commit}.
Størrelsen er som \`du -sb dist\` teller: filer og mapper (hver forhåndsbygde side er en mappe
med én index.html, og en mappe teller 4 kB på dette filsystemet).

| Måling | Nå | Mål (issue 20) |
|---|---:|---:|
| \`dist/\` i alt | ${mb(total)} MB | ≤ 200 MB |
${forms.map((f) => `| Sider under \`${f.dir}\` | ${f.pages} | |`).join('\n')}
| Veiviserens sider i alt | ${pages} | ≤ 6 400 |
${forms.map((f) => `| HTML per side under \`${f.dir}\` (snitt) | ${kb(f.avg)} kB | |`).join('\n')}

JS et veiviser-steg laster (gzip, kB; skriptene siden laster og alt de importerer, også dynamisk,
så tallet tar med begge skriftformenes inngang og er en øvre grense for hver av dem):

| Side | JS |
|---|---:|
${js.join('\n')}
`;
writeSection('Veiviseren i to skriftformer', body);
console.log(body);
