import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyRefProblems, dateListLines } from '../../../src/lib/content/body-refs';

// Review 2026-12-06, N14: «… Fra» with «1. januar 2026 …» on the next line rendered as a numbered
// list on the FAQ and the kommuner page; the sentence broke and screen readers announced a list.

describe('a line that begins with a date', () => {
  it('«1. januar» inside a paragraph starts a list', () => {
    expect(
      dateListLines('Retten har gjeldt siden 2017. Fra\n1. januar 2026 gjelder den også.')
    ).toEqual([2]);
  });
  it('any date starts a list at the start of a block', () => {
    expect(dateListLines('Første avsnitt.\n\n15. mars 2024 kom en ny regel.')).toEqual([3]);
    expect(dateListLines('1. juli 2024 kom en ny regel.')).toEqual([1]);
  });
  it('another day inside a paragraph stays text, as Markdown reads it', () => {
    expect(dateListLines('Loven kom\n15. mars 2024 og gjelder nå.')).toEqual([]);
  });
  it('a date inside the line, an ordinary list and a code fence are fine', () => {
    expect(
      dateListLines(
        'Fra 1. januar 2026 gjelder den.\n\n1. Finn et behov.\n2. Velg et grunnlag.\n\n```\n1. januar\n```'
      )
    ).toEqual([]);
  });
  it('stops the build with file and line', () => {
    expect(
      bodyRefProblems('content/sider/x.mdx', 'Tekst fra\n1. januar 2026.', {
        legalRefs: [],
        sources: [],
      })
    ).toEqual([
      'content/sider/x.mdx: linje 2: linjen begynner med en dato («1. januar»), som Markdown gjør til en nummerert liste; flytt datoen opp på linjen før',
    ]);
  });
});

describe('no MDX file in content/ has a line that Markdown turns into a dated list item', () => {
  const files = readdirSync('content')
    .filter((d) => !d.includes('.'))
    .flatMap((dir) =>
      readdirSync(join('content', dir))
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => join('content', dir, f))
    );
  it('reads the rule pages, the other pages and the stories', () => {
    expect(files.filter((f) => f.includes('regelverk')).length).toBeGreaterThan(10);
    expect(files.filter((f) => f.includes('sider')).length).toBeGreaterThan(3);
    expect(files.filter((f) => f.includes('historier')).length).toBeGreaterThan(20);
  });
  it.each(files)('%s', (file) => {
    expect(dateListLines(readFileSync(file, 'utf8'))).toEqual([]);
  });
});
