// Every internal URL is built here, so links and tests agree.
export const urls = {
  home: '/',
  regelverk: '/regelverk/',
  regelverkPage: (slug: string) => `/regelverk/${slug}/`,
  veiviser: '/veiviser/',
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
