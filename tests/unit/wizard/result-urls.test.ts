import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { evaluate, nextQuestion, parseAnswers } from '../../../src/lib/veiviser';
import type { Outcome } from '../../../src/lib/wizard';
import { allPaths } from './helpers';

// Every prebuilt step and result URL with what it shows, committed before the flow changed, so
// shared links, bookmarks and printed QR codes keep opening the same thing (issue 10, item 6).
// A line: path, kind, and the fingerprint: the question a step asks, or the verdict per route
// (F = passer, M = kan passe, N = passer ikke), the «Vet ikke» questions, and a hash of the whole
// outcome (texts included) as of the snapshot.
const FILE = 'tests/unit/wizard/result-urls.txt';
const UPDATE = 'UPDATE_WIZARD_URLS';

const hash = (o: Outcome) => createHash('sha1').update(JSON.stringify(o)).digest('hex').slice(0, 12);
const verdicts = (o: Outcome) =>
  `F=${o.fits.map((r) => r.routeId).join(',')} M=${o.mayFit.map((r) => r.routeId).join(',')} N=${o.notFit.map((r) => r.routeId).join(',')} U=${o.unknowns.map((u) => u.questionId).join(',')}`;

/** What a URL shows now, in the snapshot's line format; null when it no longer parses. */
function fingerprint(path: string): { kind: string; meaning: string; hash: string } | null {
  const answers = parseAnswers(path);
  if (!answers) return null;
  const question = nextQuestion(answers);
  if (question) return { kind: 'step', meaning: `Q=${question.id}`, hash: '-' };
  const outcome = evaluate(answers) as Outcome;
  return { kind: 'result', meaning: verdicts(outcome), hash: hash(outcome) };
}

const line = (path: string) => {
  const f = fingerprint(path);
  return f ? `${path}\t${f.kind}\t${f.meaning}\t${f.hash}` : `${path}\tgone`;
};

const committed = readFileSync(FILE, 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t'));

it('writes the snapshot only when asked (UPDATE_WIZARD_URLS=1)', () => {
  if (process.env[UPDATE] === '1') writeFileSync(FILE, `${allPaths.map((p) => line(p.path)).join('\n')}\n`);
  expect(committed.length).toBeGreaterThan(1000);
});

it('opens every snapshot URL as the same kind of page with the same question or the same verdicts (issue 10, item 6)', () => {
  const changed = committed.filter(([path, kind, meaning]) => {
    const now = fingerprint(path as string);
    return !now || now.kind !== kind || now.meaning !== meaning;
  });
  expect(changed.map((c) => `${c[0]}\n  was ${c[1]} ${c[2]}\n  now ${line(c[0] as string)}`).slice(0, 5)).toEqual([]);
});

it('gives every snapshot result the identical outcome, texts included (the refactor changes no behaviour)', () => {
  const changed = committed.filter(([path, kind, , h]) => kind === 'result' && fingerprint(path as string)?.hash !== h);
  expect(changed.map((c) => c[0]).slice(0, 5)).toEqual([]);
});

it('lists every URL the flow reaches', () => {
  const listed = new Set(committed.map((c) => c[0]));
  expect(allPaths.filter((p) => !listed.has(p.path)).map((p) => p.path).slice(0, 5)).toEqual([]);
});
