import { sectionId, type Verdict } from './answer';

/**
 * The content of a route's «Detaljer» on a result. The verdict list links here, not to the
 * heading: a link to an element inside a closed <details> opens it (the browser does so on
 * fragment navigation; src/scripts/open-fragment.ts too), so the reader lands on the reasons.
 */
export const detailsId = (verdict: Verdict, routeId: string) =>
  `detaljer-${sectionId(verdict, routeId)}`;
