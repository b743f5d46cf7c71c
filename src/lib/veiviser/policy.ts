// Every number the veiviser uses. The values come from content/tall.json (one source for pages,
// ordliste, FAQ and wizard; each figure there has its date and source). «lovstatus» =
// the current-law sources in content/kilder.yaml (read 2026-11-23); «000» = Oslo Economics 2024, line numbers.
import { figureValue as v, formatDay, formatFigureDate, navFigure } from '../figures';

/** The date the rules were last checked against lovstatus; moved when a text is corrected (review N8). */
export const RULES_DATE = '2026-12-06';

/** statsansatteloven § 7: administrativ ansettelse (lovstatus row 1; 000 L1884–1898). */
export const SAL7 = {
  months: v('sal7-lengde'),
  /** Only when the personalreglement says so. */
  personalreglementMonths: v('sal7-personalreglement'),
} as const;

/** statsansatteloven § 9 e: uforutsett behov, whatever the personalreglement says (lovstatus row 1, «likely»; 000 L1846–1856). */
export const SAL9E_MONTHS = v('sal9e-lengde');

/** statsansatteloven § 9: more than 3 years in a row on a, b or e counts as fast (lovstatus row 2, «likely»; 000 L1866–1876). */
export const THREE_YEAR_RULE_YEARS = v('treaarsregel') / 12;

/** statsansatteforskriften § 3a b: temporary post with midlertidig lønnstilskudd (lovstatus row 3a; 000 L1933–1939). */
export const SAF3A_B_MONTHS = v('saf3a-b-lengde');

/** Traineeprogrammet i staten: 2 years + up to 1 year (lovstatus row 5; 000 L2125–2129). */
export const TRAINEE = {
  months: v('trainee-lengde'),
  extensionMonths: v('trainee-forlengelse'),
} as const;

/**
 * Midlertidig lønnstilskudd, tiltaksforskriften kap. 9 (lovstatus row 4a; 000 L2061–2075; NAV's code
 * of 20 Aug 2026). NAV's finding of nedsatt arbeidsevne sets the rate and length, not the target group.
 */
export const LONNSTILSKUDD = {
  standard: {
    firstRate: v('lts-sats-start'),
    laterRate: v('lts-sats-senere'),
    reducedAfterMonths: v('lts-nedtrapping'),
    maxMonths: v('lts-maks'),
  },
  nedsattArbeidsevne: {
    firstRate: v('lts-nedsatt-sats-start'),
    laterRate: v('lts-nedsatt-sats-senere'),
    reducedAfterMonths: v('lts-nedsatt-nedtrapping'),
    maxMonths: v('lts-nedsatt-maks'),
  },
} as const;

/** Arbeidstrening, tiltaksforskriften kap. 3: 1 year, + 6 months for nedsatt arbeidsevne (lovstatus row 4e). */
export const ARBEIDSTRENING = {
  months: v('arbeidstrening-lengde'),
  extensionMonths: v('arbeidstrening-forlengelse'),
} as const;

/** Mentor, tiltaksforskriften kap. 5 from 1 Aug 2025: 6 months, up to 3 years with special needs (lovstatus row 4f). */
export const MENTOR = {
  months: v('mentor-lengde'),
  extendedMonths: v('mentor-forlenget'),
} as const;

/** Inkluderingstilskudd, tiltaksforskriften kap. 11: yearly maximum (lovstatus row 4d, NAV's code). */
const inkluderingstilskudd = navFigure('inkluderingstilskudd-tak');
export const INKLUDERINGSTILSKUDD = {
  year: Number(inkluderingstilskudd.date.slice(0, 4)),
  maxKroner: inkluderingstilskudd.value,
} as const;

/** Fireårig lønnstilskudd for unge (trial): age limit and start (lovstatus row 4b, «likely»). */
const fireaarig = navFigure('fireaarig-maks-midlertidig');
export const FIREAARIG = {
  underAge: v('fireaarig-aldersgrense'),
  start: formatDay(fireaarig),
  maxMonthsInTemporaryPost: fireaarig.value,
} as const;

/**
 * The dates that go with the figures above, as pages show them («per august 2026», «fra 1. august
 * 2025»), so wizard texts can date a rate where they show it. A percentage of midlertidig
 * lønnstilskudd is taken «av refusjonsgrunnlaget» (content/tall.json `basis`, review finding m10).
 */
export const FIGURE_DATES = {
  lonnstilskudd: formatFigureDate(navFigure('lts-sats-start')),
  arbeidstrening: formatFigureDate(navFigure('arbeidstrening-lengde')),
  mentor: formatFigureDate(navFigure('mentor-lengde')),
  inkluderingstilskudd: formatFigureDate(navFigure('inkluderingstilskudd-tak')),
  fireaarig: formatFigureDate(navFigure('fireaarig-sats-ar1')),
} as const;
