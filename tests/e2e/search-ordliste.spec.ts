import { expect, test } from '@playwright/test';
import { definingPlace, ordWords } from '../../src/lib/search-terms';
import { openSok, ordliste, searchAgain } from './search-site';

// Generated from content/ordliste.yaml: every term (each way it is written) and every alias finds
// the entry's defining place first on /sok/: its rule page where it has one, else its ordliste
// anchor. The entries are checked in parts that run in parallel; each part types its words one
// after another into one loaded /sok/, with a soft check per word, so every miss is named.
const entries = ordliste();
const PARTS = 4;

test('the ordliste has entries, each with at least one word to search for', () => {
  expect(entries.length).toBeGreaterThan(PARTS);
  for (const entry of entries) expect(ordWords(entry).length, entry.term).toBeGreaterThan(0);
});

for (let part = 0; part < PARTS; part++) {
  const mine = entries.filter((_, i) => i % PARTS === part);
  test(`ordliste part ${part + 1} of ${PARTS} (${mine.length} terms): every term and alias finds its defining place first`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await openSok(page);
    for (const entry of mine) {
      for (const word of ordWords(entry)) {
        const urls = await searchAgain(page, word);
        expect.soft(urls[0], `«${word}» (${entry.term})`).toBe(definingPlace(entry));
      }
    }
  });
}
