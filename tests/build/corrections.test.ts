import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { oldTextOn } from '../../src/lib/content/corrections';
import { requireDist } from '../support/dist';
import { all, both, builtPage, one, tag, text, withAttr } from '../support/static-dom';

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
      const box = one(builtPage(pathOf(place, regelverk)), withAttr('data-correction', e.id));
      // Notices stay out of the search index: their words pushed rule pages down (issue 18, part 4 problem 4).
      expect(box.attribs, `${e.id} på ${place}`).toHaveProperty('data-pagefind-ignore');
      const quoted = all(box, both(tag('q'), withAttr('data-old-text')));
      const want = oldTextOn(e, place);
      if (want.kind === 'nothing') {
        expect(quoted, `${e.id} på ${place}`).toEqual([]);
        // In the page's written form (rule pages are being rewritten in nynorsk).
        expect(text(box), `${e.id} på ${place}`).toMatch(
          /Siden sa ikke noe om dette\.|Sida sa ikkje noko om dette\./
        );
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
      // A page with a notice is linked at the notice (issue 19, item 5); the ordliste and the wizard have none.
      for (const place of e.pages)
        expect(hrefs, `${e.id}: ${place}`).toContain(
          boxPlaces(e).includes(place)
            ? `${pathOf(place, regelverk)}#${e.id}`
            : pathOf(place, regelverk)
        );
      const quoted = all(section!, both(tag('q'), withAttr('data-old-text'))).map(text);
      expect(new Set(quoted), e.id).toEqual(
        new Set([e.oldText, ...Object.values(e.oldTextOn ?? {})].map(squash))
      );
    }
  });
});

// Issue 19, item 5 (review 2026-12-06 part 4, problem 4): a page's corrections are one folded
// «Endret på denne siden (n)» before the first section; at each corrected passage a short «Rettet»
// line links to its notice, and the notice links back to the passage.
describe('«Endret på denne siden» folds the corrections of a page', () => {
  const places = [...new Set(corrections.flatMap(boxPlaces))].sort();
  let regelverk: Set<string>;
  beforeAll(() => {
    requireDist();
    regelverk = new Set(
      all(builtPage('/regelverk/'), tag('a'))
        .map((a) => /^\/regelverk\/([^/]+)\/$/.exec(a.attribs.href ?? '')?.[1])
        .filter((s): s is string => Boolean(s))
    );
  });

  it('some pages have corrections (the checks below have something to check)', () => {
    expect(places.length).toBeGreaterThan(5);
  });

  it.each(places)('%s', (place) => {
    const page = builtPage(pathOf(place, regelverk));
    const details = one(page, both(tag('details'), withAttr('data-page-corrections')));
    expect(details.attribs).toHaveProperty('data-pagefind-ignore');
    expect(details.attribs.open, 'folded when the page opens').toBeUndefined();
    const notices = all(details, both(tag('li'), withAttr('data-correction')));
    const marks = all(page, withAttr('data-correction-mark'));
    const want = corrections.filter((e) => boxPlaces(e).includes(place)).map((e) => e.id);
    expect(new Set(notices.map((n) => n.attribs.id))).toEqual(new Set(want));
    expect(new Set(marks.map((m) => m.attribs['data-correction-mark']))).toEqual(new Set(want));
    expect(text(one(details, tag('summary')))).toMatch(
      new RegExp(`^(Endret på denne siden|Endra på denne sida) \\(${notices.length}\\)$`)
    );
    // Near the top: before the first section heading of the text.
    const order = all(page, (el) => el === details || el.name === 'h2');
    expect(order[0], 'the folded list comes before the first h2').toBe(details);
    for (const mark of marks) {
      const id = mark.attribs['data-correction-mark']!;
      expect(mark.attribs).toHaveProperty('data-pagefind-ignore');
      expect(all(mark, tag('a')).map((a) => a.attribs.href)).toEqual([`#${id}`]);
      const notice = notices.find((n) => n.attribs.id === id)!;
      expect(all(notice, tag('a')).map((a) => a.attribs.href)).toContain(`#${mark.attribs.id}`);
    }
  });

  it('the endringslogg has rule changes apart from corrections, each part newest first', () => {
    const page = builtPage('/endringslogg/');
    const parts = all(page, withAttr('data-changelog-part'));
    expect(parts.map((p) => p.attribs['data-changelog-part'])).toEqual([
      'regelendring',
      'rettelse',
    ]);
    for (const part of parts) {
      const entries = all(part, both(tag('section'), withAttr('data-kind')));
      expect(entries.length).toBeGreaterThan(0);
      expect(new Set(entries.map((e) => e.attribs['data-kind']))).toEqual(
        new Set([part.attribs['data-changelog-part']])
      );
      // The first <time> of an entry is its date (in force, found or corrected).
      const dates = entries.map((e) => all(e, tag('time'))[0]!.attribs.datetime!);
      expect([...dates].sort().reverse()).toEqual(dates);
    }
    const everyEntry = load(readFileSync('content/endringer.yaml', 'utf8')) as { id: string }[];
    expect(parts.flatMap((p) => all(p, both(tag('section'), withAttr('data-kind')))).length).toBe(
      everyEntry.length
    );
  });

  it('each feed entry has the category of its part', () => {
    const xml = readFileSync('dist/endringslogg/atom.xml', 'utf8');
    const kinds = new Map(
      (load(readFileSync('content/endringer.yaml', 'utf8')) as Rettelse[]).map((e) => [
        e.id,
        e.kind,
      ])
    );
    const entries = [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1]!);
    expect(entries.length).toBe(kinds.size);
    for (const entry of entries) {
      const id = /<id>tag:[^<]*:endring\/([^<]+)<\/id>/.exec(entry)![1]!;
      const terms = [...entry.matchAll(/<category term="([^"]+)"/g)].map((m) => m[1]);
      expect(terms, id).toEqual([kinds.get(id)]);
    }
  });
});
