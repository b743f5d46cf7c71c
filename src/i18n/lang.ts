// The languages of the site's pages. Norwegian pages are written in bokmål (nb) or nynorsk (nn),
// by alternation (språklova § 13, docs/innhold.md «Skriftformene»); one short page is in English.

/** The two written forms of Norwegian; a content page's frontmatter `lang` is one of them. */
export const writtenForms = ['nb', 'nn'] as const;
export type Lang = (typeof writtenForms)[number];

/** A page's <html lang>: a written form, or English for /en/. */
export type PageLang = Lang | 'en';

/** og:locale per page language. */
export const ogLocale: Record<PageLang, string> = { nb: 'nb_NO', nn: 'nn_NO', en: 'en_GB' };

/** Intl locale per page language: dates and numbers. */
export const intlLocale: Record<PageLang, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };
