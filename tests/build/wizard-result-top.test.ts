import { veiviserText } from '../../src/i18n/veiviser';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { expect, test } from 'vitest';
import { t } from '../../src/i18n/nb';
import { documentTitle, TITLE_MAX } from '../../src/lib/title';
import { actFor } from '../../src/lib/veiviser/act';
import type { EvaluatedRoute } from '../../src/lib/veiviser/rules';
import { resultPageTitle } from '../../src/lib/veiviser/titles';
import { answerInWords } from '../../src/lib/veiviser/first-line';
import { factsOf } from '../../src/lib/veiviser/outcome';
import { EMPLOYER_WORDS, SENSITIVE_WORDS } from '../../src/lib/veiviser/schema';
import { requireDist } from '../support/dist';
import { printedResultText } from '../support/printed-text';
import { results } from '../support/wizard-sample';

// Issue 18, items 6 and 7, over every prebuilt result: a title that tells results apart, share,
// print and the answers at the top, verdict links into the route's details, the «Godt å vite»
// notes and the answer in words on paper, and who acts with a link to the place to act.
requireDist();
const html = new Map(results.map((r) => [r.path, readFileSync(`dist${r.path}index.html`, 'utf8')]));
const decode = (s: string) =>
  s
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
const textOf = (s: string) => decode(s.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');

test('every result has its own kind of <title>: the need and the first routes, ≤ 70 characters, no sensitive word', () => {
  const problems: string[] = [];
  const count = new Map<string, number>();
  for (const r of results) {
    const title = decode(/<title>([^<]*)<\/title>/.exec(html.get(r.path)!)?.[1] ?? '');
    const expected = documentTitle(resultPageTitle(r.outcome, veiviserText), t.siteName);
    if (title !== expected) problems.push(`${r.path}: «${title}», ventet «${expected}»`);
    if (title.length > TITLE_MAX) problems.push(`${r.path}: ${title.length} tegn`);
    const bad = title
      .toLowerCase()
      .split(/[^a-zæøå0-9]+/)
      .filter((w) => !EMPLOYER_WORDS.includes(w) && SENSITIVE_WORDS.some((s) => w.startsWith(s)));
    if (bad.length > 0) problems.push(`${r.path}: sensitivt ord ${bad.join(', ')}`);
    count.set(title, (count.get(title) ?? 0) + 1);
  }
  expect(problems.slice(0, 10), `${problems.length} problemer`).toEqual([]);
  const largest = Math.max(...count.values());
  console.info(
    `titler: ${count.size} ulike på ${results.length} resultater, største gruppe ${largest}`
  );
  expect(count.size).toBeGreaterThanOrEqual(80);
  expect(largest / results.length).toBeLessThan(0.08);
});

test('«Kopier lenke», «Skriv ut», the QR code and «Svarene deres» come right after the verdicts, before every other section', () => {
  const problems: string[] = [];
  for (const r of results) {
    const page = html.get(r.path)!;
    const verdicts = page.indexOf('class="wizard-verdicts"');
    const top = ['data-copy-link', 'data-print', 'class="qr-code"', 'href="#svarene"'].map((s) =>
      page.indexOf(s, verdicts)
    );
    const firstSection = Math.min(
      ...['godt-a-vite', 'forskjeller', 'malgruppe', 'finn-ut', 'passer', 'kan-passe']
        .map((id) => page.indexOf(`<h2 id="${id}"`))
        .filter((i) => i >= 0)
    );
    if (verdicts < 0 || top.some((i) => i < 0 || i > firstSection))
      problems.push(`${r.path}: ${top.join(', ')} / ${firstSection}`);
    if (!page.includes('id="svarene"')) problems.push(`${r.path}: mangler #svarene`);
  }
  expect(problems.slice(0, 10), `${problems.length} problemer`).toEqual([]);
});

test("every link in the verdict list points into its route's «Detaljer», so following it opens them", () => {
  const problems: string[] = [];
  let links = 0;
  for (const r of results) {
    const page = html.get(r.path)!;
    // The verdict list only (it has no nested list); the share block and the table follow it.
    const list = /<ul class="wizard-verdicts"[\s\S]*?<\/ul>/.exec(page)?.[0] ?? '';
    for (const [, id] of list.matchAll(/<a class="ds-link" href="#([^"]+)"/g)) {
      links++;
      // The target is the content of a <details>: its summary comes right before it.
      if (!new RegExp(`<summary>[^<]*</summary>\\s*<div id="${id}"`).test(page))
        problems.push(`${r.path}: #${id} ligger ikke rett inni en <details>`);
    }
  }
  expect(links).toBeGreaterThan(results.length);
  expect(problems.slice(0, 10), `${problems.length} problemer`).toEqual([]);
});

test('on paper, each result keeps every «Godt å vite» note, the answer in words and each fitting route’s first step', () => {
  const problems: string[] = [];
  let checked = 0;
  for (const r of results) {
    const page = html.get(r.path)!;
    const printed = printedResultText(page);
    const wanted = [
      ...r.outcome.notices.map((n) => n.label ?? n.text),
      ...answerInWords(factsOf(r.outcome)),
      ...r.outcome.fits.flatMap((a) => a.nextSteps.slice(0, 1)),
    ];
    for (const w of wanted) {
      checked++;
      if (!printed.includes(w)) problems.push(`${r.path}: mangler «${w.slice(0, 50)}»`);
    }
    // The routes' own sections fold away on paper: their facts are in the verdict lines.
    if (printed.includes(veiviserText.readMore)) problems.push(`${r.path}: «Les mer» på papir`);
  }
  expect(checked).toBeGreaterThan(2000);
  expect(problems.slice(0, 10), `${problems.length} problemer`).toEqual([]);
});

test('each fitting route says who acts and links to the place to act, with the address from content/kilder.yaml', () => {
  const kilder = load(readFileSync('content/kilder.yaml', 'utf8')) as {
    id: string;
    url?: string;
  }[];
  const problems: string[] = [];
  let linked = 0;
  for (const r of results) {
    const page = html.get(r.path)!;
    const state = r.outcome.answers.sektor === 'statlig';
    for (const [list, advice] of [
      ...r.outcome.fits.map((a) => ['passer', a] as const),
      ...r.outcome.mayFit.map((a) => ['kan-passe', a] as const),
    ]) {
      const act = actFor(advice.routeId as EvaluatedRoute, state);
      const start = page.indexOf(`<div id="detaljer-${list}-${advice.routeId}">`);
      const part = start < 0 ? '' : page.slice(start, page.indexOf('</details>', start));
      if (!textOf(part).includes(act.text))
        problems.push(`${r.path}: ${advice.routeId} sier ikke hvem som gjør hva`);
      if (act.place) {
        const url = kilder.find((k) => k.id === act.place!.kilde)?.url;
        if (!url || !part.includes(`href="${url}"`))
          problems.push(`${r.path}: ${advice.routeId} lenker ikke til ${url}`);
        else linked++;
      }
    }
  }
  expect(linked).toBeGreaterThan(results.length);
  expect(problems.slice(0, 10), `${problems.length} problemer`).toEqual([]);
});
