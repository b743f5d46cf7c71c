import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { figureProblems } from '../../../src/lib/content/check-figures';
import {
  figureCheckedFiles,
  figureProblemsInFiles,
  paragraphsIn,
} from '../../../src/lib/content/check-figures-files';
import {
  figure,
  formatFigure,
  formatFigureDate,
  formatValue,
  resolveFigurePlaceholders,
} from '../../../src/lib/figures';
import {
  ARBEIDSTRENING,
  FIGURE_DATES,
  FIREAARIG,
  INKLUDERINGSTILSKUDD,
  LONNSTILSKUDD,
  MENTOR,
  SAF3A_B_MONTHS,
  SAL7,
  SAL9E_MONTHS,
  THREE_YEAR_RULE_YEARS,
  TRAINEE,
} from '../../../src/lib/veiviser/policy';
import { figureSchema } from '../../../src/schemas/tall';
import { schemaIssues } from '../../support/schema-issues';

// Rule (issue 11, item 4): NAV's rates, amounts and lengths live once, in content/tall.json, with
// their date and source; content renders them with <Figure> and never writes them by hand.
const fixture = (name: string) => `tests/fixtures/figures/${name}`;
const paragraphs = paragraphsIn();
const check = (name: string) =>
  figureProblems(fixture(name), readFileSync(fixture(name), 'utf8'), paragraphs);
const data = JSON.parse(readFileSync('content/tall.json', 'utf8')) as {
  id: string;
  value: number;
  date?: string;
}[];
const value = (id: string) => {
  const found = data.find((f) => f.id === id);
  if (!found) throw new Error(`${id} mangler i content/tall.json`);
  return found.value;
};
const idsIn = (file: string) =>
  new Set((load(readFileSync(`content/${file}`, 'utf8')) as { id: string }[]).map((x) => x.id));

