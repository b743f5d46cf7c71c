import { fireaarig, navStep, stillAppliesFor, type Advice, type AdviceFn } from './advice-shared';
import { subsidyOf } from './facts-text';
import { longestMonths, type ResultFacts } from './model';
import { ARBEIDSTRENING, INKLUDERINGSTILSKUDD, MENTOR } from './policy';

// What each NAV measure means on a path. Open to every employer (tiltaksforskriften).

const kroner = (n: number) => new Intl.NumberFormat('nb-NO').format(n);

function lonnstilskudd({ meaning: a, routes }: ResultFacts): Advice {
  const f = routes.lonnstilskudd;
  const s = subsidyOf(f.subsidy!);
  const young = fireaarig(a);
  const months = longestMonths(f.longest);
  return {
    summary:
      'NAV dekker en del av lønnskostnadene i en periode. Det krever at dere ansetter personen.',
    details: [
      f.subsidy?.kind === 'used' ? `${s.rateText}.` : `Satsen er ${s.rateText}.`,
      'Satsen og lengden avhenger av om NAV har vurdert at personen har nedsatt arbeidsevne, ikke av målgruppen.',
      'Tilskuddet varer aldri lenger enn ansettelsen.',
    ],
    conditions: [
      'NAV vurderer at personen kan få lønnstilskudd.',
      'Dere skriver arbeidsavtale og betaler full lønn.',
    ],
    warnings: young.warning ? [young.warning] : [],
    legalRefs: ['tf-kap9'],
    stillApplies: stillAppliesFor('lonnstilskudd', a),
    nextSteps: [navStep(a, 'midlertidig lønnstilskudd')],
    ...(months !== undefined ? { maxMonths: months } : {}),
    subsidy: s,
    mustCheck: young.check,
  };
}

function arbeidstrening({ meaning: a, routes }: ResultFacts): Advice {
  return {
    summary:
      'Personen prøver seg i arbeid hos dere gjennom NAV, uten å være ansatt. Slik kan dere bli kjent før dere vurderer å ansette.',
    details: [
      'Personen er ikke ansatt og får ikke lønn fra dere. Hen beholder ytelsen fra NAV eller får tiltakspenger.',
      'Dere får ikke tilskudd til lønn, men kan få inkluderingstilskudd og mentor.',
      `Arbeidstreningen kan vare i inntil ${ARBEIDSTRENING.months} måneder. For personer med nedsatt arbeidsevne kan den forlenges med ${ARBEIDSTRENING.extensionMonths} måneder.`,
    ],
    conditions: ['NAV avgjør om personen kan få arbeidstrening.'],
    warnings: [
      'Arbeidstreningen skal aldri dekke grunnbemanningen.',
      'Vil dere ansette personen etterpå, gjelder de vanlige reglene for ansettelse.',
    ],
    legalRefs: ['tf-kap3'],
    stillApplies: stillAppliesFor('arbeidstrening', a),
    nextSteps: [
      navStep(a, 'arbeidstrening'),
      'Avtal med NAV hva personen skal gjøre, og hvem som følger hen opp hos dere.',
    ],
    maxMonths: longestMonths(routes.arbeidstrening.longest)!,
    mustCheck: [],
  };
}

function mentor({ meaning: a, routes }: ResultFacts): Advice {
  return {
    summary: 'NAV kan gi tilskudd slik at en kollega får tid til å følge opp personen som mentor.',
    details: [
      `Mentor kan gis i inntil ${MENTOR.months} måneder. Personer med nedsatt arbeidsevne og særlige behov kan få det i inntil ${MENTOR.extendedMonths / 12} år.`,
    ],
    conditions: [
      'NAV vurderer at personen trenger mentor.',
      ...(a.nedsattArbeidsevne === true
        ? [`Mer enn ${MENTOR.months} måneder krever særlige behov for hjelp fra mentor.`]
        : []),
    ],
    warnings: [],
    legalRefs: ['tf-kap5'],
    stillApplies: stillAppliesFor('mentor', a),
    nextSteps: [navStep(a, 'mentor')],
    maxMonths: longestMonths(routes.mentor.longest)!,
    mustCheck: [],
  };
}

function inkluderingstilskudd({ meaning: a }: ResultFacts): Advice {
  return {
    summary: `Dekker dokumenterte ekstra utgifter til tilrettelegging, opptil ${kroner(INKLUDERINGSTILSKUDD.maxKroner)} kroner i året (${INKLUDERINGSTILSKUDD.year}).`,
    details: ['Gjelder personer på tiltak fra NAV og personer NAV følger opp.'],
    conditions: ['Dere søker NAV før dere kjøper inn noe.'],
    warnings: [],
    legalRefs: ['tf-kap11'],
    stillApplies: stillAppliesFor('inkluderingstilskudd', a),
    nextSteps: [navStep(a, 'inkluderingstilskudd')],
    mustCheck: [],
  };
}

export const measureAdvice = {
  lonnstilskudd,
  arbeidstrening,
  mentor,
  inkluderingstilskudd,
} as const satisfies Record<string, AdviceFn>;
