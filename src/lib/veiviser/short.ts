import type { EvaluatedRoute } from './rules';

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
