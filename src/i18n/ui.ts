// The page's language, and its UI text. A page or layout that knows its language (frontmatter
// `lang`, or the English page) calls setPageLang(Astro, lang) before anything renders; every
// component on that page then reads the same language with ui(Astro), so nested components (a
// heading's «Kopier lenke» in MDX, a source citation) need no prop. Astro.locals lives for one
// page render. Without a call the page is bokmål, as the wizard and the lists are.
import type { Lang, PageLang } from './lang';
import { nb, type Dictionary } from './nb';
import { nn } from './nn';

export const dictionaries: Record<Lang, Dictionary> = { nb, nn };

interface WithLocals {
  locals: App.Locals;
}

export function setPageLang(astro: WithLocals, lang: PageLang): void {
  astro.locals.lang = lang;
}

/** The page's <html lang>. */
export const pageLang = (astro: WithLocals): PageLang => astro.locals.lang ?? 'nb';

/** The written form of the page's UI text: its own, or bokmål on the English page. */
export const uiLang = (astro: WithLocals): Lang => {
  const lang = pageLang(astro);
  return lang === 'en' ? 'nb' : lang;
};

/** The UI text in the page's form. */
export const ui = (astro: WithLocals): Dictionary => dictionaries[uiLang(astro)];

/**
 * The `lang` attribute for a part written in `lang` on this page: nothing when it is the page's
 * own language, else the part's (a nynorsk story in a bokmål list, bokmål data on a nynorsk page).
 */
export const langAttr = (astro: WithLocals, lang: PageLang): PageLang | undefined =>
  lang === pageLang(astro) ? undefined : lang;

/** `lang` for the UI text (header, footer): only on the English page, where it is bokmål. */
export const uiLangAttr = (astro: WithLocals): Lang | undefined =>
  pageLang(astro) === 'en' ? uiLang(astro) : undefined;
