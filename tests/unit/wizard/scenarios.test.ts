import { describe, expect, it } from 'vitest';
import {
  nextQuestion,
  parseAnswers,
  pathFor,
  progress,
  type Answers,
} from '../../../src/lib/veiviser';
import { fits, mayFit, notFit, result } from './helpers';

// Named scenarios written from the rules. Each title cites the rule and its source:
// «000» = Oslo Economics 2024 (line numbers); «lovstatus» = the current-law sources in content/kilder.yaml.

const state = { sektor: 'statlig' } as const;
const temp = (extra: Answers): Answers => ({ ...state, behov: 'midlertidig', ...extra });
const project10 = (reglement: NonNullable<Answers['personalreglement']>): Answers =>
  temp({
    varighet: '6-12-mnd',
    grunnlag: 'midlertidig-karakter',
    personalreglement: reglement,
    kandidat: 'ingen-malgruppe',
    nav: 'nav-nei',
  });
const hullCv18 = (extra: Answers): Answers =>
  temp({
    varighet: '12-24-mnd',
    grunnlag: 'vikariat',
    personalreglement: 'personalreglement-nei',
    kandidat: 'malgruppe-2',
    ...extra,
  });
const permanent = (extra: Answers): Answers => ({ ...state, behov: 'fast', ...extra });

