// Lists every external link in the built site and the pages that link to it, in
// docs/eksterne-lenker.md. Nothing is fetched (no network here): the list is for checking by hand.
// Run after a build: node scripts/external-links.mjs
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { SITE_URL } from '../src/config/site.mjs';
import { htmlFiles } from './nginx-config.mjs';

const decode = (s) => s.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'");
const pagePath = (file) =>
  `/${file
    .slice('dist/'.length)
    .replace(/index\.html$/, '')
    .replace(/^404\.html$/, '404')}`;

/** url → set of page paths. Only <a href>: the CSP allows no external scripts, styles or images. */
export function externalLinks(files = htmlFiles('dist')) {
  const links = new Map();
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    for (const [, href] of html.matchAll(/<a\s[^>]*?href="(https?:\/\/[^"]+)"/g)) {
      const url = decode(href);
      if (url.startsWith(`${SITE_URL}/`) || url === SITE_URL) continue;
      if (!links.has(url)) links.set(url, new Set());
      links.get(url).add(pagePath(file));
    }
  }
  return links;
}

// The ~1,500 wizard pages are summarised: the count and the first page, not every path.
function pagesCell(pages) {
  const sorted = [...pages].sort();
  const wizard = sorted.filter((p) => p.startsWith('/veiviser/') && p !== '/veiviser/');
  const others = sorted.filter((p) => !wizard.includes(p)).map((p) => `\`${p}\``);
  if (wizard.length > 0)
    others.push(
      `${wizard.length} veiviserside${wizard.length === 1 ? '' : 'r'} (f.eks. \`${wizard[0]}\`)`
    );
  return others.join(', ');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const links = externalLinks();
  const hosts = new Map();
  for (const url of [...links.keys()].sort()) {
    const host = new URL(url).host;
    if (!hosts.has(host)) hosts.set(host, []);
    hosts.get(host).push(url);
  }
  const commit = execSync('git rev-parse --short HEAD').toString().trim();
  const sections = [...hosts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([host, urls]) =>
        `## ${host} (${urls.length})\n\n| Lenke | Sider som lenker til den |\n|---|---|\n${urls.map((u) => `| <${u}> | ${pagesCell(links.get(u))} |`).join('\n')}\n`
    );
  const doc = `# Eksterne lenker

Laget av \`node scripts/external-links.mjs\` ${new Date().toISOString().slice(0, 10)} fra \`dist/\` (commit ${commit}).
Testene sjekker alle interne lenker og ankre (\`tests/e2e/links.spec.ts\`); eksterne lenker kan ikke
sjekkes uten nett, så de står her for kontroll for hånd. ${links.size} lenker til ${hosts.size} nettsteder.

${sections.join('\n')}`;
  writeFileSync('docs/eksterne-lenker.md', doc);
  console.log(`Wrote docs/eksterne-lenker.md: ${links.size} external links on ${hosts.size} hosts`);
}
