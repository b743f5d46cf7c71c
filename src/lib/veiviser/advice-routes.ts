import {
  fireaarig,
  hullICvCheck,
  interviewStep,
  intervjuplikt,
  navStep,
  requirementsStep,
  saerbehandling,
  stillAppliesFor,
  type Advice,
  type AdviceFn,
} from './advice-shared';
import { targetGroupOf, type Meaning } from './facts';
import { subsidyOf } from './facts-text';
import { longestMonths, type ResultFacts } from './model';
import {
  LONNSTILSKUDD,
  SAF3A_B_MONTHS,
  SAL7,
  SAL9E_MONTHS,
  THREE_YEAR_RULE_YEARS,
  TRAINEE,
} from './policy';
import { conditions as said } from './texts';

// What each hiring route means on a path: texts, legal basis, limits, next steps.

const groundText = {
  a: 'arbeid av midlertidig karakter (§ 9 bokstav a)',
  b: 'vikariat (§ 9 bokstav b)',
  e: 'et uforutsett behov (§ 9 bokstav e)',
} as const;

const groundDetail = (a: Meaning) => (a.sal9 ? [`Grunnlaget er ${groundText[a.sal9]}.`] : []);

// M6 (§ 15, from 1 July 2024; review N5): the full text is on the transition results.
const NO_NEW_PROVETID =
  'Fortsetter personen etterpå i samme eller nesten samme stilling hos dere, kan dere ikke avtale ny prøvetid (statsansatteloven § 15, fra 1. juli 2024).';

const sal9Check = {
  kilde: 'lovstatus-tolkning',
  what: 'Bokstavene i § 9, seksmånedersgrensen i § 9 e og treårsregelen bygger på sekundærkilder. Lovteksten i § 9 er ikke sett.',
};

function ordinaer({ meaning: a }: ResultFacts): Advice {
  if (!a.state) {
    // Non-state employers: statsansatteloven does not apply, arbeidsmiljøloven does (lovstatus row 7a).
    return {
      title: 'Vanlig ansettelse etter arbeidsmiljøloven',
      summary:
        'Dere ansetter etter arbeidsmiljøloven. Reglene om utlysning, intervjuplikt og særbehandling i statsansatteloven og statsansatteforskriften gjelder ikke for dere.',
      details: [
        'Dere skal informere de ansatte om ledige stillinger i virksomheten.',
        'Dere kan ikke innhente opplysninger om funksjonsnedsettelse når dere ansetter, med mindre det er avgjørende for arbeidet.',
        ...(a.need === 'temporary'
          ? ['En midlertidig ansettelse må ha et grunnlag i arbeidsmiljøloven.']
          : []),
        // Prop. 94 L (2016–2017) kap. 9.1: the principle binds the whole public sector (review N12).
        ...(a.public
          ? ['Kvalifikasjonsprinsippet gjelder likevel for dere som offentlig arbeidsgiver.']
          : []),
      ],
      conditions: [],
      warnings: [],
      legalRefs: ['aml-14-1', 'aml-13-4', 'ldl-30', 'ldl-22'],
      stillApplies: stillAppliesFor('ordinaer-ansettelse', a),
      nextSteps: [
        'Sjekk egne reglementer og tariffavtaler om utlysning og ansettelse.',
        requirementsStep,
        navStep(a, 'hjelp til å finne kandidater'),
      ],
      mustCheck: [],
    };
  }
  return {
    summary:
      'Dere lyser ut stillingen offentlig og ansetter den best kvalifiserte. Det er hovedregelen i staten.',
    details: [
      intervjuplikt,
      saerbehandling,
      ...(targetGroupOf(a) === 'yes'
        ? [
            a.employedHere === true
              ? // § 4a is judged when the person applies (review N1).
                'Søker personen og oppgir det selv, gjelder intervjuplikten og særbehandlingen for hen. Bygger det på hull i CV-en (§ 4a), må det gjelde når hen søker: har hen da fast stilling eller en midlertidig stilling som varer mer enn ett år, gjelder de ikke. Sjekk definisjonen på nytt.'
              : 'Søker personen dere har i tankene, og oppgir det selv, gjelder intervjuplikten og særbehandlingen for hen.',
          ]
        : []),
    ],
    conditions:
      a.need === 'temporary'
        ? ['En midlertidig stilling må ha et grunnlag i statsansatteloven § 9.']
        : [],
    warnings: [],
    legalRefs: ['sal-4', 'sal-3', 'sal-5', 'saf-4', 'saf-4a', 'saf-4b'],
    stillApplies: stillAppliesFor('ordinaer-ansettelse', a),
    nextSteps: [
      requirementsStep,
      'Lys ut stillingen offentlig.',
      interviewStep,
      navStep(a, 'hjelp til å finne kandidater'),
    ],
    mustCheck: hullICvCheck(a),
  };
}

