import { readFileSync, writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { resultPaths } from './helpers';

// Every result URL, committed, so a renamed slug or a changed flow never changes URLs by accident.
const FILE = 'tests/unit/wizard/result-urls.txt';
const UPDATE = 'UPDATE_WIZARD_URLS';

it('keeps every result URL unless the change is deliberate (tests/unit/wizard/result-urls.txt)', () => {
  const actual = resultPaths.map((p) => p.path).sort();
  if (process.env[UPDATE] === '1') writeFileSync(FILE, `${actual.join('\n')}\n`);
  const committed = readFileSync(FILE, 'utf8').split('\n').filter(Boolean);
  const added = actual.filter((p) => !committed.includes(p));
  const removed = committed.filter((p) => !actual.includes(p));
  const message = [
    `The result URLs of the veiviser changed: ${added.length} new, ${removed.length} gone.`,
    ...removed.slice(0, 5).map((p) => `  - ${p}`),
    ...added.slice(0, 5).map((p) => `  + ${p}`),
    'Shared and bookmarked links break when a URL goes. If a slug was renamed, add it to `aliases`',
    `in src/lib/veiviser/index.ts. When the change is deliberate, run`,
    `  ${UPDATE}=1 npx vitest run tests/unit/wizard/result-urls.test.ts`,
    `and commit ${FILE}.`,
  ].join('\n');
  expect(added.length + removed.length === 0, message).toBe(true);
  expect(committed).toEqual(actual);
});
