import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { figure, formatFigure, formatFigureDate, formatValue } from '../../src/lib/figures';
import { contentPages, distFile, requireDist } from '../support/dist';

// Rule (issue 11, item 4): a figure is shown as content/tall.json gives it, with its date; the FAQ
// and the ordliste show their review date on screen. The expected figures are read from the data.
beforeAll(requireDist);

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
    expect(rendered(html)).toContainEqual({
      id: f.id,
      value: formatValue(f),
      date: ` (${formatFigureDate(f)})`,
    });
  });
  it('every figure on every content page matches the data', () => {
    // In the page's own written form (issue 20: some rule pages are nynorsk, «seks månader»).
    const all = contentPages().flatMap((file) => {
      const html = readFileSync(file, 'utf8');
      const lang = /<html lang="nn"/.test(html) ? ('nn' as const) : ('nb' as const);
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

describe('review date on screen', () => {
  it.each(['/ofte-stilte-sporsmal/', '/ordliste/'])('%s', (path) => {
    const html = readFileSync(distFile(path), 'utf8');
    expect(html).toMatch(
      /<p class="meta" data-last-reviewed>Sist gjennomgått <time datetime="\d{4}-\d{2}-\d{2}">\d{1,2}\. \p{L}+ \d{4}<\/time>\.<\/p>/u
    );
  });
});
