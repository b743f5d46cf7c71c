// The figures in content/tall.json: NAV's rates, amounts and lengths, and the legal limits they are
// checked against. Plain data and formatting only, so the wizard island can import it without zod;
// the build validates the file with src/schemas/tall.ts (the `tall` collection).
import data from '../../content/tall.json' with { type: 'json' };

export type FigureUnit = 'prosent' | 'kroner' | 'maneder' | 'ar' | 'grunnbelop';
interface FigureBase {
  id: string;
  label: string;
  value: number;
  unit: FigureUnit;
  basis?: string;
  sources: { kilde: string; passage: string; lines?: string }[];
}
export interface NavFigure extends FigureBase {
  kind: 'nav';
  date: string;
  dateKind: 'fra' | 'per';
}
export interface RuleFigure extends FigureBase {
  kind: 'regel';
  legalRefs: string[];
}
export type Figure = NavFigure | RuleFigure;

export const figures = data as Figure[];
const byId = new Map(figures.map((f) => [f.id, f]));

/** The figure with this id; throws so a wrong id stops the build instead of rendering nothing. */
export function figure(id: string): Figure {
  const found = byId.get(id);
  if (!found) throw new Error(`ukjent tall «${id}»: finnes ikke i content/tall.json`);
  return found;
}

/** A figure NAV sets, which has a date; throws for a legal limit. */
export function navFigure(id: string): NavFigure {
  const f = figure(id);
  if (f.kind !== 'nav')
    throw new Error(
      `tallet «${id}» i content/tall.json er en regel uten dato, ikke et tall fra NAV`
    );
  return f;
}

/** The value of a figure; for the wizard's policy constants. */
export const figureValue = (id: string) => figure(id).value;

/**
 * The words a figure is written with, per language: bokmål, nynorsk, and English for /en/. Here,
 * not in the dictionaries, because the wizard island imports this module.
 */
const figureWords = {
  nb: {
    numbers: [
      'null',
      'en',
      'to',
      'tre',
      'fire',
      'fem',
      'seks',
      'sju',
      'åtte',
      'ni',
      'ti',
      'elleve',
      'tolv',
    ],
    oneYear: 'ett år',
    years: 'år',
    months: 'måneder',
    percent: 'prosent',
    kroner: 'kroner',
    timesG: 'ganger grunnbeløpet',
    per: 'per',
    from: 'fra',
    locale: 'nb-NO',
  },
  nn: {
    numbers: [
      'null',
      'ein',
      'to',
      'tre',
      'fire',
      'fem',
      'seks',
      'sju',
      'åtte',
      'ni',
      'ti',
      'elleve',
      'tolv',
    ],
    oneYear: 'eitt år',
    years: 'år',
    months: 'månader',
    percent: 'prosent',
    kroner: 'kroner',
    timesG: 'gonger grunnbeløpet',
    per: 'per',
    from: 'frå',
    locale: 'nn-NO',
  },
  en: {
    numbers: [
      'zero',
      'one',
      'two',
      'three',
      'four',
      'five',
      'six',
      'seven',
      'eight',
      'nine',
      'ten',
      'eleven',
      'twelve',
    ],
    oneYear: 'one year',
    years: 'years',
    months: 'months',
    percent: 'per cent',
    kroner: 'kroner',
    timesG: 'times the basic amount (G)',
    per: 'as of',
    from: 'from',
    locale: 'en-GB',
  },
} as const;
export type FigureLang = keyof typeof figureWords;

const makeFormats = (lang: FigureLang) => ({
  number: new Intl.NumberFormat(figureWords[lang].locale, { maximumFractionDigits: 0 }),
  monthYear: new Intl.DateTimeFormat(figureWords[lang].locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
  fullDate: new Intl.DateTimeFormat(figureWords[lang].locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
});
const formats = { nb: makeFormats('nb'), nn: makeFormats('nn'), en: makeFormats('en') };

/** «40 prosent», «160 400 kroner», «seks måneder», «ett år», «to år», «18 måneder», «fem ganger grunnbeløpet» (nn «seks månader», «eitt år»; en «six months»). */
export function formatValue(f: Pick<Figure, 'value' | 'unit'>, lang: FigureLang = 'nb'): string {
  const { value, unit } = f;
  const w = figureWords[lang];
  if (unit === 'prosent') return `${value} ${w.percent}`;
  if (unit === 'grunnbelop') return `${w.numbers[value] ?? value} ${w.timesG}`;
  if (unit === 'kroner') return `${formats[lang].number.format(value)} ${w.kroner}`;
  if (unit === 'ar') return `${value} ${w.years}`;
  if (value % 12 === 0)
    return value === 12 ? w.oneYear : `${w.numbers[value / 12] ?? value / 12} ${w.years}`;
  return `${value <= 12 ? w.numbers[value] : value} ${w.months}`;
}

/** «per august 2026» or «fra 1. august 2025» (nn «frå»); empty for a legal limit, which carries its legal reference instead. The month names are the same in both forms. */
export function formatFigureDate(f: Figure, lang: FigureLang = 'nb'): string {
  if (f.kind !== 'nav') return '';
  const w = figureWords[lang];
  return f.dateKind === 'fra'
    ? `${w.from} ${formatDay(f, lang)}`
    : `${w.per} ${formats[lang].monthYear.format(new Date(`${f.date}T00:00:00Z`))}`;
}

/** «1. august 2026»: the day a NAV figure applies from. */
export const formatDay = (f: NavFigure, lang: FigureLang = 'nb') =>
  formats[lang].fullDate.format(new Date(`${f.date}T00:00:00Z`));

/** Value with its date, as the ordliste and plain-text places show it: «40 prosent (per august 2026)». */
export function formatFigure(f: Figure, withDate = true, lang: FigureLang = 'nb'): string {
  const date = withDate ? formatFigureDate(f, lang) : '';
  return date ? `${formatValue(f, lang)} (${date})` : formatValue(f, lang);
}

/** Replaces {tall:id} (value and date) and {tall:id:verdi} (value only) in a plain text such as an ordliste entry, and drops {historisk: YYYY} markers. */
export const resolveFigurePlaceholders = (text: string, lang: FigureLang = 'nb') =>
  text
    .replace(/\{tall:([a-z0-9-]+)(:verdi)?\}/g, (_m, id: string, bare?: string) =>
      formatFigure(figure(id), !bare, lang)
    )
    .replace(/\s*\{historisk:\s*\d{4}\}/g, '');
