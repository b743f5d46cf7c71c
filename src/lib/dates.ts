import { intlLocale, type PageLang } from '../i18n/lang';

const formats = new Map<PageLang, Intl.DateTimeFormat>();
const dateFormat = (lang: PageLang) => {
  let f = formats.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(intlLocale[lang], {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    formats.set(lang, f);
  }
  return f;
};

/** «23. november 2026» (the same in nynorsk: the month names are alike), «23 November 2026» in English. */
export const formatDate = (date: Date, lang: PageLang = 'nb') => dateFormat(lang).format(date);
/** 2026-11-23, for <time datetime> */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);
