import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countedPaths } from '../../scripts/written-forms.mjs';
import { formMistakes } from '../../src/lib/nynorsk-terms';
import { textByLang } from '../../src/lib/written-forms';
import { distFile, requireDist } from '../support/dist';

// Issue 20: a nynorsk page uses the word list's forms (src/lib/nynorsk-terms.ts) and no bokmål
// form of a listed term, and a bokmål page no nynorsk form, in all the text a reader sees: the
// content, the header and footer, the labels. A part marked with another lang (a source's
// bokmål title on a nynorsk page, the nynorsk term on /ordliste/) counts in its own language.
requireDist();

describe('each page keeps to its written form', () => {
  const pages = countedPaths().map((path) => ({
    path,
    text: textByLang(readFileSync(distFile(path), 'utf8'), 'body'),
  }));

  it('nynorsk text has no bokmål form of a listed word', () => {
    const nn = pages.filter((p) => p.text.has('nn'));
    expect(nn.length).toBeGreaterThan(0);
    const wrong = nn.flatMap((p) =>
      formMistakes(p.text.get('nn')!, 'nn').map((m) => `${p.path}: ${m.word} (skriv ${m.instead})`)
    );
    expect([...new Set(wrong)]).toEqual([]);
  });

  it('bokmål text has no nynorsk form of a listed word', () => {
    const wrong = pages.flatMap((p) =>
      formMistakes(p.text.get('nb') ?? '', 'nb').map(
        (m) => `${p.path}: ${m.word} (skriv ${m.instead})`
      )
    );
    expect([...new Set(wrong)]).toEqual([]);
  });
});