describe('administrativ ansettelse (statsansatteloven § 7)', () => {
  it('fits a 10-month project for 12 months when the personalreglement allows a year (statsansatteloven § 7; 000 L1884–1898; lovstatus row 1)', () => {
    const r = fits(result(project10('personalreglement-ja')), 'administrativ-ansettelse');
    expect(r.maxMonths).toBe(12);
    expect(r.legalRefs).toEqual(expect.arrayContaining(['sal-7', 'sal-9']));
  });

  it('covers only the first 6 months of a 10-month project without a 1-year clause, with the ordinary-process warning (statsansatteloven § 7; 000 L1906–1914)', () => {
    const r = mayFit(result(project10('personalreglement-nei')), 'administrativ-ansettelse');
    expect(r.maxMonths).toBe(6);
    expect(r.condition).toMatch(/bare de første 6 månedene/);
    expect(r.warnings.join(' ')).toMatch(/lyse ut stillingen og ansette på vanlig måte/);
  });

  it('keeps an unforeseen 8-month need at 6 months and never asks for the personalreglement (statsansatteloven § 9 e; lovstatus row 1, «likely»)', () => {
    const o = result(
      temp({
        varighet: '6-12-mnd',
        grunnlag: 'uforutsett',
        kandidat: 'ingen-malgruppe',
        nav: 'nav-nei',
      })
    );
    const r = mayFit(o, 'administrativ-ansettelse');
    expect(r.maxMonths).toBe(6);
    expect(r.mustCheck.map((m) => m.kilde)).toContain('lovstatus-tolkning');
    expect(mayFit(o, 'midlertidig-ansettelse').condition).toMatch(/høyst 6 måneder/);
    expect(
      parseAnswers(
        '/veiviser/statlig/midlertidig/6-12-mnd/uforutsett/personalreglement-ja/ingen-malgruppe/nav-nei/'
      )
    ).toBeNull();
  });

  it('fits an unforeseen need of up to 6 months by § 7 and by § 9 e (statsansatteloven §§ 7 and 9 e; 000 L1846–1856)', () => {
    const o = result(
      temp({
        varighet: 'inntil-6-mnd',
        grunnlag: 'uforutsett',
        kandidat: 'ingen-malgruppe',
        nav: 'nav-nei',
      })
    );
    expect(fits(o, 'administrativ-ansettelse').maxMonths).toBe(6);
    expect(fits(o, 'midlertidig-ansettelse').maxMonths).toBe(6);
  });

  it('covers only the first 12 months of an 18-month vikariat and lets § 9 b carry the rest with utlysning (statsansatteloven §§ 7, 9 b; 000 L1808–1822)', () => {
    const o = result(
      temp({
        varighet: '12-24-mnd',
        grunnlag: 'vikariat',
        personalreglement: 'personalreglement-ja',
        kandidat: 'ingen-malgruppe',
        nav: 'nav-nei',
      })
    );
    expect(mayFit(o, 'administrativ-ansettelse').condition).toMatch(/bare de første 12 månedene/);
    const sal9 = fits(o, 'midlertidig-ansettelse');
    expect(sal9.maxMonths).toBeUndefined();
    expect(sal9.details.join(' ')).toMatch(/mer enn 3 år/);
  });

  it('asks for a § 9 ground when the reader does not know it, and promises only 6 months (statsansatteloven § 9 første ledd; 000 L2007–2011)', () => {
    const o = result(
      temp({
        varighet: '6-12-mnd',
        grunnlag: 'grunnlag-vet-ikke',
        kandidat: 'ingen-malgruppe',
        nav: 'nav-nei',
      })
    );
    const r = mayFit(o, 'administrativ-ansettelse');
    expect(r.maxMonths).toBe(6);
    expect(r.condition).toMatch(/grunnlag for midlertidig ansettelse/);
    const unknown = o.unknowns.find((u) => u.questionId === 'grunnlag');
    expect(unknown?.effects.find((e) => e.answer === 'uforutsett')?.effect).toMatch(
      /høyst 6 måneder/
    );
  });

  it('says what the personalreglement answer would change when it is unknown (statsansatteloven § 7; 000 L2371–2377)', () => {
    const o = result(project10('personalreglement-vet-ikke'));
    expect(mayFit(o, 'administrativ-ansettelse').maxMonths).toBe(6);
    const u = o.unknowns.find((x) => x.questionId === 'personalreglement');
    expect(u?.effects.map((e) => e.answer)).toEqual([
      'personalreglement-ja',
      'personalreglement-nei',
    ]);
    // Computed from the facts model of that answer (issue 18, item 1).
    expect(u?.effects[0]?.effect).toMatch(
      /Administrativ ansettelse \(§ 7\): passer, lengst 12 mnd\./
    );
  });

  it('does not offer § 7 for a permanent need (statsansatteloven §§ 7 and 9: main rule fast; 000 L1754–1760)', () => {
    expect(
      notFit(
        result(permanent({ kandidat: 'ingen-malgruppe', trainee: 'trainee-nei', nav: 'nav-nei' })),
        'administrativ-ansettelse'
      ).reason
    ).toMatch(/fast behov/);
  });

  it('skips the personalreglement question for a need of up to 6 months (ask only what changes; statsansatteloven § 7)', () => {
    expect(
      parseAnswers('/veiviser/statlig/midlertidig/inntil-6-mnd/vikariat/personalreglement-ja/')
    ).toBeNull();
    expect(
      parseAnswers('/veiviser/statlig/midlertidig/inntil-6-mnd/vikariat/malgruppe-1/')
    ).toEqual(
      temp({
        situasjon: 'ny-hos-oss',
        varighet: 'inntil-6-mnd',
        grunnlag: 'vikariat',
        kandidat: 'malgruppe-1',
      })
    );
  });

  it('asks for the duration when it is unknown and limits § 7 to what the rules give (statsansatteloven § 7)', () => {
    const o = result(
      temp({
        varighet: 'varighet-vet-ikke',
        grunnlag: 'vikariat',
        personalreglement: 'personalreglement-nei',
        kandidat: 'ingen-malgruppe',
        nav: 'nav-nei',
      })
    );
    expect(mayFit(o, 'administrativ-ansettelse').condition).toMatch(
      /ikke vare lenger enn 6 måneder/
    );
    expect(o.unknowns.map((u) => u.questionId)).toEqual(['varighet']);
  });
});

