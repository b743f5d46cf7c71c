import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { writtenFormsReport } from '../../scripts/written-forms.mjs';
import { MIN_FORM_SHARE } from '../../src/lib/written-forms';
import { frontmatters } from '../support/content-files';
import { builtPages, distFile, requireDist } from '../support/dist';

// Issue 20 (språklova § 13): each page has the `lang` its source says, and at least MIN_FORM_SHARE
// of the published text (the words in <main> of every page in the sitemap outside the wizard) is in
// each written form. The report is `npm run written-forms`; its figure is in docs/ytelse.md.
requireDist();
const htmlLang = (path: string) =>
  /<html\b[^>]*\blang="([^"]+)"/.exec(readFileSync(distFile(path), 'utf8'))?.[1];

describe('each page is in its written form', () => {
  const sources = [
    ...frontmatters('regelverk').map((p) => ({ ...p, path: `/regelverk/${p.slug}/` })),
    ...frontmatters('historier').map((p) => ({ ...p, path: `/suksesshistorier/${p.slug}/` })),
    ...frontmatters('sider').map((p) => ({ ...p, path: `/${p.slug}/` })),
  ] as { slug: string; path: string; data: { lang?: string } }[];

  it('a content page has <html lang> from its frontmatter (nb when it has none)', () => {
    const wrong = sources
      .map((p) => ({ path: p.path, want: p.data.lang ?? 'nb', got: htmlLang(p.path) }))
      .filter((p) => p.got !== p.want);
    // 23 stories since six moved to the one page of short examples (issue 19).
    expect(sources.length).toBeGreaterThan(35);
    expect(wrong).toEqual([]);
  });

  it('the English page is lang="en", and every other built page nb or nn', () => {
    expect(htmlLang('/en/')).toBe('en');
    const others = builtPages().filter((p) => p !== '/en/');
    expect(others.filter((p) => !['nb', 'nn'].includes(htmlLang(p) ?? ''))).toEqual([]);
  });
});

describe('the UI text of a page is in its form', () => {
  const html = (path: string) => readFileSync(distFile(path), 'utf8');
  it('a nynorsk page: header, breadcrumbs, print header, dates and footer in nynorsk', () => {
    const om = html('/om/');
    for (const text of [
      'Hovudmeny',
      'Framsida',
      'Sist gått gjennom',
      'Versjon frå',
      'Meld frå om feil på denne sida',
      'Om nettstaden og kjeldene',
      'Kopier lenke',
    ])
      expect(om, text).toContain(text);
    expect(om).not.toMatch(/Sist gjennomgått|Hovedmeny|Forsiden|Meld fra om feil/);
  });
  it('a bokmål page keeps its bokmål UI text', () => {
    const page = html('/regelverk/unntak-fra-utlysning/');
    expect(page).toContain('Sist gjennomgått');
    expect(page).not.toMatch(/Sist gått gjennom|Hovudmeny|Meld frå om feil/);
  });
  it('the English page has its UI text in bokmål, marked lang="nb"', () => {
    const en = html('/en/');
    expect(en).toMatch(/<header class="site-header" lang="nb">/);
    expect(en).toMatch(/<footer class="site-footer" lang="nb">/);
    expect(en).toMatch(/<a class="ds-skip-link skip" href="#innhold" lang="nb">/);
  });
});

describe('words per written form (språklova § 13)', () => {
  const report = writtenFormsReport();

  it('counts every indexable page outside the wizard, in the language of its nearest lang', () => {
    expect(report.pages.length).toBeGreaterThan(60);
    expect(report.pages.some((p) => /^\/(nn\/)?veiviser\//.test(p.path))).toBe(false);
    expect(report.words.nb).toBeGreaterThan(0);
    expect(report.words.en).toBeGreaterThan(0);
  });

  it(`bokmål and nynorsk are each at least ${MIN_FORM_SHARE * 100} % of the Norwegian words`, () => {
    const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
    const figures = `nb ${report.words.nb} (${pct(report.share.nb)}), nn ${report.words.nn} (${pct(report.share.nn)}); npm run written-forms lists every page`;
    expect(report.below, figures).toEqual([]);
  });
});
