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

const words = [
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
];
const kroner = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 });

/** «40 prosent», «160 400 kroner», «seks måneder», «ett år», «to år», «18 måneder», «fem ganger grunnbeløpet». */
export function formatValue(f: Pick<Figure, 'value' | 'unit'>): string {
  const { value, unit } = f;
  if (unit === 'prosent') return `${value} prosent`;
  if (unit === 'grunnbelop') return `${words[value] ?? value} ganger grunnbeløpet`;
  if (unit === 'kroner') return `${kroner.format(value)} kroner`;
  if (unit === 'ar') return `${value} år`;
  if (value % 12 === 0) return value === 12 ? 'ett år' : `${words[value / 12] ?? value / 12} år`;
  return `${value <= 12 ? words[value] : value} måneder`;
}

const monthYear = new Intl.DateTimeFormat('nb-NO', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const fullDate = new Intl.DateTimeFormat('nb-NO', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** «per august 2026» or «fra 1. august 2025»; empty for a legal limit, which carries its legal reference instead. */
export function formatFigureDate(f: Figure): string {
  if (f.kind !== 'nav') return '';
  return f.dateKind === 'fra'
    ? `fra ${formatDay(f)}`
    : `per ${monthYear.format(new Date(`${f.date}T00:00:00Z`))}`;
}

/** «1. august 2026»: the day a NAV figure applies from. */
export const formatDay = (f: NavFigure) => fullDate.format(new Date(`${f.date}T00:00:00Z`));

/** Value with its date, as the ordliste and plain-text places show it: «40 prosent (per august 2026)». */
export function formatFigure(f: Figure, withDate = true): string {
  const date = withDate ? formatFigureDate(f) : '';
  return date ? `${formatValue(f)} (${date})` : formatValue(f);
}

/** Replaces {tall:id} (value and date) and {tall:id:verdi} (value only) in a plain text such as an ordliste entry, and drops {historisk: YYYY} markers. */
export const resolveFigurePlaceholders = (text: string) =>
  text
    .replace(/\{tall:([a-z0-9-]+)(:verdi)?\}/g, (_m, id: string, bare?: string) =>
      formatFigure(figure(id), !bare)
    )
    .replace(/\s*\{historisk:\s*\d{4}\}/g, '');