describe('midlertidig stilling med lønnstilskudd (statsansatteforskriften § 3a b)', () => {
  it('may fit a hull-i-CV candidate for 18 months, never «Passer»: NAV must approve the subsidy before the hire; subsidy 12 months only (§ 3a b; tiltaksforskriften kap. 9; lovstatus rows 3a, 4a; review M2)', () => {
    const o = result(hullCv18({ nav: 'nav-nei' }));
    const r = mayFit(o, 'unntak-lonnstilskudd');
    expect(r.condition).toMatch(
      /NAV må ha vurdert og godkjent midlertidig lønnstilskudd før dere ansetter/
    );
    expect(r.conditions.join(' ')).toMatch(/godkjent midlertidig lønnstilskudd før dere ansetter/);
    expect(r.maxMonths).toBe(24);
    expect(r.subsidy?.maxMonths).toBe(12);
    expect(r.subsidy?.note).toMatch(/nedsatt arbeidsevne/);
    expect(r.details.join(' ')).toMatch(/To år i stillingen er ikke to år med tilskudd/);
    expect(r.mustCheck.map((m) => m.kilde)).toContain('dfo-rapportering-2021');
    expect(r.stillApplies).toEqual([
      'kvalifikasjonsprinsippet',
      'innstilling',
      'informasjonsplikt',
      'fortrinnsrett',
      'fortrinnsrettOppsagte',
      'tilrettelegging',
    ]);
  });

  it('gives 60 % then 50 % for up to 24 months when NAV has found nedsatt arbeidsevne (tiltaksforskriften kap. 9; 000 L2061–2075)', () => {
    const r = mayFit(
      result(hullCv18({ nav: 'nav-ja', arbeidsevne: 'nav-vurdering-ja' })),
      'unntak-lonnstilskudd'
    );
    expect(r.subsidy).toEqual({
      rateText:
        '60 % av refusjonsgrunnlaget de første 12 månedene, deretter 50 %, i høyst 24 måneder (satser per august 2026)',
      maxMonths: 24,
    });
    expect(r.mustCheck.map((m) => m.kilde)).toContain('nav-fireaarig-lonnstilskudd');
  });

  it('gives 40 % then 30 % for at most 12 months when NAV has not found nedsatt arbeidsevne (tiltaksforskriften kap. 9; lovstatus row 4a)', () => {
    const r = mayFit(
      result(hullCv18({ nav: 'nav-ja', arbeidsevne: 'nav-vurdering-nei' })),
      'unntak-lonnstilskudd'
    );
    expect(r.subsidy).toEqual({
      rateText:
        '40 % av refusjonsgrunnlaget de første 6 månedene, deretter 30 %, i høyst 12 måneder (satser per august 2026)',
      maxMonths: 12,
    });
  });

  it('refuses § 3a b to a candidate with nedsatt arbeidsevne outside the target group, but keeps lønnstilskudd (§ 3a b; 000 footnote 11, L1498–1503)', () => {
    const o = result(
      temp({
        varighet: '12-24-mnd',
        grunnlag: 'vikariat',
        personalreglement: 'personalreglement-nei',
        kandidat: 'ingen-malgruppe',
        nav: 'nav-ja',
        arbeidsevne: 'nav-vurdering-ja',
      })
    );
    expect(notFit(o, 'unntak-lonnstilskudd').reason).toMatch(/nedsatt arbeidsevne, er ikke nok/);
    expect(fits(o, 'lonnstilskudd').subsidy?.maxMonths).toBe(24);
  });

  it('makes § 3a b a «may fit» with the target-group condition and a «Vet ikke» entry when the candidate is unknown (statsansatteforskriften §§ 3a b, 4, 4a)', () => {
    const o = result(
      temp({
        varighet: '6-12-mnd',
        grunnlag: 'vikariat',
        personalreglement: 'personalreglement-ja',
        kandidat: 'malgruppe-vet-ikke',
        nav: 'nav-nei',
      })
    );
    expect(mayFit(o, 'unntak-lonnstilskudd').condition).toMatch(
      /selv ha oppgitt en funksjonsnedsettelse \(§ 4\) eller hull i CV-en \(§ 4a\)/
    );
    const u = o.unknowns.find((x) => x.questionId === 'kandidat');
    expect(u?.findOut).toMatch(/Ikke spør om helse/);
    expect(u?.effects.map((e) => e.answer)).toEqual([
      'malgruppe-1',
      'malgruppe-2',
      'gruppe-4b',
      'ingen-malgruppe',
    ]);
  });

  it('covers only the first 2 years of a longer need and warns that a permanent post needs utlysning (§ 3a b; DFØ 22 Jun 2022)', () => {
    const r = mayFit(
      result(
        temp({
          varighet: 'over-24-mnd',
          grunnlag: 'midlertidig-karakter',
          personalreglement: 'personalreglement-nei',
          kandidat: 'malgruppe-1',
          nav: 'nav-nei',
        })
      ),
      'unntak-lonnstilskudd'
    );
    expect(r.condition).toMatch(/bare de første 24 månedene/);
    expect(r.warnings.join(' ')).toMatch(/fast etterpå, må stillingen lyses ut/);
  });

  it('does not offer § 3a b for a permanent need (statsansatteforskriften § 3a b: temporary post only; lovstatus row 3a)', () => {
    expect(
      notFit(
        result(
          permanent({
            kandidat: 'malgruppe-1',
            trainee: 'trainee-nei',
            utdanning: 'utdanning-nei',
            nav: 'nav-nei',
          })
        ),
        'unntak-lonnstilskudd'
      ).reason
    ).toMatch(/midlertidig stilling/);
  });
});