describe('content/tall.json', () => {
  it('is valid: every figure has a known source, and a NAV figure its date', () => {
    const schema = figureSchema({
      kildeIds: idsIn('kilder.yaml'),
      legalRefIds: idsIn('lovhenvisninger.yaml'),
    });
    expect(
      data.flatMap((f) => schemaIssues(schema, f).map((issue) => `${f.id}: ${issue}`))
    ).toEqual([]);
  });
  it('has unique ids', () => {
    const ids = data.map((f) => f.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
  it('the schema rejects a NAV figure without a date', () => {
    const schema = figureSchema({ kildeIds: new Set(['oe-2024']), legalRefIds: new Set() });
    const undated = {
      id: 'x',
      label: 'Et tall',
      kind: 'nav',
      value: 40,
      unit: 'prosent',
      dateKind: 'per',
      sources: [{ kilde: 'oe-2024', passage: 'kap. 3' }],
    };
    expect(schemaIssues(schema, undated)).toEqual([
      'date: date mangler eller er ikke en dato (ÅÅÅÅ-MM-DD)',
    ]);
  });
});

describe('the wizard reads the same figures (src/lib/veiviser/policy.ts)', () => {
  it('midlertidig lønnstilskudd', () => {
    expect(LONNSTILSKUDD.standard).toEqual({
      firstRate: value('lts-sats-start'),
      laterRate: value('lts-sats-senere'),
      reducedAfterMonths: value('lts-nedtrapping'),
      maxMonths: value('lts-maks'),
    });
    expect(LONNSTILSKUDD.nedsattArbeidsevne).toEqual({
      firstRate: value('lts-nedsatt-sats-start'),
      laterRate: value('lts-nedsatt-sats-senere'),
      reducedAfterMonths: value('lts-nedsatt-nedtrapping'),
      maxMonths: value('lts-nedsatt-maks'),
    });
  });
  it('arbeidstrening, mentor, inkluderingstilskudd and the fireårig trial', () => {
    expect(ARBEIDSTRENING).toEqual({
      months: value('arbeidstrening-lengde'),
      extensionMonths: value('arbeidstrening-forlengelse'),
    });
    expect(MENTOR).toEqual({
      months: value('mentor-lengde'),
      extendedMonths: value('mentor-forlenget'),
    });
    expect(INKLUDERINGSTILSKUDD).toEqual({
      year: 2026,
      maxKroner: value('inkluderingstilskudd-tak'),
    });
    expect(FIREAARIG).toEqual({
      underAge: value('fireaarig-aldersgrense'),
      start: '1. august 2026',
      maxMonthsInTemporaryPost: value('fireaarig-maks-midlertidig'),
    });
  });
  it('the dates that go with them', () => {
    expect(FIGURE_DATES).toEqual({
      lonnstilskudd: 'per august 2026',
      arbeidstrening: 'per august 2026',
      mentor: 'fra 1. august 2025',
      inkluderingstilskudd: 'fra 1. januar 2026',
      fireaarig: 'fra 1. august 2026',
    });
  });
  it('the legal limits', () => {
    expect(SAL7).toEqual({
      months: value('sal7-lengde'),
      personalreglementMonths: value('sal7-personalreglement'),
    });
    expect([SAL9E_MONTHS, SAF3A_B_MONTHS, THREE_YEAR_RULE_YEARS * 12]).toEqual([
      value('sal9e-lengde'),
      value('saf3a-b-lengde'),
      value('treaarsregel'),
    ]);
    expect(TRAINEE).toEqual({
      months: value('trainee-lengde'),
      extensionMonths: value('trainee-forlengelse'),
    });
  });
});

describe('a figure renders with its date', () => {
  it('a rate as of a month: «40 prosent (per august 2026)»', () => {
    expect(formatFigure(figure('lts-sats-start'))).toBe('40 prosent (per august 2026)');
  });
  it('an amount from a day: «160 400 kroner (fra 1. januar 2026)»', () => {
    expect(formatFigure(figure('inkluderingstilskudd-tak'))).toBe(
      '160\u00a0400 kroner (fra 1. januar 2026)'
    );
  });
  it('lengths in words, years when whole', () => {
    expect([6, 12, 18, 24, 36].map((value) => formatValue({ value, unit: 'maneder' }))).toEqual([
      'seks måneder',
      'ett år',
      '18 måneder',
      'to år',
      'tre år',
    ]);
  });
  it('N17: a multiple of the grunnbeløp, dated: «fem ganger grunnbeløpet (per mai 2024)»', () => {
    expect(formatFigure(figure('varig-tak'))).toBe('fem ganger grunnbeløpet (per mai 2024)');
  });
  it('a legal limit has no date (it carries its legal reference instead)', () => {
    expect(formatFigureDate(figure('sal7-lengde'))).toBe('');
  });
  it('ordliste placeholders: {tall:id} with the date, {tall:id:verdi} without', () => {
    expect(
      resolveFigurePlaceholders('Inntil {tall:mentor-lengde}, eller {tall:mentor-forlenget:verdi}.')
    ).toBe('Inntil seks måneder (fra 1. august 2025), eller tre år.');
    expect(resolveFigurePlaceholders('I 2025 var den 154 800 kroner {historisk: 2025}.')).toBe(
      'I 2025 var den 154 800 kroner.'
    );
  });
  it('an unknown id stops the build', () => {
    expect(() => figure('finnes-ikke')).toThrow(
      'ukjent tall «finnes-ikke»: finnes ikke i content/tall.json'
    );
  });
});

describe('figures written by hand next to a measure fail, naming file and line', () => {
  it('passes on the real content (rule pages, other pages, ordliste)', () => {
    expect(figureProblemsInFiles(figureCheckedFiles())).toEqual([]);
  });
  it('fails on each kind of hand-written figure in the fixture', () => {
    const f = fixture('hand-written.mdx');
    const hand = (line: number, found: string) =>
      `${f}: linje ${line}: «${found}» er skrevet for hånd ved et tiltak; bruk <Figure id="…" /> fra content/tall.json, eller merk et historisk tall med året (se docs/innhold.md)`;
    expect(check('hand-written.mdx')).toEqual([
      `${f}: linje 14: markøren historisk: 2024 krever at året 2024 står i teksten den gjelder for`,
      hand(6, '40 prosent'),
      hand(8, '160 400 kroner'),
      hand(10, 'ett år'),
      `${f}: linje 12: «to år» stemmer ikke med content/tall.json for lovhenvisningen i avsnittet: sal7-lengde (6 måneder), sal7-personalreglement (12 måneder)`,
      `${f}: linje 18: satsen for midlertidig lønnstilskudd uten nedsatt arbeidsevne: sats i starten regnes av refusjonsgrunnlaget, ikke «av lønnen»`,
      `${f}: linje 20: ukjent tall «finnes-ikke»: finnes ikke i content/tall.json`,
      `${f}: linje 16: tall uten dato (date={false} eller :verdi), men ingen tall i samme avsnitt, liste eller tabell viser datoen`,
    ]);
  });
  it('N17: a multiple of the grunnbeløp written by hand next to a measure fails («5 G», «fem ganger grunnbeløpet»)', () => {
    const text = 'Varig lønnstilskudd: NAV betaler høyst fem ganger grunnbeløpet (5 G) per år.';
    expect(figureProblems('x.mdx', text).map((p) => p.split('«')[1]?.split('»')[0])).toEqual([
      'fem ganger grunnbeløpet',
      '5 G',
    ]);
    expect(
      figureProblems('x.mdx', 'Varig lønnstilskudd: NAV betaler høyst <Figure id="varig-tak" />.')
    ).toEqual([]);
  });
  it('passes figures from the data, a dated historical figure, a section marked historical and a legal limit with its reference', () => {
    expect(check('dated.mdx')).toEqual([]);
  });
  it('finds the same in nynorsk (tilskot, eitt år, av løna)', () => {
    const f = fixture('nynorsk.mdx');
    expect(check('nynorsk.mdx')).toEqual([
      `${f}: linje 7: «40 prosent» er skrevet for hånd ved et tiltak; bruk <Figure id="…" /> fra content/tall.json, eller merk et historisk tall med året (se docs/innhold.md)`,
      `${f}: linje 9: «eitt år» er skrevet for hånd ved et tiltak; bruk <Figure id="…" /> fra content/tall.json, eller merk et historisk tall med året (se docs/innhold.md)`,
      `${f}: linje 11: satsen for midlertidig lønnstilskudd uten nedsatt arbeidsevne: sats i starten regnes av refusjonsgrunnlaget, ikke «av lønnen»`,
    ]);
  });
  it('checks the ordliste too, with {tall:id} as the component', () => {
    expect(check('ordliste.yaml')).toEqual([
      `${fixture('ordliste.yaml')}: linje 10: «ett år» er skrevet for hånd ved et tiltak; bruk {tall:id} fra content/tall.json, eller merk et historisk tall med året (se docs/innhold.md)`,
    ]);
  });
});

describe('figures in nynorsk and English (issue 20)', () => {
  it('writes a length in the page’s form', () => {
    expect(formatValue({ value: 6, unit: 'maneder' }, 'nn')).toBe('seks månader');
    expect(formatValue({ value: 12, unit: 'maneder' }, 'nn')).toBe('eitt år');
    expect(formatValue({ value: 24, unit: 'maneder' }, 'nn')).toBe('to år');
    expect(formatValue({ value: 6, unit: 'maneder' }, 'en')).toBe('six months');
    expect(formatValue({ value: 12, unit: 'maneder' }, 'en')).toBe('one year');
    expect(formatValue({ value: 24, unit: 'maneder' }, 'en')).toBe('two years');
    expect(formatValue({ value: 6, unit: 'maneder' })).toBe('seks måneder');
  });
  it('dates a NAV figure with «frå» in nynorsk; the month names are the same', () => {
    const dated = data as { id: string; dateKind?: string }[];
    const from = dated.find((f) => f.dateKind === 'fra');
    const per = dated.find((f) => f.dateKind === 'per');
    expect(formatFigureDate(figure(from!.id), 'nn')).toMatch(/^frå \d{1,2}\. [a-z]+ \d{4}$/);
    expect(formatFigureDate(figure(from!.id), 'nn').slice(4)).toBe(
      formatFigureDate(figure(from!.id)).slice(4)
    );
    expect(formatFigureDate(figure(per!.id), 'nn')).toBe(formatFigureDate(figure(per!.id)));
  });
});
