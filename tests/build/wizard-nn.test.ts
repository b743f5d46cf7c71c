import { existsSync, readFileSync } from 'node:fs';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { AnyNode, Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import catalogue from '../../src/i18n/veiviser-nn.json';
import { veiviserText } from '../../src/i18n/veiviser';
import { veiviserTextNn } from '../../src/i18n/veiviser-nn';
import { flowData } from '../../src/lib/veiviser/flow';
import { flowDataNn } from '../../src/lib/veiviser/flow-nn';
import { distFile, requireDist } from '../support/dist';
import { paths } from '../support/wizard-sample';

// Issue 20, item 1 (språklova § 14): every bokmål wizard page has a nynorsk twin under /nn/ that
// states the same verdicts, rates and limits, and neither form shows the other's UI text. Over
// every prebuilt step and result.
requireDist();

const SKIP = new Set(['script', 'style', 'template', 'svg', 'noscript']);

/** The text of the named elements, leaving out parts marked with another language than `lang`. */
function pageText(html: string, lang: string, names = ['main']): string {
  const doc = parseDocument(html);
  const parts: string[] = [];
  const walk = (node: AnyNode) => {
    if (node.type === 'text') parts.push((node as unknown as { data: string }).data);
    if (node.type !== 'tag') return;
    const el = node as Element;
    if (SKIP.has(el.name) || (el.attribs.lang && el.attribs.lang !== lang)) return;
    el.children.forEach(walk);
  };
  for (const name of names) DomUtils.findAll((e) => e.name === name, doc.children).forEach(walk);
  return parts
    .join(' ')
    .replace(/&nbsp;|\u00a0/g, ' ')
    .replace(/\s+/g, ' ');
}

const verdicts = (html: string) =>
  [...html.matchAll(/id="(passer-ikke|passer|kan-passe)-([a-z0-9-]+)"/g)]
    .map((m) => `${m[1]}:${m[2]}`)
    .sort();
const numbers = (text: string) => (text.match(/\d+(?:[.,]\d+)?/g) ?? []).sort();
/** What one list of figures has more of than the other, both ways. */
function figureDiff(a: string[], b: string[]): string {
  const count = (xs: string[]) =>
    xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>());
  const [ca, cb] = [count(a), count(b)];
  const more = (x: Map<string, number>, y: Map<string, number>) =>
    [...x].filter(([k, n]) => n > (y.get(k) ?? 0)).map(([k, n]) => `${k}×${n - (y.get(k) ?? 0)}`);
  return `bokmål har flere ${more(ca, cb).join(' ') || '–'}, nynorsk har flere ${more(cb, ca).join(' ') || '–'}`;
}

/** For each pair of forms, the longest piece of `a` (between placeholders) that `b` lacks. */
function distinctive(pairs: [string, string][]): string[] {
  return pairs.flatMap(([a, b]) => {
    const piece = a
      .split(/\{\d+\}/)
      .map((p) => p.trim())
      .filter((p) => p.length >= 14 && !b.includes(p))
      .sort((x, y) => y.length - x.length)[0];
    return piece ? [piece] : [];
  });
}

/** Every text pair the wizard has: the catalogue, the page texts and the questions. */
function textPairs(): [string, string][] {
  const pairs: [string, string][] = Object.entries(catalogue as Record<string, string>);
  const walk = (nb: unknown, nn: unknown) => {
    if (typeof nb === 'string' && typeof nn === 'string') pairs.push([nb, nn]);
    else if (nb && typeof nb === 'object' && nn && typeof nn === 'object')
      for (const key of Object.keys(nb)) walk((nb as never)[key], (nn as never)[key]);
  };
  const { acts: _acts, ...pageTexts } = veiviserText;
  walk(pageTexts, veiviserTextNn);
  flowData.questions.forEach((q, i) => {
    const n = flowDataNn.questions[i]!;
    walk(
      [q.text, q.help, ...q.answers.flatMap((a) => [a.label, a.help])],
      [n.text, n.help, ...n.answers.flatMap((a) => [a.label, a.help])]
    );
  });
  return pairs.filter(([nb, nn]) => nb !== nn);
}

