import { describe, expect, it } from 'vitest';
import { figureRecords, figureWords } from '../../../src/integrations/search-records.mjs';

// Issue 19, item 1: every figure a rule page uses is a search record at the section that sets it,
// found by its value in words and in digits.
const page = (title: string, body: string) =>
  `<html lang="nb"><body><article><h1 class="x">${title}</h1>${body}</article></body></html>`;
const fig = (id: string, text: string) => `<span class="figure" data-figure="${id}">${text}</span>`;
const figures = [
  { id: 'sats', label: 'Lønnstilskudd: sats', value: 40, unit: 'prosent' },
  { id: 'lengde', label: 'Lønnstilskudd: lengst', value: 24, unit: 'maneder' },
  { id: 'mentor', label: 'Mentor: lengst', value: 6, unit: 'maneder' },
  { id: 'ubrukt', label: 'Ikke på noen side', value: 3, unit: 'ar' },
];
const format = (f: { value: number; unit: string }) =>
  f.unit === 'prosent' ? `${f.value} prosent` : f.value === 24 ? 'to år' : 'seks måneder';

describe('figure search records', () => {
  it('writes a value in words and digits', () => {
    expect(figureWords({ value: 24, unit: 'maneder' }, 'to år')).toEqual([
      'to år',
      '24 måneder',
      '2 år',
    ]);
    expect(figureWords({ value: 40, unit: 'prosent' }, '40 prosent')).toEqual(['40 prosent']);
  });

  it('puts each figure at the section of the page its label names, one record per section', () => {
    const pages = [
      {
        path: '/regelverk/andre/',
        html: page('Andre', `<h2 id="om">Om</h2><p>Også ${fig('sats', '40 prosent')}.</p>`),
      },
      {
        path: '/regelverk/lonnstilskudd/',
        html: page(
          'Lønnstilskudd',
          `<p>Innledning.</p><h2 id="sats">Sats</h2><p>NAV dekker ${fig('sats', '40 prosent')} av lønnen.</p>` +
            `<ul><li>I høyst ${fig('lengde', 'to år')}.</li></ul><h2 id="mentor">Mentor</h2>` +
            `<p>Mentor i ${fig('mentor', 'seks måneder')}.</p>`
        ),
      },
    ];
    const records = figureRecords(pages, figures, format);
    expect(records.map((r) => [r.url, r.figures])).toEqual([
      ['/regelverk/lonnstilskudd/#sats', ['sats', 'lengde']],
      ['/regelverk/lonnstilskudd/#mentor', ['mentor']],
    ]);
    const [sats] = records;
    expect(sats!.html).toContain('<title>Lønnstilskudd – Sats</title>');
    expect(sats!.html).toContain('NAV dekker');
    expect(sats!.html).toContain('I høyst');
    expect(sats!.html).not.toContain('Også');
    expect(sats!.html).toMatch(/data-pagefind-meta="sokeord:[^"]*24 måneder/);
    expect(sats!.html).toContain('data-pagefind-filter="type:regelverk"');
  });
});
