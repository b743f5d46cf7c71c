import { DomUtils, parseDocument } from 'htmlparser2';
import type { AnyNode, Element } from 'domhandler';
import { flow, type Answers } from '../../src/lib/veiviser';
import { resultFacts, type ResultFacts, type RouteFacts } from '../../src/lib/veiviser/model';
import { withAnswer } from '../../src/lib/veiviser/outcome';
import { evaluatedRoutes, type EvaluatedRoute } from '../../src/lib/veiviser/rules';
import { shortLabels } from '../../src/lib/veiviser/short';
import { route } from '../../src/lib/vocabulary';

// Issue 18, item 1: every percentage and month count on a result page, visible or folded, is one
// the facts model gives for that result (or, in «Hva svaret endrer», for the other answer), and no
// route the model closes («Passer ikke») is named as possible anywhere on the page.

const SKIP = new Set(['script', 'style', 'template', 'svg', 'noscript']);
const BLOCK = new Set([
  'p',
  'li',
  'td',
  'th',
  'summary',
  'h1',
  'h2',
  'h3',
  'h4',
  'dt',
  'dd',
  'div',
]);

/** The text lines of <main>, folded parts included; `skipId` leaves out one element (by id). */
export function mainLines(html: string, skipId?: string): string[] {
  const main = DomUtils.findOne((e) => e.name === 'main', parseDocument(html).children);
  if (!main) throw new Error('ingen <main>');
  const out: string[] = [];
  let line = '';
  const walk = (node: AnyNode) => {
    if (node.type === 'text') {
      line += (node as unknown as { data: string }).data;
      return;
    }
    if (node.type !== 'tag') return;
    const el = node as Element;
    if (SKIP.has(el.name) || (skipId && el.attribs.id === skipId)) return;
    const block = BLOCK.has(el.name);
    if (block) {
      out.push(line);
      line = '';
    }
    el.children.forEach(walk);
    if (block) {
      out.push(line);
      line = '';
    }
  };
  walk(main);
  out.push(line);
  return out
    .map((l) =>
      l
        .replace(/&nbsp;|\u00a0/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
    )
    .filter(Boolean);
}

/** Every percentage and month figure a facts model gives. */
function modelNumbers(f: ResultFacts) {
  const percent = new Set<number>();
  const months = new Set<number>();
  const rate = (r: {
    firstRate: number;
    laterRate: number;
    reducedAfterMonths: number;
    maxMonths: number;
  }) => {
    percent.add(r.firstRate).add(r.laterRate);
    months.add(r.reducedAfterMonths).add(r.maxMonths);
  };
  for (const r of Object.values(f.routes) as RouteFacts[]) {
    const l = r.longest;
    if ('months' in l) months.add(l.months);
    if ('withReglement' in l) months.add(l.withReglement);
    if ('onE' in l) months.add(l.onE);
    if ('extension' in l) months.add(l.extension).add(l.months + l.extension);
    r.figures.forEach((n) => months.add(n));
    if (r.subsidy && r.subsidy.kind !== 'used') rate(r.subsidy.rate);
    if (r.subsidy?.kind === 'open') rate(r.subsidy.ifNedsatt);
  }
  return { percent, months };
}

/** The models a page may speak of: its own, and for each «Vet ikke» every other answer's. */
export function modelsFor(a: Answers): ResultFacts[] {
  const models = [resultFacts(a)];
  for (const q of flow.questions) {
    const chosen = q.answers.find((x) => x.slug === a[q.id as keyof Answers]);
    if (!chosen?.unknown) continue;
    for (const x of q.answers.filter((y) => !y.unknown)) {
      const b = withAnswer(a, q.id, x.slug);
      if (b) models.push(resultFacts(b));
    }
  }
  return models;
}

/** Names a reader would take for the route. */
const ALIASES: Record<EvaluatedRoute, readonly string[]> = {
  'ordinaer-ansettelse': [],
  'administrativ-ansettelse': ['§ 7', 'administrativ ansettelse'],
  'midlertidig-ansettelse': ['midlertidig ansettelse (§ 9)'],
  'unntak-lonnstilskudd': ['§ 3a b'],
  traineeprogrammet: ['traineeprogrammet'],
  'fast-etter-trainee': ['fast etter traineeperioden'],
  lonnstilskudd: [],
  arbeidstrening: ['arbeidstrening'],
  mentor: [],
  inkluderingstilskudd: [],
};
const names = (id: EvaluatedRoute) =>
  [...ALIASES[id], shortLabels[id], route(id).label].map((s) => s.toLowerCase());
const POSSIBLE = /\b(kan (da |også )?passe|passer)\b(?! ikke)/i;

/** What contradicts the facts model on one built result page. */
export function pageProblems(html: string, a: Answers): string[] {
  const problems: string[] = [];
  const models = modelsFor(a);
  const own = models[0]!;
  const allowed = models.map(modelNumbers);
  const ok = (kind: 'percent' | 'months', n: number) => allowed.some((x) => x[kind].has(n));
  // The reader's own answers («Mer enn 6 måneder, inntil 1 år») are not facts the page states.
  const labels = flow.questions.flatMap((q) => q.answers.map((x) => x.label));
  const text = labels.reduce((t, l) => t.split(l).join(' '), mainLines(html).join('\n'));
  for (const m of text.matchAll(/(\d+)(?:–(\d+))? %/g))
    for (const n of [m[1], m[2]].filter(Boolean).map(Number))
      if (!ok('percent', n)) problems.push(`${n} % står ikke i modellen`);
  for (const m of text.matchAll(/(\d+) (mnd\.|måneder|månedene)/g))
    if (!ok('months', Number(m[1]))) problems.push(`${m[1]} ${m[2]} står ikke i modellen`);
  // Outside the folded «Passer ikke» list, a closed route is never said to fit.
  const closed = evaluatedRoutes.filter((id) => own.routes[id].verdict === 'notFit');
  const sentences = mainLines(html, 'passer-ikke').flatMap((l) => l.split(/(?<=[.!?])\s+/));
  for (const s of sentences) {
    if (!POSSIBLE.test(s)) continue;
    const lower = s.toLowerCase();
    for (const id of closed)
      if (names(id).some((n) => n.length > 0 && lower.includes(n)))
        problems.push(`«${s}» nevner ${id} som mulig, men modellen sier «Passer ikke»`);
  }
  return [...new Set(problems)];
}
