import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  loadSearchQuestions,
  withQuestions,
  QUESTIONS_FILE,
} from '../../../src/integrations/search-questions.mjs';
import { toHit, withoutQuestions } from '../../../src/lib/search-hit';

// Issue 19, item 2: the readers' questions (content/sokesporsmal.yaml) go into the index under
// the section that answers them, and never into an excerpt.

const page = `<html><body><nav><h2 id="meny">Meny</h2></nav><main><article data-pagefind-body>
<h1>Arbeidstrening</h1><p class="lead">Ingress.</p>
<div class="heading-anchor"><h2 id="varighet">Varighet</h2></div><p>Inntil ett år.</p>
<div class="heading-anchor"><h3 id="forlenge">Forlenge</h3></div><p>Seks måneder til.</p>
<section class="related-stories" data-pagefind-ignore><div class="heading-anchor"><h2 id="historier">Historier</h2></div><ul><li>En historie</li></ul></section>
<section class="references" data-pagefind-ignore><h2 id="kilder">Kilder</h2></section>
</article></main></body></html>`;

const entry = (anker: string, sporsmal = ['hvor lenge kan det vare']) => ({
  side: '/regelverk/a/',
  anker,
  sporsmal,
});

describe('withQuestions', () => {
  it('puts a section’s questions at the end of that section, before the next heading', () => {
    const out = withQuestions(page, '/regelverk/a/', [entry('varighet')]);
    const block = out.indexOf('data-search-questions');
    expect(block).toBeGreaterThan(out.indexOf('Inntil ett år.'));
    expect(block).toBeLessThan(out.indexOf('id="forlenge"'));
    expect(out).toContain('⟦ hvor lenge kan det vare ⟧');
  });

  it('puts the last section’s questions before the reference list, and the page’s own before the first section', () => {
    const out = withQuestions(page, '/regelverk/a/', [entry('forlenge'), entry('', ['om siden'])]);
    const last = out.indexOf('⟦ hvor lenge');
    expect(last).toBeGreaterThan(out.indexOf('Seks måneder til.'));
    expect(last).toBeLessThan(out.indexOf('class="related-stories"'));
    const own = out.indexOf('⟦ om siden ⟧');
    expect(own).toBeGreaterThan(out.indexOf('Ingress.'));
    expect(own).toBeLessThan(out.indexOf('id="varighet"'));
  });

  it('keeps a page’s own questions inside the indexed element, whatever follows it', () => {
    const intro = `<main><div class="intro" data-pagefind-body><div hidden data-pagefind-ignore></div><p>Svar på noen spørsmål.</p></div><div class="island"><h2 id="q">Spørsmål</h2></div></main>`;
    const out = withQuestions(intro, '/regelverk/v/', [
      { side: '/regelverk/v/', anker: '', sporsmal: ['velge vei'] },
    ]);
    expect(out.indexOf('⟦ velge vei ⟧')).toBeLessThan(out.indexOf('<div class="island">'));
    expect(out.indexOf('⟦ velge vei ⟧')).toBeGreaterThan(out.indexOf('Svar på noen spørsmål.'));
  });

  it('gives a page without sections (a story) its questions as metadata, not text', () => {
    const story = `<main><article data-pagefind-body><h1>Historie</h1><p>Tekst.</p></article></main>`;
    const out = withQuestions(story, '/suksesshistorier/x/', [
      { side: '/suksesshistorier/x/', anker: '', sporsmal: ['a "b"', 'c'] },
    ]);
    expect(out).toContain('data-pagefind-meta="sporsmal:a &quot;b&quot; · c"');
    expect(out).not.toContain('⟦');
    expect(out.indexOf('sporsmal:')).toBeLessThan(out.indexOf('</article>'));
  });

  it('leaves other pages alone and escapes the text', () => {
    expect(withQuestions(page, '/regelverk/b/', [entry('varighet')])).toBe(page);
    expect(withQuestions(page, '/regelverk/a/', [entry('varighet', ['a & b'])])).toContain(
      '⟦ a &amp; b ⟧'
    );
  });

  it('stops on a section that is not on the page, or only outside the indexed article', () => {
    expect(() => withQuestions(page, '/regelverk/a/', [entry('finnes-ikke')])).toThrow(
      /sokesporsmal\.yaml: \/regelverk\/a\/#finnes-ikke/
    );
    expect(() => withQuestions(page, '/regelverk/a/', [entry('meny')])).toThrow(/#meny/);
    expect(() => withQuestions(page, '/regelverk/a/', [entry('kilder')])).toThrow(/#kilder/);
    expect(() => withQuestions(page, '/regelverk/a/', [entry('historier')])).toThrow(
      /#historier: avsnittet er ikke i søket/
    );
  });
});

describe('loadSearchQuestions', () => {
  const file = (text: string) => {
    const f = join(mkdtempSync(join(tmpdir(), 'q-')), 'sokesporsmal.yaml');
    writeFileSync(f, text);
    return f;
  };

  it('reads the site’s file', () => {
    const all = loadSearchQuestions(QUESTIONS_FILE);
    expect(all.length).toBeGreaterThan(50);
    expect(all.every((e) => e.sporsmal.length > 0)).toBe(true);
  });

  it('names the file, the entry and the field of a bad entry', () => {
    expect(() =>
      loadSearchQuestions(file('- side: regelverk\n  anker: x\n  sporsmal: [abc]\n'))
    ).toThrow(/sokesporsmal\.yaml: 0\.side: side: en sti/);
    expect(() => loadSearchQuestions(file('- side: /a/\n  anker: x\n  sporsmal: []\n'))).toThrow(
      /0\.sporsmal: sporsmal: minst ett/
    );
    expect(() =>
      loadSearchQuestions(file('- side: /a/\n  anker: x\n  sporsmal: ["a ⟧ b"]\n'))
    ).toThrow(/0\.sporsmal\.0: sporsmal: tegnene/);
    expect(() =>
      loadSearchQuestions(
        file(
          '- side: /a/\n  anker: x\n  sporsmal: [abc]\n- side: /a/\n  anker: x\n  sporsmal: [def]\n'
        )
      )
    ).toThrow(/«\/a\/#x» står to ganger/);
  });
});

describe('withoutQuestions', () => {
  it('keeps the page’s text and drops whole and cut questions', () => {
    expect(withoutQuestions('Inntil ett år. ⟦ hvor <mark>lenge</mark> ⟧ ⟦ varighet ⟧ Mer.')).toBe(
      'Inntil ett år. Mer.'
    );
    expect(withoutQuestions('<mark>lenge</mark> kan det vare ⟧ Inntil ett år.')).toBe(
      'Inntil ett år.'
    );
    expect(withoutQuestions('Inntil ett år. ⟦ hvor <mark>lenge</mark>')).toBe('Inntil ett år.');
    expect(withoutQuestions('Bare <mark>tekst</mark>.')).toBe('Bare <mark>tekst</mark>.');
  });

  it('is what a hit shows, for the page and for its best section', () => {
    const hit = toHit({
      url: '/regelverk/a/',
      excerpt: 'Ingress. ⟦ om <mark>siden</mark> ⟧',
      meta: { title: 'A', type: 'regelverk' },
      sub_results: [
        {
          url: '/regelverk/a/#varighet',
          title: 'Varighet',
          excerpt: 'Inntil ett år. ⟦ hvor <mark>lenge</mark> ⟧',
          weighted_locations: [{ balanced_score: 3 }],
        },
      ],
    });
    expect(hit.excerpt).toBe('Inntil ett år.');
    expect(hit.href).toBe('/regelverk/a/#varighet');
  });

  it('falls back to the section’s own first words when only questions matched', () => {
    const content =
      'Tittel. Ingress her. Varighet. Arbeidstrening varer inntil ett år, og seks måneder til med nedsatt arbeidsevne. ⟦ hvor lenge varer det ⟧ ⟦ lengde ⟧ Neste.';
    const hit = toHit({
      url: '/regelverk/a/',
      excerpt: 'x',
      content,
      anchors: [{ id: 'varighet', location: 3 }],
      meta: { title: 'A', type: 'regelverk' },
      sub_results: [
        {
          url: '/regelverk/a/#varighet',
          title: 'Varighet',
          excerpt: '⟦ hvor <mark>lenge</mark> varer det ⟧ ⟦ <mark>lengde</mark> ⟧',
          weighted_locations: [{ balanced_score: 3 }],
        },
      ],
    });
    expect(hit.excerpt).toMatch(/^Varighet\. Arbeidstrening varer inntil ett år/);
    expect(hit.excerpt).not.toMatch(/[⟦⟧]|hvor lenge/);
  });
});
