// Every internal URL is built here, so links and tests agree.
export const urls = {
  home: '/',
  regelverk: '/regelverk/',
  regelverkPage: (slug: string) => `/regelverk/${slug}/`,
  veiviser: '/veiviser/',
  /** The wizard in nynorsk (språklova § 14): the same paths under /nn/. */
  veiviserNn: '/nn/veiviser/',
  historier: '/suksesshistorier/',
  om: '/om/',
  kilder: '/om/#kilder',
  tilgjengelighet: '/tilgjengelighetserklaering/',
  personvern: '/personvern/',
  endringslogg: '/endringslogg/',
  ordliste: '/ordliste/',
  faq: '/ofte-stilte-sporsmal/',
  survey: '/hva-arbeidsgivere-forteller/',
  sok: '/sok/',
  /** The short page in English. */
  en: '/en/',
} as const;

/** Absolute URL on the configured site (Astro.site), for print, QR codes and copy-link. */
export function absolute(path: string, site: URL | undefined): string {
  if (!site) throw new Error('site is not set in astro.config.mjs');
  return new URL(path, site).href;
}

/** A story, and a static filter page over the stories (`/suksesshistorier/rute/lonnstilskudd/`). */
export const historieUrl = (slug: string) => `${urls.historier}${slug}/`;
export const historieFilterUrl = (facet: string, value: string) =>
  `${urls.historier}${facet}/${value}/`;
/** The page of short examples (issue 19); `slug` gives an example's own section on it. */
export const SHORT_EXAMPLES_SLUG = 'korte-eksempler';
export const shortExamplesUrl = (slug?: string) =>
  `${urls.historier}${SHORT_EXAMPLES_SLUG}/${slug ? `#${slug}` : ''}`;

/** A wizard page in the other written form, /veiviser/… ↔ /nn/veiviser/…, and that form. */
export function wizardTwin(path: string): { path: string; lang: 'nb' | 'nn' } {
  return path.startsWith(urls.veiviserNn)
    ? { path: path.slice('/nn'.length), lang: 'nb' }
    : { path: `/nn${path}`, lang: 'nn' };
}

/**
 * `to` relative to the page `from` when `to` is one of its parent directories (a wizard step
 * before this one): «../../» instead of the full path, which repeats on every «Endre» link of
 * ~5,500 prebuilt wizard pages (issue 20: dist/ ≤ 200 MB). Anything else stays as it is.
 */
export function upTo(from: string, to: string): string {
  if (!from.endsWith('/') || !to.endsWith('/') || !from.startsWith(to)) return to;
  const levels = from.slice(to.length).split('/').filter(Boolean).length;
  return levels === 0 ? './' : '../'.repeat(levels);
}

/** A prebuilt wizard step or result (not the start page), in either written form: never indexed. */
export const isWizardPage = (path: string) => /^\/(nn\/)?veiviser\/./.test(path);