describe('traineeprogrammet and § 3a a', () => {
  it('fits fast-etter-trainee after a trainee period in the same virksomhet, and skips the education question (statsansatteforskriften § 3a a; 000 L1928–1932)', () => {
    const o = result(
      permanent({ kandidat: 'ingen-malgruppe', trainee: 'trainee-her', nav: 'nav-nei' })
    );
    expect(fits(o, 'fast-etter-trainee').conditions).toContain(
      'Personen er kvalifisert for stillingen.'
    );
    expect(parseAnswers('/veiviser/statlig/fast/malgruppe-1/trainee-her/utdanning-ja/')).toBeNull();
  });

  it('refuses fast-etter-trainee after a trainee period in another virksomhet (statsansatteforskriften § 3a a; lovstatus row 3a)', () => {
    expect(
      notFit(
        result(
          permanent({ kandidat: 'ingen-malgruppe', trainee: 'trainee-annen', nav: 'nav-nei' })
        ),
        'fast-etter-trainee'
      ).reason
    ).toMatch(/deres virksomhet/);
  });

  it('fits traineeprogrammet for the target group with higher education and a permanent need, marked «må sjekkes» for whether it still runs (DFØ; lovstatus row 5)', () => {
    const r = fits(
      result(
        permanent({
          kandidat: 'malgruppe-1',
          trainee: 'trainee-nei',
          utdanning: 'utdanning-ja',
          nav: 'nav-nei',
        })
      ),
      'traineeprogrammet'
    );
    expect(r.maxMonths).toBe(36);
    expect(r.mustCheck.map((m) => m.kilde)).toContain('dfo-trainee-drift');
    expect(r.details.join(' ')).toMatch(/fast uten ny utlysning/);
  });

  it('refuses traineeprogrammet without higher education (DFØ; 000 L2115–2125)', () => {
    expect(
      notFit(
        result(
          permanent({
            kandidat: 'malgruppe-2',
            trainee: 'trainee-nei',
            utdanning: 'utdanning-nei',
            nav: 'nav-nei',
          })
        ),
        'traineeprogrammet'
      ).reason
    ).toMatch(/høyere utdanning/);
  });

  it('makes traineeprogrammet a «may fit» when the candidate is unknown (DFØ; statsansatteforskriften §§ 4, 4a)', () => {
    const o = result(
      permanent({
        kandidat: 'malgruppe-vet-ikke',
        trainee: 'trainee-nei',
        utdanning: 'utdanning-ja',
        nav: 'nav-nei',
      })
    );
    expect(mayFit(o, 'traineeprogrammet').condition).toMatch(/selv ha oppgitt/);
  });

  it('refuses traineeprogrammet for a temporary need (statsansatteloven § 9 c: praksisarbeid; 000 L2129–2141)', () => {
    expect(notFit(result(hullCv18({ nav: 'nav-nei' })), 'traineeprogrammet').reason).toMatch(
      /midlertidig behov/
    );
  });
});

