import type { Page } from '@playwright/test';
import { isWizardPage } from '../../src/lib/urls';
import { expect, test } from '../support/reused-page';
import { goto } from '../support/goto';
import { nb, type Dictionary } from '../../src/i18n/nb';
import { nn } from '../../src/i18n/nn';

// Issue 19, item 6 (review 2026-12-06 part 4, screen-reader proxy): one page per template, read as
// a screen reader gets it (Playwright's aria snapshot). The landmarks are the frame and few named
// ones (a result page had ten regions: every <section aria-labelledby> was one); every «Kopier
// lenke» names its heading; no link is named by a whole paragraph. The templates below match
// parts of the tree in order; the landmark list and the link names are checked in full.

// The frame's names in the page's written form (a rule page may be in nynorsk). A wizard step or
// result has the «Søk» link in the menu instead of the header's search form (issue 20: size).
const frame = (d: Dictionary, path: string) => [
  'banner',
  `navigation "${d.nav.label}"`,
  // /sok/ has one search landmark: its own box, not also the header's.
  ...(isWizardPage(path) || path.startsWith('/sok/') ? [] : [`search "${d.search.headerLabel}"`]),
];
const crumbs = (d: Dictionary) => `navigation "${d.breadcrumbs.label}"`;
const footer = (d: Dictionary) => ['contentinfo', `navigation "${d.footer.label}"`];
const corrections = '/^(Endret på denne siden|Endra på denne sida) \\(\\d+\\)$/';
/** The longest link name a reader should hear (words); a paragraph is far longer. */
const MAX_LINK_WORDS = 20;

interface Template {
  name: string;
  path: string;
  /** Landmarks inside main, in order. */
  inMain: string[] | ((d: Dictionary) => string[]);
  /** A template of main's tree (partial: these nodes, in this order). */
  main: string;
}

const copyLink = '- link /^Kopier lenke til «.+»$/';
const templates: Template[] = [
  {
    name: 'home',
    path: '/',
    inMain: ['complementary "Hvem gjelder reglene for?"'],
    main: `
- heading [level=1]
- complementary "Hvem gjelder reglene for?"
- heading [level=2]
`,
  },
  {
    name: 'rule page',
    path: '/regelverk/unntak-fra-utlysning/',
    inMain: (d) => [`navigation "${d.page.toc}"`],
    main: `
- article:
  - heading [level=1]
  - group: ${corrections}
  - navigation
  - heading [level=2]
  ${copyLink}
  - heading [level=2]
  ${copyLink}
`,
  },
  {
    name: 'story',
    path: '/suksesshistorier/kommunal-renholdstjeneste/',
    inMain: [],
    main: `
- article:
  - heading [level=1]
  - term
  - definition
  - heading [level=2]
  ${copyLink}
`,
  },
  {
    name: 'story list',
    path: '/suksesshistorier/',
    // With JavaScript the search island stands in for the filter links (the no-JS navigation).
    inMain: ['search "Søk i historiene"'],
    main: `
- heading "Suksesshistorier" [level=1]
- heading [level=2]
- search "Søk i historiene"
- group "Filtrer historiene"
- heading [level=2]
- list
`,
  },
  {
    name: 'ordliste',
    path: '/ordliste/',
    inMain: [],
    main: `
- heading "Ordliste" [level=1]
- term
- definition
`,
  },
  {
    name: 'endringslogg',
    path: '/endringslogg/',
    inMain: [],
    main: `
- article:
  - heading "Endringslogg" [level=1]
  - list:
    - listitem:
      - link /^Endringer i reglene \\(\\d+\\)$/
    - listitem:
      - link /^Rettelser i våre tekster \\(\\d+\\)$/
  - heading "Endringer i reglene" [level=2]
  - link "Kopier lenke til «Endringer i reglene»"
  - heading [level=3]
  ${copyLink}
  - heading "Rettelser i våre tekster" [level=2]
  - link "Kopier lenke til «Rettelser i våre tekster»"
  - heading [level=3]
  ${copyLink}
`,
  },
  {
    name: 'FAQ',
    path: '/ofte-stilte-sporsmal/',
    inMain: [],
    main: `
- article:
  - heading "Ofte stilte spørsmål" [level=1]
  - group: ${corrections}
  - heading [level=2]
  ${copyLink}
`,
  },
  {
    name: 'wizard step',
    path: '/veiviser/statlig/fast/ny-hos-oss/',
    inMain: [],
    main: `
- heading [level=1]
- list "Velg ett svar":
  - listitem:
    - 'link "Ja: en funksjonsnedsettelse"'
- heading "Svarene deres" [level=2]
`,
  },
  {
    name: 'wizard result',
    path: '/veiviser/statlig/fast/arbeidstrening-her/malgruppe-2/trainee-nei/utdanning-nei/nav-vurdering-vet-ikke/',
    inMain: [],
    main: `
- heading "Svaret for dere" [level=1]
- list "Svaret i korte trekk"
- heading "Del eller skriv ut" [level=2]
- heading "Godt å vite" [level=2]
${copyLink}
- group: Svarene deres
`,
  },
  {
    name: '/sok/',
    path: '/sok/?q=l%C3%B8nnstilskudd',
    inMain: ['search "Søk i hele Inkluderingsguiden"'],
    main: `
- heading [level=1]
- search "Søk i hele Inkluderingsguiden"
- status: /\\d+ treff/
- list:
  - listitem:
    - heading [level=3]:
      - link
`,
  },
];

