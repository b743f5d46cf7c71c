import { expect, test } from '@playwright/test';
import { definingPlace, ordWords } from '../../src/lib/search-terms';
import { ordliste, sokResults } from './search-site';

// Generated from content/ordliste.yaml: every term (each way it is written) and every alias finds
// the entry's defining place first on /sok/: its rule page where it has one, else its ordliste anchor.
for (const entry of ordliste()) {
  test(`ordliste «${entry.term}»: every term and alias finds ${definingPlace(entry)} first`, async ({
    page,
  }) => {
    const words = ordWords(entry);
    expect(words.length).toBeGreaterThan(0);
    for (const word of words) {
      const urls = await sokResults(page, word);
      expect(urls[0], `«${word}»`).toBe(definingPlace(entry));
    }
  });
}