describe('ordinary utlysning, arbeidstrening and other employers', () => {
  it('fits ordinary utlysning for a permanent need, with intervjuplikt for three groups and særbehandling as a «kan» for §§ 4 and 4a only (statsansatteforskriften §§ 4, 4a, 4b; lovstatus rows 3b, 3c)', () => {
    const r = fits(
      result(
        permanent({
          kandidat: 'malgruppe-2',
          trainee: 'trainee-nei',
          utdanning: 'utdanning-nei',
          nav: 'nav-nei',
        })
      ),
      'ordinaer-ansettelse'
    );
    expect(r.legalRefs).toEqual(expect.arrayContaining(['sal-4', 'saf-4', 'saf-4a', 'saf-4b']));
    expect(r.details.join(' ')).toMatch(
      /minst én kvalifisert søker i hver av gruppene funksjonsnedsettelse, hull i CV-en og innvandrerbakgrunn/
    );
    expect(r.details.join(' ')).toMatch(/ikke en plikt, og den gjelder ikke innvandrerbakgrunn/);
  });

  it('offers arbeidstrening to try each other out, for 12 months, and no temporary hire for trying out (tiltaksforskriften kap. 3; statsansatteloven § 9; lovstatus row 4e)', () => {
    const o = result({
      ...state,
      behov: 'prove-forst',
      kandidat: 'ingen-malgruppe',
      nav: 'nav-ja',
      arbeidsevne: 'nav-vurdering-nei',
    });
    const r = fits(o, 'arbeidstrening');
    expect(r.maxMonths).toBe(12);
    expect(r.details.join(' ')).toMatch(/ikke ansatt og får ikke lønn fra dere/);
    expect(notFit(o, 'administrativ-ansettelse').reason).toMatch(
      /prøve ut en person er ikke et grunnlag/
    );
    expect(mayFit(o, 'lonnstilskudd').condition).toMatch(/krever at dere ansetter/);
  });

  it('extends arbeidstrening to 18 months and mentor to 3 years with nedsatt arbeidsevne (tiltaksforskriften kap. 3 and 5; lovstatus rows 4e, 4f)', () => {
    const o = result({
      ...state,
      behov: 'prove-forst',
      kandidat: 'ingen-malgruppe',
      nav: 'nav-ja',
      arbeidsevne: 'nav-vurdering-ja',
    });
    expect(fits(o, 'arbeidstrening').maxMonths).toBe(18);
    expect(mayFit(o, 'mentor').maxMonths).toBe(36);
  });

  it('makes arbeidstrening a «may fit» when NAV is not involved (tiltaksforskriften kap. 3: NAV decides)', () => {
    expect(
      mayFit(result({ sektor: 'privat', behov: 'prove-forst', nav: 'nav-nei' }), 'arbeidstrening')
        .condition
    ).toMatch(/oppfølging fra NAV/);
  });

  it('gives a kommune no state-only route, says what applies instead, and offers the NAV measures (statsansatteloven § 1; arbeidsmiljøloven)', () => {
    const o = result({
      sektor: 'kommune',
      behov: 'fast',
      nav: 'nav-ja',
      arbeidsevne: 'nav-vurdering-nei',
    });
    for (const id of [
      'administrativ-ansettelse',
      'midlertidig-ansettelse',
      'unntak-lonnstilskudd',
      'traineeprogrammet',
      'fast-etter-trainee',
    ] as const) {
      expect(notFit(o, id).reason).toMatch(/bare statlige virksomheter/);
    }
    expect(o.notices[0]?.text).toMatch(/arbeidsmiljøloven/);
    expect(fits(o, 'lonnstilskudd').subsidy?.maxMonths).toBe(12);
    expect(progress({ sektor: 'kommune', behov: 'fast' }).maxTotal).toBe(4);
  });

  it('gives a private employer a hire under arbeidsmiljøloven without state duties in «Dette gjelder fortsatt» (arbeidsmiljøloven § 14-1; ldl. §§ 22, 30)', () => {
    const r = fits(
      result({ sektor: 'privat', behov: 'midlertidig', nav: 'nav-nei' }),
      'ordinaer-ansettelse'
    );
    expect(r.title).toBe('Vanlig ansettelse etter arbeidsmiljøloven');
    expect(r.stillApplies).toEqual(['tilrettelegging']);
    expect(r.legalRefs).not.toContain('saf-4');
    expect(parseAnswers('/veiviser/privat/midlertidig/inntil-6-mnd/')).toBeNull();
  });

  it('names inkluderingstilskudd with its 2026 maximum and the rule to apply before buying (tiltaksforskriften kap. 11; lovstatus row 4d)', () => {
    const r = mayFit(
      result({ sektor: 'ideell', behov: 'fast', nav: 'nav-vet-ikke' }),
      'inkluderingstilskudd'
    );
    expect(r.summary).toMatch(/160\s400 kroner/);
    expect(r.conditions.join(' ')).toMatch(/før dere kjøper/);
  });

  it('tells the reader to ask NAV when it is unknown whether NAV is involved (tiltaksforskriften: NAV decides every measure)', () => {
    const o = result({ sektor: 'fylkeskommune', behov: 'fast', nav: 'nav-vet-ikke' });
    expect(o.unknowns.map((u) => u.questionId)).toEqual(['nav']);
    expect(mayFit(o, 'lonnstilskudd').nextSteps[0]).toMatch(
      /Spør personen om hen får oppfølging fra NAV/
    );
  });
});

