import { identity, type Translate } from '../../i18n/translate';
import type { VeiviserText } from '../../i18n/veiviser';
import { TITLE_MAX } from '../title';
import { sectors } from '../vocabulary';
import type { Answers } from './questions';
import { shortLabel } from './short';

/**
 * The page title of a step, the same for the prebuilt page and the island (which wraps it with
 * documentTitle, as BaseLayout does), so titles do not differ with and without JavaScript.
 */
export function stepPageTitle(
  text: VeiviserText,
  index: number,
  question: string,
  isStart: boolean
): string {
  return isStart ? text.startTitle : `${text.stepTitle(index, question)} – ${text.title}`;
}

/** «Vikariat 6–12 mnd., fra arbeidstrening», «Kommune, fast behov»: nothing about the person. */
export function resultTitleHead(
  answers: Answers,
  text: VeiviserText,
  tr: Translate = identity
): string {
  const t = text.resultPageTitle;
  // The site is for state employers first: only another sector is named.
  const sector =
    answers.sektor === 'statlig'
      ? undefined
      : tr(sectors.find((s) => s.id === answers.sektor)?.short ?? '');
  const need = [
    t.ground[answers.grunnlag ?? ''] ?? t.need[answers.behov ?? ''],
    t.duration[answers.varighet ?? ''],
  ]
    .filter(Boolean)
    .join(' ');
  const head = [sector, need, t.situation[answers.situasjon ?? '']].filter(Boolean).join(', ');
  return head.charAt(0).toUpperCase() + head.slice(1);
}

const withoutRef = (label: string) => label.replace(/\s*\(§[^)]*\)$/, '');

/**
 * A result's <title>, so results differ in a tab list and in history (issue 18, item 7): the
 * need, then the first two routes that fit or may fit, in the order of the verdict list. Within
 * TITLE_MAX: a legal reference goes before the second route does.
 */
export function resultPageTitle(
  outcome: {
    readonly answers: Answers;
    readonly fits: readonly { readonly routeId: string }[];
    readonly mayFit: readonly { readonly routeId: string }[];
  },
  text: VeiviserText,
  tr: Translate = identity
): string {
  const head = resultTitleHead(outcome.answers, text, tr);
  const [first, second] = [...outcome.fits, ...outcome.mayFit].map((r) =>
    tr(shortLabel(r.routeId))
  );
  if (!first) return `${head}: ${text.resultPageTitle.none}`;
  const candidates = second
    ? [
        `${first}, ${second}`,
        `${first}, ${withoutRef(second)}`,
        `${withoutRef(first)}, ${withoutRef(second)}`,
        first,
      ]
    : [first];
  const titles = [...candidates, withoutRef(first)].map((routes) => `${head}: ${routes}`);
  return titles.find((title) => title.length <= TITLE_MAX) ?? titles.at(-1)!;
}
