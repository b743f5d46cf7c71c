// Writes the tables of docs/ordliste-nn.md from the word list src/lib/nynorsk-terms.ts, formatted
// as Prettier would: `npm run ordliste-nn`. A unit test (tests/unit/search/nynorsk-terms.test.ts)
// fails when the doc and the list differ.
import { readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { withWordList } from '../src/lib/nynorsk-terms.ts';

const file = 'docs/ordliste-nn.md';
const options = (await prettier.resolveConfig(file)) ?? {};
const text = await prettier.format(withWordList(readFileSync(file, 'utf8')), {
  ...options,
  filepath: file,
});
writeFileSync(file, text);
console.log(`${file}: ordlisten er skrevet`);