/** The landmarks of the page in document order, from its aria snapshot. */
async function landmarks(page: Page) {
  const snapshot = await page.locator('body').ariaSnapshot();
  return [
    ...snapshot.matchAll(
      /^\s*- (banner|navigation|search|main|contentinfo|region|complementary|form)(?: "([^"]*)")?:?$/gm
    ),
  ].map((m) => (m[2] === undefined ? m[1]! : `${m[1]} "${m[2]}"`));
}

for (const t of templates) {
  test(`${t.name} (${t.path}): landmarks, headings with their copy links, link names`, async ({
    page,
  }) => {
    await goto(page, t.path);
    if (t.path.startsWith('/sok/'))
      await expect(page.locator('[data-search-status="done"]')).toBeAttached();
    if (t.path === '/suksesshistorier/')
      await expect(page.locator('[data-story-search]')).toBeAttached();
    const d = (await page.locator('html').getAttribute('lang')) === 'nn' ? nn : nb;
    const inMain = typeof t.inMain === 'function' ? t.inMain(d) : t.inMain;
    const trail = t.path === '/' ? [] : [crumbs(d)];
    expect(await landmarks(page)).toEqual([
      ...frame(d, t.path),
      ...trail,
      'main',
      ...inMain,
      ...footer(d),
    ]);
    await expect(page.getByRole('main')).toMatchAriaSnapshot(t.main);
    // Every copy link right after its heading, named after it.
    const pairs = await page.locator('main .heading-anchor').evaluateAll((els) =>
      els.map((el) => ({
        heading: el.querySelector('h2, h3')!.textContent!.replace(/\s+/g, ' ').trim(),
        href: el.querySelector('a[data-copy-link]')!.getAttribute('href')!,
      }))
    );
    for (const { heading, href } of pairs)
      await expect(page.locator(`main a[data-copy-link][href="${href}"]`)).toHaveAccessibleName(
        `Kopier lenke til «${heading}»`
      );
    // A citation's link names its source only («DFØ, nettsiden») and goes to the source list:
    // out of context it says it is a source (review 6 Dec, part 4). Not on wizard pages (bytes).
    const cites = page.locator('main .cite > a');
    for (let i = 0; i < (await cites.count()); i++)
      await expect(cites.nth(i)).toHaveAccessibleName(
        isWizardPage(t.path) ? /^(?!Kilde|Kjelde)/ : /^(Kilde|Kjelde): \S/
      );
    const snapshot = await page.locator('body').ariaSnapshot();
    const long = [...snapshot.matchAll(/- link "((?:[^"\\]|\\.)*)"/g)]
      .map((m) => m[1]!)
      .filter((name) => !name.startsWith('Kopier lenke til «'))
      .filter((name) => name.split(/\s+/).length > MAX_LINK_WORDS);
    expect(long, 'links named by a paragraph').toEqual([]);
  });
}