/** The § 7 limit as the answers decide it: no 12-month text where it cannot apply (issue 10, item 3). */
function sal7LimitDetail(a: Meaning): string {
  if (a.sal9 === 'e')
    return `Ved et uforutsett behov (§ 9 e) er grensen ${SAL9E_MONTHS} måneder, uansett hva personalreglementet sier.`;
  if (a.sal7Year === true)
    return `Grensen er ${SAL7.personalreglementMonths} måneder, fordi personalreglementet deres tillater det.`;
  if (a.sal7Year === false)
    return `Grensen er ${SAL7.months} måneder, fordi personalreglementet deres ikke gir lenger tid.`;
  return `Grensen er ${SAL7.months} måneder, eller ${SAL7.personalreglementMonths} måneder hvis personalreglementet tillater det.`;
}

function administrativ({ meaning: a, routes }: ResultFacts): Advice {
  // The sure limit: 6 while the personalreglement is not known (the table names both).
  const months = longestMonths(routes['administrativ-ansettelse'].longest) ?? SAL7.months;
  return {
    summary: `Dere kan ansette direkte i inntil ${months} måneder, uten utlysning og innstilling. Unntaket gjelder også kvalifikasjonsprinsippet, men valget må være saklig og ikke diskriminere.`,
    details: [...groundDetail(a), sal7LimitDetail(a)],
    conditions: [
      'Ansettelsen har et grunnlag i statsansatteloven § 9.',
      `Ansettelsen varer høyst ${months} måneder.`,
    ],
    // 000 L1906–1914: keeping the person needs an ordinary process.
    warnings: [
      `Skal personen fortsette etter ${months} måneder, må dere lyse ut stillingen og ansette på vanlig måte.`,
      NO_NEW_PROVETID,
    ],
    legalRefs: ['sal-7', 'sal-9'],
    stillApplies: stillAppliesFor('administrativ-ansettelse', a),
    nextSteps: [
      'Sjekk i personalreglementet hvem som kan gjøre administrative ansettelser hos dere.',
      'Skriv ned hvilket grunnlag i § 9 ansettelsen har, og når den slutter.',
      navStep(a, 'lønnstilskudd eller mentor, hvis det kan være aktuelt'),
    ],
    maxMonths: months,
    mustCheck: [
      {
        ...sal9Check,
        what: 'At ett år krever grunnlag a eller b, og at § 9 e begrenser ansettelsen til 6 måneder uansett personalreglement. Lovteksten i § 9 er ikke sett.',
      },
    ],
  };
}

const limitDetail = (a: Meaning) => {
  const threeYears = `Har personen vært midlertidig ansatt sammenhengende i mer enn ${THREE_YEAR_RULE_YEARS} år etter bokstav a, b eller e, regnes hen som fast ansatt.`;
  if (a.sal9 === 'e') return `Et uforutsett behov gir grunnlag for høyst ${SAL9E_MONTHS} måneder.`;
  if (a.sal9 === undefined)
    return `Arbeid av midlertidig karakter og vikariat har ingen fast tidsgrense. Et uforutsett behov gir høyst ${SAL9E_MONTHS} måneder. ${threeYears}`;
  return `Det er ingen fast tidsgrense. ${threeYears}`;
};