const pages = paths.filter((p) => p.param !== undefined || p.path === '/veiviser/');
const pairs = textPairs();
const bokmalOnly = distinctive(pairs);
const nynorskOnly = distinctive(pairs.map(([nb, nn]) => [nn, nb]));

describe('the wizard in nynorsk (språklova § 14)', () => {
  it('has a nynorsk twin of every bokmål step and result, and no other', () => {
    expect(pages.length).toBeGreaterThan(2_000);
    const missing = pages.filter((p) => !existsSync(distFile(`/nn${p.path}`)));
    expect(missing.map((p) => p.path).slice(0, 10), `${missing.length} mangler`).toEqual([]);
  });

  it('knows enough of each form to tell them apart', () => {
    expect(bokmalOnly.length).toBeGreaterThan(300);
    expect(nynorskOnly.length).toBeGreaterThan(300);
  });

  it('states the same verdicts and figures in both forms, and neither shows the other’s text', () => {
    const problems: string[] = [];
    // The same detectors find each form's own text on its own pages: they can see a mix-up.
    let ownSeen = 0;
    for (const p of pages) {
      const nbHtml = readFileSync(distFile(p.path), 'utf8');
      const nnHtml = readFileSync(distFile(`/nn${p.path}`), 'utf8');
      // The figures of <main>; the <title> may drop a «(§ 7)» to stay within 70 characters.
      const [nb, nn] = [pageText(nbHtml, 'nb'), pageText(nnHtml, 'nn')];
      const [nbAll, nnAll] = [
        pageText(nbHtml, 'nb', ['title', 'main']),
        pageText(nnHtml, 'nn', ['title', 'main']),
      ];
      if (!nnHtml.startsWith('<!DOCTYPE html><html lang="nn"'))
        problems.push(`${p.path}: nynorsk side uten lang="nn"`);
      if (!nnHtml.includes(`href="${p.path}" lang="nb"`))
        problems.push(`${p.path}: nynorsk side uten lenke til bokmål`);
      if (!nbHtml.includes(`href="/nn${p.path}" lang="nn"`))
        problems.push(`${p.path}: bokmålsside uten lenke til nynorsk`);
      if (p.kind === 'result' && verdicts(nbHtml).join() !== verdicts(nnHtml).join())
        problems.push(`${p.path}: ulike svar ${verdicts(nbHtml)} / ${verdicts(nnHtml)}`);
      if (numbers(nb).join() !== numbers(nn).join())
        problems.push(`${p.path}: ulike tall: ${figureDiff(numbers(nb), numbers(nn))}`);
      if (bokmalOnly.some((s) => nbAll.includes(s)) && nynorskOnly.some((s) => nnAll.includes(s)))
        ownSeen++;
      const nbOnNn = bokmalOnly.find((s) => nnAll.includes(s));
      if (nbOnNn) problems.push(`${p.path}: bokmål på nynorsk side: «${nbOnNn}»`);
      const nnOnNb = nynorskOnly.find((s) => nbAll.includes(s));
      if (nnOnNb) problems.push(`${p.path}: nynorsk på bokmålsside: «${nnOnNb}»`);
    }
    expect(problems.slice(0, 15), `${problems.length} problemer`).toEqual([]);
    expect(ownSeen).toBe(pages.length);
  });

  it('links the twins with hreflang on both sides', () => {
    for (const path of ['/veiviser/', pages.at(-1)!.path]) {
      for (const [own, other] of [
        [path, `/nn${path}`],
        [`/nn${path}`, path],
      ]) {
        const head = readFileSync(distFile(own!), 'utf8').split('</head>')[0]!;
        expect(head).toMatch(new RegExp(`hreflang="n[bn]" href="https://[^"]+${other}"`));
      }
    }
  });
});
