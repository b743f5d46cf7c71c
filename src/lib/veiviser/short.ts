import { documentTitle } from '../title';
import type { EvaluatedRoute } from './rules';
import type { VeiviserOutcome } from './outcome';

/** One-line names for the answer at the top of a result (≤ 35 characters; issue 10, item 1). */
export const shortLabels: Record<EvaluatedRoute, string> = {
  'ordinaer-ansettelse': 'Vanlig utlysning',
  'administrativ-ansettelse': 'Administrativ ansettelse (§ 7)',
  'midlertidig-ansettelse': 'Midlertidig ansettelse (§ 9)',
  'unntak-lonnstilskudd': 'Stilling uten utlysning (§ 3a b)',
  traineeprogrammet: 'Traineeprogrammet',
  'fast-etter-trainee': 'Fast etter traineeperioden',
  lonnstilskudd: 'Midlertidig lønnstilskudd',
  arbeidstrening: 'Arbeidstrening',
  mentor: 'Mentor',
  inkluderingstilskudd: 'Inkluderingstilskudd',
};

export const shortLabel = (id: string) => shortLabels[id as EvaluatedRoute] ?? id;

/**
 * The result's page title, one fixed pattern from the short labels: the first route that fits,
 * else the first that may fit. Kept within the title limit by documentTitle (issue 10, item 7).
 */
export function resultPageTitle(outcome: Pick<VeiviserOutcome, 'fits' | 'mayFit'>): string {
  const first = outcome.fits[0];
  if (first) return `Resultat: ${shortLabel(first.routeId)} passer`;
  const may = outcome.mayFit[0];
  return may
    ? `Resultat: ${shortLabel(may.routeId)} kan passe`
    : 'Resultat: ingen vei passer sikkert';
}

export const resultDocumentTitle = (
  outcome: Pick<VeiviserOutcome, 'fits' | 'mayFit'>,
  siteName: string
) => documentTitle(resultPageTitle(outcome), siteName);