describe('questions that fit real situations (issue 10, item 5)', () => {
  it('lets «Hva slags behov har dere?» be «Vet ikke», apart from trying each other out, and says what to find out', () => {
    const o = result({
      ...state,
      behov: 'behov-vet-ikke',
      kandidat: 'malgruppe-1',
      utdanning: 'utdanning-ja',
      nav: 'nav-nei',
    });
    expect(o.unknowns.map((u) => u.questionId)).toEqual(['behov']);
    expect(o.fits.map((r) => r.routeId)).toEqual([]);
    expect(mayFit(o, 'arbeidstrening').condition).toMatch(/prøve hverandre ut/);
    expect(mayFit(o, 'traineeprogrammet').condition).toMatch(/hele traineeperioden/);
  });

  it('gives innvandrerbakgrunn (§ 4b) the intervjuplikt only: no § 3a b, no traineeprogrammet, no særbehandling (statsansatteforskriften § 4b)', () => {
    const o = result(permanent({ kandidat: 'gruppe-4b', trainee: 'trainee-nei', nav: 'nav-nei' }));
    expect(notFit(o, 'unntak-lonnstilskudd').reason).toMatch(/intervjuplikt, men ikke unntak/);
    expect(notFit(o, 'traineeprogrammet').reason).toMatch(/§ 4b/);
    expect(o.notices.map((n) => n.text).join(' ')).toMatch(
      /minst én kvalifisert søker som selv har oppgitt innvandrerbakgrunn/
    );
    expect(o.notices.flatMap((n) => n.legalRefs)).toContain('saf-4b');
  });

  it('never offers traineeprogrammet as «Passer» to someone who completed it elsewhere (DFØ; review § 3)', () => {
    const o = result(
      permanent({
        kandidat: 'malgruppe-1',
        trainee: 'trainee-annen',
        utdanning: 'utdanning-ja',
        nav: 'nav-nei',
      })
    );
    expect(mayFit(o, 'traineeprogrammet').condition).toMatch(/allerede fullført traineeprogrammet/);
  });
});