function midlertidig({ meaning: a, routes }: ResultFacts): Advice {
  const months = longestMonths(routes['midlertidig-ansettelse'].longest);
  return {
    summary:
      'Dere lyser ut en midlertidig stilling og ansetter den best kvalifiserte. Stillingen må ha et grunnlag i statsansatteloven § 9.',
    details: [
      ...groundDetail(a),
      limitDetail(a),
      intervjuplikt,
      'Dere skal drøfte bruken av midlertidige ansettelser med de tillitsvalgte minst én gang i året.',
    ],
    conditions: ['Ansettelsen har et grunnlag i statsansatteloven § 9.'],
    warnings:
      a.sal9 === 'e'
        ? [
            `Skal personen fortsette etter ${SAL9E_MONTHS} måneder, trenger dere et annet grunnlag eller en fast ansettelse med utlysning.`,
          ]
        : [],
    legalRefs: ['sal-9', 'sal-4', 'saf-4', 'saf-4a', 'saf-4b'],
    stillApplies: stillAppliesFor('midlertidig-ansettelse', a),
    nextSteps: [
      'Skriv ned hvilket grunnlag i § 9 stillingen har, og hvor lenge den varer.',
      requirementsStep,
      'Lys ut stillingen.',
      interviewStep,
    ],
    ...(months !== undefined ? { maxMonths: months } : {}),
    mustCheck: [sal9Check],
  };
}

/** «2 år» or «6 måneder»: the § 3a b post's limit in words. */
const period = (months: number) => (months % 12 === 0 ? `${months / 12} år` : `${months} måneder`);

function unntakLonnstilskudd({ meaning: a, routes }: ResultFacts): Advice {
  const f = routes['unntak-lonnstilskudd'];
  const s = subsidyOf(f.subsidy!);
  const months = longestMonths(f.longest)!;
  const young = fireaarig(a, 'saf3a');
  const subsidyMonths = s.maxMonths ?? 0;
  return {
    // The vocabulary's name says «inntil 2 år»; on § 9 e the post lasts 6 months (review N2).
    ...(months !== SAF3A_B_MONTHS
      ? { title: `Midlertidig stilling inntil ${period(months)} med lønnstilskudd, uten utlysning` }
      : {}),
    summary: `Dere kan ansette en person i målgruppen i en midlertidig stilling i inntil ${period(months)} med midlertidig lønnstilskudd, uten å lyse ut stillingen.`,
    details: [
      // How the post and the subsidy's own limit fit together (issue 10, item 3).
      ...(subsidyMonths >= months
        ? [`Tilskuddet er ${s.rateText}. Det varer aldri lenger enn stillingen.`]
        : a.nedsattArbeidsevne === true
          ? [
              `Tilskuddet er ${s.rateText}. Det dekker hele stillingen bare hvis NAV innvilger det for hele perioden.`,
            ]
          : [
              `To år i stillingen er ikke to år med tilskudd. Tilskuddet er ${s.rateText}.`,
              `Uten at NAV har vurdert nedsatt arbeidsevne, varer tilskuddet høyst ${LONNSTILSKUDD.standard.maxMonths} måneder. Resten av tiden betaler dere hele lønnen.`,
            ]),
      'Bare kravet om utlysning faller bort. Kvalifikasjonsprinsippet og reglene om innstilling og ansettelse gjelder.',
      ...(f.longest.kind === 'saf3abByGround' ? [said.saf3bSal9eCap.text] : []),
    ],
    conditions: [
      'Personen har selv oppgitt en funksjonsnedsettelse (§ 4) eller hull i CV-en (§ 4a).',
      'NAV har vurdert og godkjent midlertidig lønnstilskudd før dere ansetter.',
      `Stillingen er midlertidig og varer høyst ${period(months)}.`,
    ],
    // DFØ 22 Jun 2022: no permanent post without utlysning after the two years.
    warnings: [
      'Vil dere ansette personen fast etterpå, må stillingen lyses ut.',
      NO_NEW_PROVETID,
      // 000 L1866–1876: § 7 then § 3a b can pass three years on § 9 a/b (m3).
      `Har personen vært ansatt etter § 7 hos dere først, kan tiden til sammen bli mer enn ${THREE_YEAR_RULE_YEARS} år. Da kan personen regnes som fast ansatt (statsansatteloven § 9).`,
      ...(young.warning ? [young.warning] : []),
    ],
    legalRefs: ['saf-3a', 'saf-4', 'saf-4a', 'tf-kap9'],
    stillApplies: stillAppliesFor('unntak-lonnstilskudd', a),
    nextSteps: [
      `Opprett en midlertidig stilling på inntil ${period(months)}.`,
      a.navFollows === true
        ? navStep(a, 'midlertidig lønnstilskudd')
        : navStep(
            a,
            'midlertidig lønnstilskudd for personen, eller om NAV har kandidater som kan få det'
          ),
      'Informer de ansatte i virksomheten om den ledige stillingen.',
      'Vurder hvem av kandidatene dere har fått inn som er best kvalifisert, og lag innstilling som vanlig.',
      'Inngå avtale med NAV om tilskuddet for personen. NAV må ha godkjent tilskuddet før dere ansetter uten utlysning.',
      'Ansett personen og skriv arbeidsavtale.',
    ],
    maxMonths: months,
    subsidy: s,
    // M5: § 3a b lifts only utlysning and § 9 has no ground for a NAV measure; our reading, flagged.
    mustCheck: [
      {
        kilde: 'tolkning-3a-b-grunnlag',
        what: 'Om den midlertidige stillingen også trenger et grunnlag i statsansatteloven § 9. Vår lesing er ja, som regel bokstav a eller b.',
      },
      ...hullICvCheck(a),
      ...young.check,
    ],
  };
}

