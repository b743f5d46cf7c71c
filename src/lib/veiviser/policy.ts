// Every number the veiviser uses, with its source. «lovstatus» = ../shared/research/lovstatus.md
// (checked 2026-11-23, wins over the report); «000» = Oslo Economics 2024, line numbers.

/** The date the rules were last checked against lovstatus. */
export const RULES_DATE = '2026-11-23';

/** statsansatteloven § 7: administrativ ansettelse (lovstatus row 1; 000 L1884–1898). */
export const SAL7 = {
  months: 6,
  /** Only when the personalreglement says so. */
  personalreglementMonths: 12,
} as const;

/** statsansatteloven § 9 e: uforutsett behov, whatever the personalreglement says (lovstatus row 1, «likely»; 000 L1846–1856). */
export const SAL9E_MONTHS = 6;

/** statsansatteloven § 9: more than 3 years in a row on a, b or e counts as fast (lovstatus row 2, «likely»; 000 L1866–1876). */
export const THREE_YEAR_RULE_YEARS = 3;

/** statsansatteforskriften § 3a b: temporary post with midlertidig lønnstilskudd (lovstatus row 3a; 000 L1933–1939). */
export const SAF3A_B_MONTHS = 24;

/** Traineeprogrammet i staten: 2 years + up to 1 year (lovstatus row 5; 000 L2125–2129). */
export const TRAINEE = { months: 24, extensionMonths: 12 } as const;

/**
 * Midlertidig lønnstilskudd, tiltaksforskriften kap. 9 (lovstatus row 4a; 000 L2061–2075; NAV's code
 * of 20 Aug 2026). NAV's finding of nedsatt arbeidsevne sets the rate and length, not the target group.
 */
export const LONNSTILSKUDD = {
  standard: { firstRate: 40, laterRate: 30, reducedAfterMonths: 6, maxMonths: 12 },
  nedsattArbeidsevne: { firstRate: 60, laterRate: 50, reducedAfterMonths: 12, maxMonths: 24 },
} as const;

/** Arbeidstrening, tiltaksforskriften kap. 3: 1 year, + 6 months for nedsatt arbeidsevne (lovstatus row 4e). */
export const ARBEIDSTRENING = { months: 12, extensionMonths: 6 } as const;

/** Mentor, tiltaksforskriften kap. 5 from 1 Aug 2025: 6 months, up to 3 years with special needs (lovstatus row 4f). */
export const MENTOR = { months: 6, extendedMonths: 36 } as const;

/** Inkluderingstilskudd, tiltaksforskriften kap. 11: yearly maximum (lovstatus row 4d, NAV's code). */
export const INKLUDERINGSTILSKUDD = { year: 2026, maxKroner: 160_400 } as const;

/** Fireårig lønnstilskudd for unge (trial): age limit and start (lovstatus row 4b, «likely»). */
export const FIREAARIG = { underAge: 30, start: '1. august 2026', maxMonthsInTemporaryPost: 24 } as const;
