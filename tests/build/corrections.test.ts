import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { oldTextOn } from '../../src/lib/content/corrections';
import { requireDist } from '../support/dist';
import { all, both, builtPage, one, tag, text, withAttr } from '../support/static-dom';
import { dictionaries } from '../../src/i18n/ui';

// Review 2026-12-06, N8: each «Rettet» notice quotes its own page's old text, or says that the
// page said nothing; the endringslogg shows every page's old text and names every place
// («Omtalt på»), the ordliste and the wizard included.
interface Rettelse {
  id: string;
  kind: string;
  oldText: string;
  pages: string[];
  oldTextOn?: Record<string, string>;
  saidNothingOn?: string[];
}
const corrections = (load(readFileSync('content/endringer.yaml', 'utf8')) as Rettelse[]).filter(
  (e) => e.kind === 'rettelse'
);
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const pathOf = (place: string, regelverk: Set<string>) =>
  regelverk.has(place) ? `/regelverk/${place}/` : `/${place}/`;
const boxPlaces = (e: Rettelse) => e.pages.filter((p) => p !== 'ordliste' && p !== 'veiviser');

describe('correction notices quote their own page', () => {
  let regelverk: Set<string>;
  beforeAll(() => {
    requireDist();
    regelverk = new Set(
      all(builtPage('/regelverk/'), tag('a'))
        .map((a) => /^\/regelverk\/([^/]+)\/$/.exec(a.attribs.href ?? '')?.[1])
        .filter((s): s is string => Boolean(s))
    );
  });

  it('the review has notices with own texts and with «said nothing» (the checks below have something to check)', () => {
    expect(corrections.some((e) => e.oldTextOn && Object.keys(e.oldTextOn).length > 0)).toBe(true);
    expect(corrections.some((e) => (e.saidNothingOn ?? []).length > 0)).toBe(true);
  });

  it.each(corrections.map((e) => [e.id, e] as const))('%s', (_id, e) => {
    for (const place of boxPlaces(e)) {
      const page = builtPage(pathOf(place, regelverk));
      const box = one(page, withAttr('data-correction', e.id));
      // Notices stay out of the search index: their words pushed rule pages down (issue 18, part 4 problem 4).
      expect(box.attribs, `${e.id} på ${place}`).toHaveProperty('data-pagefind-ignore');
      const quoted = all(box, both(tag('q'), withAttr('data-old-text')));
      const want = oldTextOn(e, place);
      if (want.kind === 'nothing') {
        expect(quoted, `${e.id} på ${place}`).toEqual([]);
        // In the page's written form: «Sida sa ikkje noko om dette.» on a nynorsk page (issue 20).
        const root = page.find((n) => 'name' in n && n.name === 'html');
        const lang = root && 'attribs' in root && root.attribs.lang === 'nn' ? 'nn' : 'nb';
        expect(text(box), `${e.id} på ${place}`).toContain(dictionaries[lang].changes.saidNothing);
      } else {
        expect(quoted.map(text), `${e.id} på ${place}`).toEqual([squash(want.text)]);
      }
    }
  });

  it('the endringslogg names every place of every correction and quotes every old text', () => {
    const sections = all(
      builtPage('/endringslogg/'),
      both(tag('section'), withAttr('data-kind', 'rettelse'))
    );
    for (const e of corrections) {
      const section = sections.find((el) => all(el, withAttr('id', e.id)).length === 1);
      expect(section, e.id).toBeDefined();
      const hrefs = new Set(all(section!, tag('a')).map((a) => a.attribs.href));
      for (const place of e.pages)
        expect(hrefs, `${e.id}: ${place}`).toContain(pathOf(place, regelverk));
      const quoted = all(section!, both(tag('q'), withAttr('data-old-text'))).map(text);
      expect(new Set(quoted), e.id).toEqual(
        new Set([e.oldText, ...Object.values(e.oldTextOn ?? {})].map(squash))
      );
    }
  });
});