function traineeprogrammet({ meaning: a, routes }: ResultFacts): Advice {
  const months = longestMonths(routes.traineeprogrammet.longest)!;
  return {
    summary: `Gjennom traineeprogrammet i staten kan dere ansette en person i målgruppen med høyere utdanning i en midlertidig stilling i inntil ${TRAINEE.months / 12} år, med mulighet for ${TRAINEE.extensionMonths / 12} år til.`,
    details: [
      'Stillingen lyses ut bare for målgruppen, og søkerne må krysse av for at de hører til den. Stillingene lyses ut fortløpende.',
      'Stillingen er praksisarbeid etter statsansatteloven § 9 bokstav c.',
      'Etter fullført traineeperiode kan dere gjøre stillingen fast uten ny utlysning, hvis personen er kvalifisert (statsansatteforskriften § 3a bokstav a).',
      'DFØ driver programmet.',
    ],
    conditions: [
      'Personen har høyere utdanning fra universitet eller høyskole.',
      'Personen hører til målgruppen og oppgir det selv når hen søker.',
    ],
    warnings: [],
    legalRefs: ['sal-9', 'saf-5', 'saf-3a'],
    stillApplies: stillAppliesFor('traineeprogrammet', a),
    nextSteps: [
      'Les DFØs sider for arbeidsgivere om traineeprogrammet i staten, og ta kontakt med DFØ.',
      'Lys ut stillingen bare for målgruppen, slik DFØ beskriver.',
      'Gi traineen en mentor i virksomheten. DFØ har kurs for mentorer.',
    ],
    maxMonths: months,
    mustCheck: [
      {
        kilde: 'dfo-trainee-drift',
        what: 'At traineeprogrammet fortsatt drives. DFØs sider om det er udaterte.',
      },
      ...hullICvCheck(a),
    ],
  };
}

function fastEtterTrainee({ meaning: a }: ResultFacts): Advice {
  return {
    summary:
      'Har personen fullført traineeprogrammet i staten hos dere, kan dere ansette hen fast uten å lyse ut stillingen.',
    details: ['Unntaket har gjeldt siden 1. januar 2020.'],
    conditions: [
      'Traineeperioden er fullført i deres virksomhet.',
      'Personen er kvalifisert for stillingen.',
    ],
    warnings: [],
    legalRefs: ['saf-3a', 'saf-5'],
    stillApplies: stillAppliesFor('fast-etter-trainee', a),
    nextSteps: [
      'Vurder om personen er kvalifisert for stillingen.',
      'Gjør vedtak om fast ansettelse slik personalreglementet deres sier.',
    ],
    mustCheck: [],
  };
}

export const routeAdvice = {
  'ordinaer-ansettelse': ordinaer,
  'administrativ-ansettelse': administrativ,
  'midlertidig-ansettelse': midlertidig,
  'unntak-lonnstilskudd': unntakLonnstilskudd,
  traineeprogrammet,
  'fast-etter-trainee': fastEtterTrainee,
} as const satisfies Record<string, AdviceFn>;
