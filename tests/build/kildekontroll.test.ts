import { readFileSync, readdirSync } from 'node:fs';
import { load } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { NOINDEX_PAGES } from '../../src/config/site.mjs';
import { wizardChecks, wizardStepChecks } from '../../src/lib/review/wizard-checks';
import { distFile, requireDist } from '../support/dist';

// Rule protected (issue 11, item 7): the reviewers' page lists every statement resting on a «likely»
// source, every wizard «må sjekkes» and every source, and stays out of the sitemap and search index.
const PAGE = '/om/kildekontroll/';
let html = '';
beforeAll(() => {
  requireDist();
  html = readFileSync(distFile(PAGE), 'utf8');
});

const kilder = load(readFileSync('content/kilder.yaml', 'utf8')) as {
  id: string;
  kind: string;
  confidence?: string;
}[];
const likely = new Set(
  kilder.filter((k) => k.kind !== 'rapport' && k.confidence === 'likely').map((k) => k.id)
);
const urlOf: Record<string, (slug: string) => string> = {
  regelverk: (s) => `/regelverk/${s}/`,
  sider: (s) => `/${s}/`,
  historier: (s) => `/suksesshistorier/${s}/`,
};
const count = (re: RegExp) => [...html.matchAll(re)].length;
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe(PAGE, () => {
  it('lists every <SourceRef> of a «likely» source in content/, as often as the page cites it', () => {
    let total = 0;
    for (const [folder, url] of Object.entries(urlOf)) {
      for (const file of readdirSync(`content/${folder}`).filter((f) => f.endsWith('.mdx'))) {
        const body = readFileSync(`content/${folder}/${file}`, 'utf8').replace(
          /^---\n[\s\S]*?\n---/,
          ''
        );
        const ids = [...body.matchAll(/<SourceRef\b[^>]*\bid="([^"]+)"/g)]
          .map((m) => m[1] as string)
          .filter((id) => likely.has(id));
        for (const id of new Set(ids)) {
          const expected = ids.filter((x) => x === id).length;
          total += expected;
          const page = url(file.replace(/\.mdx$/, ''));
          expect(
            count(
              new RegExp(
                `data-review-statement[^>]*data-page="${esc(page)}"[^>]*data-kilde="${esc(id)}"`,
                'g'
              )
            ),
            `${page} ${id}`
          ).toBe(expected);
        }
      }
    }
    expect(total).toBeGreaterThan(0);
    expect(count(/data-review-statement/g)).toBe(total);
  });

  it('lists every endringer.yaml source rated «likely»', () => {
    const changes = load(readFileSync('content/endringer.yaml', 'utf8')) as {
      sources: { kilde: string }[];
    }[];
    const expected = changes.flatMap((c) => c.sources).filter((s) => likely.has(s.kilde)).length;
    expect(count(/data-review-change/g)).toBe(expected);
  });

  it('lists every wizard «må sjekkes», on results and in the questions', () => {
    expect(count(/data-review-wizard /g) + count(/data-review-wizard>/g)).toBe(
      wizardChecks().length
    );
    expect(count(/data-review-wizard-step/g)).toBe(wizardStepChecks().length);
    expect(wizardChecks().length).toBeGreaterThan(0);
  });

  it('lists every figure of content/tall.json once, a NAV figure with its date', () => {
    const all = JSON.parse(readFileSync('content/tall.json', 'utf8')) as {
      id: string;
      kind: string;
    }[];
    expect(all.length).toBeGreaterThan(0);
    for (const f of all) {
      const item =
        new RegExp(`data-review-figure="${esc(f.id)}"[\\s\\S]*?</li>`).exec(html)?.[0] ?? '';
      expect(count(new RegExp(`data-review-figure="${esc(f.id)}"`, 'g')), f.id).toBe(1);
      if (f.kind === 'nav') expect(item, f.id).toMatch(/(per|fra) [^<]*\d{4}/);
    }
  });

  it('lists every source once', () => {
    for (const k of kilder)
      expect(count(new RegExp(`data-review-source="${esc(k.id)}"`, 'g')), k.id).toBe(1);
  });

  it('is noindex, not in the sitemap and not in the search index', () => {
    expect(NOINDEX_PAGES).toContain(PAGE);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(readFileSync('dist/sitemap-0.xml', 'utf8')).not.toContain('kildekontroll');
    expect(html).not.toContain('data-pagefind-body');
  });
});
