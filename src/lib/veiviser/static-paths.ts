import { idsIn } from '../content/known-ids';
import { urls } from '../urls';
import { aliasPaths, checkFlow, reachablePaths } from './index';
import type { Answers } from './questions';

// The prebuilt wizard pages of one written form: every step and result, and in bokmål also the
// old addresses of the alias table (the nynorsk wizard is new and has none).

export interface WizardPageProps {
  readonly kind: 'step' | 'result' | 'alias';
  readonly answers: Answers;
  /** The page's path in bokmål; a nynorsk page is the same under /nn. */
  readonly path: string;
  readonly to: string | undefined;
}

export function wizardStaticPaths(withAliases: boolean) {
  checkFlow({ legalRefIds: idsIn('lovhenvisninger.yaml'), kildeIds: idsIn('kilder.yaml') });
  const pages = reachablePaths()
    .filter((p) => p.param !== undefined)
    .map((p) => ({
      params: { path: p.param },
      props: { kind: p.kind, answers: p.answers, path: p.path, to: undefined } as WizardPageProps,
    }));
  if (!withAliases) return pages;
  // Old URLs from the alias table: a page that points to the new address.
  const redirects = aliasPaths().map(({ from, to }) => ({
    params: { path: from.slice(urls.veiviser.length, -1) },
    props: { kind: 'alias', answers: {}, path: from, to } as WizardPageProps,
  }));
  return [...pages, ...redirects];
}
