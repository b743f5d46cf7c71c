import { describe, expect, it } from 'vitest';
import catalogue from '../../../src/i18n/veiviser-nn.json';
import { catalogTranslator, msgidOf, placeholdersOf } from '../../../src/i18n/translate';

// The nynorsk catalogue of the wizard's result texts (issue 20, item 1): gettext-style, the
// bokmål text with its digits as {0}, {1} … is the key.
const entries = Object.entries(catalogue as Record<string, string>);

describe('the translator', () => {
  const tr = catalogTranslator(
    {
      'Inntil {0} måneder, eller {1} med reglementet.':
        'Med reglementet {1}, elles inntil {0} månader.',
    },
    (msgid) => {
      throw new Error(`mangler ${msgid}`);
    }
  );
  it('keys a text by its words, with its digits as placeholders in order', () => {
    expect(msgidOf('Inntil 6 måneder, eller 12 med reglementet.')).toBe(
      'Inntil {0} måneder, eller {1} med reglementet.'
    );
  });
  it('puts each figure back where the translation has its placeholder', () => {
    expect(tr('Inntil 6 måneder, eller 12 med reglementet.')).toBe(
      'Med reglementet 12, elles inntil 6 månader.'
    );
    expect(tr('Inntil 3 måneder, eller 9 med reglementet.')).toBe(
      'Med reglementet 9, elles inntil 3 månader.'
    );
  });
  it('stops on a text without an entry, and leaves text without letters as it is', () => {
    expect(() => tr('Noe nytt.')).toThrow('mangler Noe nytt.');
    expect(tr('– 12 %')).toBe('– 12 %');
  });
});

describe('src/i18n/veiviser-nn.json', () => {
  it('has entries', () => expect(entries.length).toBeGreaterThan(400));
  it('gives every entry a nynorsk text with exactly the placeholders of its key, and no other digits', () => {
    const problems = entries.flatMap(([nb, nn]) => [
      ...(nn.trim() ? [] : [`tom: ${nb}`]),
      ...(placeholdersOf(nn).join() === placeholdersOf(nb).join() ? [] : [`plassholdere: ${nb}`]),
      ...(/\d/.test(nn.replace(/\{\d+\}/g, '')) ? [`sifre utenfor plassholdere: ${nb}`] : []),
      ...(/\d/.test(nb.replace(/\{\d+\}/g, '')) ? [`nøkkel med sifre: ${nb}`] : []),
    ]);
    expect(problems).toEqual([]);
  });
});
