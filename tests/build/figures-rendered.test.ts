import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { figure, formatFigure, formatFigureDate, formatValue } from '../../src/lib/figures';
import { contentPages, distFile, requireDist } from '../support/dist';
import { nb } from '../../src/i18n/nb';
import { nn } from '../../src/i18n/nn';

// Rule (issue 11, item 4): a figure is shown as content/tall.json gives it, with its date; the FAQ
// and the ordliste show their review date on screen. The expected figures are read from the data,
// in the page's written form («eitt år», «frå 1. august 2026» on a nynorsk page; issue 20).
beforeAll(requireDist);

const pageLang = (html: string): 'nb' | 'nn' =>
  /<html\b[^>]*\blang="nn"/.test(html) ? 'nn' : 'nb';

const rendered = (html: string) =>
  [
    ...html.matchAll(
      /<span class="figure" data-figure="([^"]+)"[^>]*>([^<]*)(?:<span class="figure__date">([^<]*)<\/span>)?<\/span>/g
    ),
  ].map((m) => ({
    id: m[1] as string,
    value: m[2] as string,
    date: m[3] ?? '',
  }));

describe('<Figure> in the built pages', () => {
  it('renders value and date from content/tall.json', () => {
    const html = readFileSync(distFile('/regelverk/midlertidig-lonnstilskudd/'), 'utf8');
    const f = figure('lts-sats-start');
    const lang = pageLang(html);
    expect(rendered(html)).toContainEqual({
      id: f.id,
      value: formatValue(f, lang),
      date: ` (${formatFigureDate(f, lang)})`,
    });
  });
  it('every figure on every content page matches the data', () => {
    const all = contentPages().flatMap((file) => {
      const html = readFileSync(file, 'utf8');
      const lang = pageLang(html);
      return rendered(html).map((r) => ({ file, lang, ...r }));
    });
    expect(all.length).toBeGreaterThan(40);
    expect(all.some((r) => r.lang === 'nn')).toBe(true);
    const wrong = all.filter(
      (r) =>
        r.value !== formatValue(figure(r.id), r.lang) ||
        (r.date !== '' && r.date !== ` (${formatFigureDate(figure(r.id), r.lang)})`)
    );
    expect(wrong).toEqual([]);
  });
  it('the ordliste resolves its placeholders', () => {
    const html = readFileSync(distFile('/ordliste/'), 'utf8');
    expect(html).not.toContain('{tall:');
    expect(html).toContain(formatFigure(figure('inkluderingstilskudd-tak')));
  });
});

// On screen, out of the search index (issue 19, item 1).
describe('review date on screen', () => {
  it.each(['/ofte-stilte-sporsmal/', '/ordliste/'])('%s', (path) => {
    const html = readFileSync(distFile(path), 'utf8');
    const label = (pageLang(html) === 'nn' ? nn : nb).page.lastReviewed;
    expect(html).toMatch(
      new RegExp(
        `<p class="meta" data-last-reviewed data-pagefind-ignore>${label} <time datetime="\\d{4}-\\d{2}-\\d{2}">\\d{1,2}\\. \\p{L}+ \\d{4}<\\/time>\\.<\\/p>`,
        'u'
      )
    );
  });
});