describe('transitions: the person is already with us (issue 10, items 5 and 6)', () => {
  it('asks «Hvor står personen nå?» as a step of its own; «ny hos oss» adds no URL segment after it, so the old URLs keep their meaning (issue 18, item 5)', () => {
    // The step after «Et fast behov» is the question itself.
    expect(parseAnswers('/veiviser/statlig/fast/')).toEqual({ ...state, behov: 'fast' });
    expect(nextQuestion({ ...state, behov: 'fast' })?.id).toBe('situasjon');
    // Chosen, «Ny hos oss» shows on the next step only, so that step is not the question's page.
    expect(pathFor({ ...state, behov: 'fast', situasjon: 'ny-hos-oss' })).toBe(
      '/veiviser/statlig/fast/ny-hos-oss/'
    );
    expect(parseAnswers('/veiviser/statlig/fast/ny-hos-oss/')).toEqual({
      ...state,
      behov: 'fast',
      situasjon: 'ny-hos-oss',
    });
    // Later pages leave it out, as every URL did before the question existed.
    expect(
      pathFor({ ...state, behov: 'fast', situasjon: 'ny-hos-oss', kandidat: 'malgruppe-1' })
    ).toBe('/veiviser/statlig/fast/malgruppe-1/');
    expect(parseAnswers('/veiviser/statlig/fast/malgruppe-1/')).toEqual({
      ...state,
      behov: 'fast',
      situasjon: 'ny-hos-oss',
      kandidat: 'malgruppe-1',
    });
    expect(parseAnswers('/veiviser/statlig/fast/ny-hos-oss/malgruppe-1/')).toBeNull();
  });

  it('arbeidstrening → hire: skips the NAV question, closes arbeidstrening (no employment, no priority), points to lønnstilskudd (tiltaksforskriften kap. 3, 9)', () => {
    expect(
      parseAnswers(
        '/veiviser/statlig/fast/arbeidstrening-her/malgruppe-1/trainee-nei/utdanning-nei/nav-vurdering-ja/'
      )
    ).not.toBeNull();
    const o = result(
      permanent({
        situasjon: 'arbeidstrening-her',
        kandidat: 'malgruppe-1',
        trainee: 'trainee-nei',
        utdanning: 'utdanning-nei',
        arbeidsevne: 'nav-vurdering-ja',
      })
    );
    expect(notFit(o, 'arbeidstrening').reason).toMatch(/ikke en ansettelse og gir ingen rett/);
    expect(fits(o, 'ordinaer-ansettelse')).toBeDefined();
    expect(fits(o, 'lonnstilskudd').subsidy?.maxMonths).toBe(24);
    expect(o.notices.map((n) => n.text).join(' ')).toMatch(/ingen fortrinnsrett/);
  });

  it('§ 7 → keep: § 7 cannot be extended, no personalreglement question; three-year rule and no new prøvetid (statsansatteloven §§ 7, 9, 15)', () => {
    const o = result(
      temp({
        situasjon: 'administrativt-ansatt-her',
        grunnlag: 'vikariat',
        kandidat: 'malgruppe-1',
        nav: 'nav-nei',
      })
    );
    expect(notFit(o, 'administrativ-ansettelse').reason).toMatch(/kan ikke forlenges/);
    expect(o.answers.personalreglement).toBeUndefined();
    const text = o.notices.map((n) => `${n.label ?? ''} ${n.text}`).join(' ');
    expect(text).toMatch(/Treårsregelen/);
    expect(text).toMatch(/ikke avtale ny prøvetid/);
    expect(o.notices.flatMap((n) => n.legalRefs)).toEqual(
      expect.arrayContaining(['sal-7', 'sal-9', 'sal-15'])
    );
  });

  it('§ 3a b post → keep: no kandidat or NAV question, the post does not become permanent without utlysning (statsansatteforskriften § 3a b)', () => {
    const o = result(
      permanent({
        situasjon: 'unntaksstilling-her',
        trainee: 'trainee-nei',
        utdanning: 'utdanning-nei',
        arbeidsevne: 'nav-vurdering-nei',
      })
    );
    expect(notFit(o, 'unntak-lonnstilskudd').reason).toMatch(/blir ikke fast uten utlysning/);
    expect(o.answers.kandidat).toBeUndefined();
    expect(fits(o, 'ordinaer-ansettelse')).toBeDefined();
    expect(o.notices.map((n) => n.text).join(' ')).toMatch(/lys ut stillingen/);
  });
});
