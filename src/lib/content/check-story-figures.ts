// Build check: every figure in a story carries its year. Outcome figures need `year` («2022»,
// «2020–2022» or «udatert»); in the title, summary and body a sentence with a percentage, a kroner
// amount, «N av M» or a count of people or posts needs a year in the same sentence, or the word
// «udatert» (visible, or as the marker {/* udatert */} where the text already says the source gives none).
import { sentences, lineAt } from './sentences';

// Bokmål and nynorsk (the stories written in nynorsk, issue 20).
const small = 'en|én|ett|ein|éin|eitt|to|tre|fire|fem|seks|sju|åtte|ni|ti|elleve|tolv|tjue|hundre';
const num = `(?:\\d[\\d  ]*(?:,\\d+)?|${small})`;
// Attempts count too («tre ganger», «tre forsøk»): review 2026-12-06, D4.
const counted =
  'personer|ansatte|nyansatte|deltakere|kandidater|stillinger|ledere|virksomheter|arbeidsgivere|akademikere|kull|medarbeidere|lærlinger|plasser|ansettelser|informanter|bedrifter|ganger|forsøk|' +
  'personar|tilsette|nytilsette|deltakarar|kandidatar|stillingar|leiarar|verksemder|arbeidsgivarar|akademikarar|medarbeidarar|lærlingar|plassar|tilsetjingar|informantar|bedrifter|gonger';
const figurePatterns = [
  new RegExp(`(?<![\\p{L}\\d])\\d+(?:,\\d+)?\\s?(?:prosent\\b|%)`, 'giu'),
  /(?<![\p{L}\d])\d{1,3}(?:[  ]\d{3})*\s?kroner\b/giu,
  new RegExp(`(?<![\\p{L}\\d])${num}\\s+av\\s+${num}(?![\\p{L}\\d])`, 'giu'),
  /\b(?:hver|kvar)\s+(?:tiende|tiande|femte|fjerde|tredje|andre)\b/giu,
  new RegExp(`(?<![\\p{L}\\d])${num}\\s+(?:${counted})(?![\\p{L}])`, 'giu'),
];
const year = /(?<!\d)(?:19|20)\d{2}(?!\d)/;
const undated = /udatert/i;

/** Figures in a piece of text that has no year and no «udatert». */
function undatedFigures(text: string): string[] {
  const visible = text.replace(/<SourceRef\b[^>]*\/>/g, ' ').replace(/\]\([^)]*\)/g, ']');
  if (year.test(visible) || undated.test(text)) return [];
  return figurePatterns.flatMap((p) => [...visible.matchAll(p)].map((m) => m[0].trim()));
}

interface Outcome {
  text: string;
  figure?: string;
  year?: string;
}
interface Story {
  title: string;
  summary: string;
  outcomes: Outcome[];
  steps?: string[];
  /** «Kort fortalt» (issue 19): four short texts on the first screen, checked like the summary. */
  brief?: { did: string; forWhom: string; route: string; result: string };
}

const message = (file: string, where: string, found: string) =>
  `${file}: ${where}: «${found}» står uten år; skriv året i setningen, eller «udatert» når kilden ikke gir det`;

/** Problems as «file: linje N / field: message»; empty when every figure has its year. */
export function storyFigureProblems(file: string, raw: string, data: Story): string[] {
  const problems: string[] = [];
  data.outcomes.forEach((o, i) => {
    if (!o.year && (o.figure || undatedFigures(o.text).length > 0)) {
      problems.push(
        `${file}: outcomes.${i}: «${o.figure ?? o.text}» mangler year («2022», «2020–2022» eller «udatert»)`
      );
    }
  });
  for (const field of ['title', 'summary'] as const) {
    for (const found of undatedFigures(data[field])) problems.push(message(file, field, found));
  }
  for (const [field, value] of Object.entries(data.brief ?? {}))
    for (const found of undatedFigures(value))
      problems.push(message(file, `brief.${field}`, found));
  // Steps are shown as a list on the page, so each step is checked like a sentence of the body.
  (data.steps ?? []).forEach((step, i) => {
    for (const found of undatedFigures(step)) problems.push(message(file, `steps.${i}`, found));
  });
  const lines = raw.split('\n');
  const end = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
  const body = lines.map((line, i) => (i <= end ? '' : line)).join('\n');
  for (const s of sentences(body)) {
    if (s.heading) continue;
    for (const found of undatedFigures(s.text))
      problems.push(message(file, `linje ${lineAt(s, s.text.indexOf(found))}`, found));
  }
  return problems;
}
