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
} from './advice-shared';
import {
  inTargetGroup,
  isState,
  navFollows,
  nedsattArbeidsevne,
  sal7Months,
  sal9Months,
  subsidy,
} from './facts';
import {
  LONNSTILSKUDD,
  SAF3A_B_MONTHS,
  SAL7,
  SAL9E_MONTHS,
  THREE_YEAR_RULE_YEARS,
  TRAINEE,
} from './policy';
import type { Answers } from './questions';

// What each hiring route means on a path: texts, legal basis, limits, next steps.

const groundText = {
  'midlertidig-karakter': 'arbeid av midlertidig karakter (§ 9 bokstav a)',
  vikariat: 'vikariat (§ 9 bokstav b)',
  uforutsett: 'et uforutsett behov (§ 9 bokstav e)',
} as const;

const groundDetail = (a: Answers) =>
  a.grunnlag && a.grunnlag !== 'grunnlag-vet-ikke'
    ? [`Grunnlaget er ${groundText[a.grunnlag]}.`]
    : [];

// M6 (§ 15): the person continues at a transition; the full text is on the transition results.
const NO_NEW_PROVETID =
  'Fortsetter personen etterpå i samme eller nesten samme stilling hos dere, kan dere ikke avtale ny prøvetid (statsansatteloven § 15).';

const sal9Check = {
  kilde: 'lovstatus-tolkning',
  what: 'Bokstavene i § 9, seksmånedersgrensen i § 9 e og treårsregelen bygger på sekundærkilder. Lovteksten i § 9 er ikke sett.',
};

function ordinaer(a: Answers): Advice {
  if (!isState(a)) {
    // Non-state employers: statsansatteloven does not apply, arbeidsmiljøloven does (lovstatus row 7a).
    return {
      title: 'Vanlig ansettelse etter arbeidsmiljøloven',
      summary:
        'Dere ansetter etter arbeidsmiljøloven. Reglene om utlysning, intervjuplikt og særbehandling i statsansatteloven og statsansatteforskriften gjelder ikke for dere.',
      details: [
        'Dere skal informere de ansatte om ledige stillinger i virksomheten.',
        'Dere kan ikke innhente opplysninger om funksjonsnedsettelse når dere ansetter, med mindre det er avgjørende for arbeidet.',
        ...(a.behov === 'midlertidig'
          ? ['En midlertidig ansettelse må ha et grunnlag i arbeidsmiljøloven.']
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
      ...(inTargetGroup(a) === 'yes'
        ? [
            'Søker personen dere har i tankene, og oppgir det selv, gjelder intervjuplikten og særbehandlingen for hen.',
          ]
        : []),
    ],
    conditions:
      a.behov === 'midlertidig'
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
function sal7LimitDetail(a: Answers): string {
  if (a.grunnlag === 'uforutsett')
    return `Ved et uforutsett behov (§ 9 e) er grensen ${SAL9E_MONTHS} måneder, uansett hva personalreglementet sier.`;
  if (a.personalreglement === 'personalreglement-ja')
    return `Grensen er ${SAL7.personalreglementMonths} måneder, fordi personalreglementet deres tillater det.`;
  if (a.personalreglement === 'personalreglement-nei')
    return `Grensen er ${SAL7.months} måneder, fordi personalreglementet deres ikke gir lenger tid.`;
  return `Grensen er ${SAL7.months} måneder, eller ${SAL7.personalreglementMonths} måneder hvis personalreglementet tillater det.`;
}

function administrativ(a: Answers): Advice {
  const months = sal7Months(a);
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

const limitDetail = (a: Answers) => {
  const threeYears = `Har personen vært midlertidig ansatt sammenhengende i mer enn ${THREE_YEAR_RULE_YEARS} år etter bokstav a, b eller e, regnes hen som fast ansatt.`;
  if (a.grunnlag === 'uforutsett')
    return `Et uforutsett behov gir grunnlag for høyst ${SAL9E_MONTHS} måneder.`;
  if (a.grunnlag === 'grunnlag-vet-ikke')
    return `Arbeid av midlertidig karakter og vikariat har ingen fast tidsgrense. Et uforutsett behov gir høyst ${SAL9E_MONTHS} måneder. ${threeYears}`;
  return `Det er ingen fast tidsgrense. ${threeYears}`;
};

function midlertidig(a: Answers): Advice {
  const months = sal9Months(a);
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
      a.grunnlag === 'uforutsett'
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

function unntakLonnstilskudd(a: Answers): Advice {
  const s = subsidy(a);
  const young = fireaarig(a, 'saf3a');
  return {
    summary: `Dere kan ansette en person i målgruppen i en midlertidig stilling i inntil ${SAF3A_B_MONTHS / 12} år med midlertidig lønnstilskudd, uten å lyse ut stillingen.`,
    details: [
      // How the 2-year post and the subsidy's own limit fit together (issue 10, item 3).
      ...(nedsattArbeidsevne(a)
        ? [
            `Tilskuddet er ${s.rateText}. Det dekker hele stillingen bare hvis NAV innvilger det for hele perioden.`,
          ]
        : [
            `To år i stillingen er ikke to år med tilskudd. Tilskuddet er ${s.rateText}.`,
            `Uten at NAV har vurdert nedsatt arbeidsevne, varer tilskuddet høyst ${LONNSTILSKUDD.standard.maxMonths} måneder. Resten av tiden betaler dere hele lønnen.`,
          ]),
      'Bare kravet om utlysning faller bort. Kvalifikasjonsprinsippet og reglene om innstilling og ansettelse gjelder.',
    ],
    conditions: [
      'Personen har selv oppgitt en funksjonsnedsettelse (§ 4) eller hull i CV-en (§ 4a).',
      'NAV har vurdert og godkjent midlertidig lønnstilskudd før dere ansetter.',
      `Stillingen er midlertidig og varer høyst ${SAF3A_B_MONTHS / 12} år.`,
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
      `Opprett en midlertidig stilling på inntil ${SAF3A_B_MONTHS / 12} år.`,
      navFollows(a)
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
    maxMonths: SAF3A_B_MONTHS,
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

function traineeprogrammet(a: Answers): Advice {
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
    maxMonths: TRAINEE.months + TRAINEE.extensionMonths,
    mustCheck: [
      {
        kilde: 'dfo-trainee-drift',
        what: 'At traineeprogrammet fortsatt drives. DFØs sider om det er udaterte.',
      },
      ...hullICvCheck(a),
    ],
  };
}

function fastEtterTrainee(a: Answers): Advice {
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
} as const;
