import { sectors, type SectorId } from '../vocabulary';
import type { QuestionDef } from '../wizard';
import { unknownInfo } from './unknowns';

// The questions of «Veiviseren», asked in this order; askIf skips a question whose answer cannot
// change the result on that path. Slugs are URL segments: abstract, never sensitive words.

const STATE = { sektor: ['statlig'] } as const;
const STATE_TEMPORARY = { sektor: ['statlig'], behov: ['midlertidig'] } as const;
/** The answers of «Hvor står personen nå?» that say the person is already with us. */
const TRANSITIONS = ['arbeidstrening-her', 'administrativt-ansatt-her', 'unntaksstilling-her'];

/** What a sector means for the rules: statsansatteloven (state), kvalifikasjonsprinsippet (public; N12). */
const sectorMeans: Record<SectorId, { state: boolean; public: boolean }> = {
  statlig: { state: true, public: true },
  kommune: { state: false, public: true },
  fylkeskommune: { state: false, public: true },
  helseforetak: { state: false, public: true },
  privat: { state: false, public: false },
  ideell: { state: false, public: false },
};

// `means` is what an answer means for the rules (facts.ts reads it; no slug comparisons elsewhere):
// need (behov), here/employedHere/subsidyUsed (situasjon), upToMonths/overMonths (varighet), sal9
// letter (grunnlag), sal7Year (personalreglement), targetGroup (kandidat), traineeDone,
// higherEducation, navFollows, nedsattArbeidsevne.
export const questions = [
  {
    id: 'sektor',
    text: 'Hva slags virksomhet er dere?',
    help: 'Velg «Statlig virksomhet» hvis de ansatte er omfattet av statsansatteloven. Er dere et selskap eller foretak som staten eier, må dere sjekke om loven gjelder for dere.',
    answers: sectors.map((s) => ({ slug: s.id, label: s.label, means: sectorMeans[s.id] })),
  },
  {
    id: 'behov',
    text: 'Hva slags behov har dere?',
    help: 'Hovedregelen er fast ansettelse. En midlertidig ansettelse krever et grunnlag i loven.',
    answers: [
      {
        slug: 'fast',
        label: 'Et fast behov',
        help: 'Dere vil ansette fast.',
        means: { need: 'permanent' },
      },
      {
        slug: 'midlertidig',
        label: 'Et midlertidig behov',
        help: 'For eksempel et vikariat, et prosjekt eller en topp i arbeidet.',
        means: { need: 'temporary' },
      },
      { slug: 'prove-forst', label: 'Vi vil prøve hverandre ut først', means: { need: 'tryOut' } },
      { slug: 'behov-vet-ikke', label: 'Vet ikke', unknown: true },
    ],
    unknownInfo: unknownInfo.behov,
  },
  {
    // Added after the flow went live: «ny-hos-oss» is the default and adds no URL segment, so
    // every older URL keeps its meaning. The other answers are the transitions the rule pages recommend.
    id: 'situasjon',
    text: 'Hvor står personen nå?',
    help: 'Er personen allerede hos dere, avgjør det hva neste lovlige steg er.',
    askIf: { when: { sektor: ['statlig'], behov: ['fast', 'midlertidig'] } },
    defaultAnswer: 'ny-hos-oss',
    answers: [
      { slug: 'ny-hos-oss', label: 'Ny hos oss' },
      {
        slug: 'arbeidstrening-her',
        label: 'På arbeidstrening hos oss',
        means: { here: 'arbeidstrening', navFollows: true },
      },
      {
        slug: 'administrativt-ansatt-her',
        label: 'Ansatt hos oss etter § 7 (administrativ ansettelse)',
        means: { here: 'sal7', employedHere: true },
      },
      {
        slug: 'unntaksstilling-her',
        label: 'I en stilling hos oss med lønnstilskudd uten utlysning (§ 3a b)',
        // Stated the target group to get the post; has had the subsidy (review N4).
        means: {
          here: 'saf3ab',
          employedHere: true,
          targetGroup: 'stated',
          navFollows: true,
          subsidyUsed: true,
        },
      },
    ],
  },
  {
    id: 'varighet',
    text: 'Hvor lenge varer behovet?',
    help: 'Tenk på hele behovet, ikke bare den første kontrakten.',
    // Not on a transition: each route's limit stands on the result as a condition (page budget, docs/veiviser.md).
    askIf: { when: STATE_TEMPORARY, unless: { situasjon: TRANSITIONS } },
    answers: [
      { slug: 'inntil-6-mnd', label: 'Inntil 6 måneder', means: { upToMonths: 6 } },
      { slug: '6-12-mnd', label: 'Mer enn 6 måneder, inntil 1 år', means: { upToMonths: 12 } },
      { slug: '12-24-mnd', label: 'Mer enn 1 år, inntil 2 år', means: { upToMonths: 24 } },
      { slug: 'over-24-mnd', label: 'Mer enn 2 år', means: { overMonths: 24 } },
      { slug: 'varighet-vet-ikke', label: 'Vet ikke', unknown: true },
    ],
    unknownInfo: unknownInfo.varighet,
  },
  {
    id: 'grunnlag',
    text: 'Hvorfor er behovet midlertidig?',
    help: 'En midlertidig ansettelse i staten må ha et grunnlag i statsansatteloven § 9. Dette er de vanligste.',
    askIf: { when: STATE_TEMPORARY },
    answers: [
      {
        slug: 'midlertidig-karakter',
        label: 'Arbeidet er midlertidig',
        help: 'For eksempel et prosjekt med tidsbegrenset finansiering, en klar topp, eller arbeid som skiller seg fra det dere vanligvis gjør (§ 9 bokstav a).',
        means: { sal9: 'a' },
      },
      {
        slug: 'vikariat',
        label: 'Vikariat',
        help: 'Personen skal gjøre arbeidet til en eller flere som er borte (§ 9 bokstav b).',
        means: { sal9: 'b' },
      },
      {
        slug: 'uforutsett',
        label: 'Et uforutsett behov',
        help: 'Et behov som har oppstått uventet. Det gir grunnlag for inntil 6 måneder (§ 9 bokstav e).',
        means: { sal9: 'e' },
      },
      { slug: 'grunnlag-vet-ikke', label: 'Vet ikke, eller et annet grunnlag', unknown: true },
    ],
    unknownInfo: unknownInfo.grunnlag,
  },
  {
    id: 'personalreglement',
    text: 'Tillater personalreglementet deres administrativ ansettelse i inntil ett år?',
    help: 'Personalreglementet er virksomhetens egne regler om ansettelse, avtalt med de tillitsvalgte. Uten en slik bestemmelse er grensen 6 måneder (statsansatteloven § 7).',
    // Only where a 1-year limit could matter: a need over 6 months (or not asked) on ground a or b (§ 9 e caps at 6).
    // Not for someone already employed under § 7: it cannot be extended past its limit anyway.
    askIf: {
      when: { ...STATE_TEMPORARY, grunnlag: ['midlertidig-karakter', 'vikariat'] },
      unless: { varighet: ['inntil-6-mnd'], situasjon: ['administrativt-ansatt-her'] },
    },
    answers: [
      { slug: 'personalreglement-ja', label: 'Ja', means: { sal7Year: true } },
      { slug: 'personalreglement-nei', label: 'Nei', means: { sal7Year: false } },
      { slug: 'personalreglement-vet-ikke', label: 'Vet ikke', unknown: true },
    ],
    unknownInfo: unknownInfo.personalreglement,
  },
  {
    id: 'kandidat',
    text: 'Har personen dere vil ansette, selv oppgitt at hen hører til en av disse gruppene?',
    help: 'Svar ut fra det personen selv har oppgitt, for eksempel ved å krysse av i søknaden eller gjennom NAV. Ikke spør om helse eller funksjonsnedsettelse. Gjelder begge, velg én av dem.',
    // A § 3a b post needs the stated target group, so that answer already says it.
    askIf: { when: STATE, unless: { situasjon: ['unntaksstilling-her'] } },
    answers: [
      {
        slug: 'malgruppe-1',
        label: 'Ja: en funksjonsnedsettelse',
        help: 'Personen har oppgitt en funksjonsnedsettelse som gjør at hen trenger tilrettelegging på arbeidsplassen eller i arbeidsforholdet (statsansatteforskriften § 4).',
        means: { targetGroup: 'stated' },
      },
      {
        slug: 'malgruppe-2',
        label: 'Ja: hull i CV-en',
        // The full definition (lovstatus row 3d); the last condition rests on DFØ only, so «må sjekkes».
        help: 'Hull i CV-en betyr at personen, da hen søkte, til sammen hadde vært utenfor arbeid, utdanning eller opplæring i minst 2 av de siste 5 årene. Fraværet skyldtes sykdom (også psykisk sykdom), rus eller soning, eller at personen var aktivt arbeidssøkende. Personen hadde heller ikke fast stilling eller midlertidig stilling på mer enn ett år da hen søkte (må sjekkes). Statsansatteforskriften § 4a.',
        // § 4a is judged when the person applies: a job of more than a year ends it (review N1).
        means: { targetGroup: 'stated', hullICv: true },
      },
      {
        slug: 'gruppe-4b',
        label: 'Ja: innvandrerbakgrunn',
        help: 'Innvandrerbakgrunn gir intervjuplikt (statsansatteforskriften § 4b), men ikke positiv særbehandling eller unntak fra utlysning.',
        means: { targetGroup: 'none', interviewOnly: true },
      },
      { slug: 'ingen-malgruppe', label: 'Nei, ingen av delene', means: { targetGroup: 'none' } },
      {
        slug: 'malgruppe-vet-ikke',
        label: 'Vet ikke, eller vi har ingen bestemt person ennå',
        unknown: true,
      },
    ],
    unknownInfo: unknownInfo.kandidat,
  },
  {
    // Issue 18, items 2 and 5: on arbeidstrening with a temporary need the length decides the
    // limits of § 7 and § 3a b. Asked where § 3a b can open (the target group, or not known), for
    // the page budget (docs/veiviser.md). Added to live URLs: «Vet ikke» is the default and adds no
    // segment, so every older URL keeps its meaning (the duration was not asked there).
    id: 'varighet-her',
    text: 'Hvor lenge varer behovet?',
    help: 'Tenk på hele behovet, ikke bare den første kontrakten.',
    askIf: {
      when: {
        ...STATE_TEMPORARY,
        situasjon: ['arbeidstrening-her'],
        kandidat: ['malgruppe-1', 'malgruppe-2', 'malgruppe-vet-ikke'],
      },
    },
    defaultAnswer: 'varer-vet-ikke',
    answers: [
      { slug: 'varer-inntil-6-mnd', label: 'Inntil 6 måneder', means: { upToMonths: 6 } },
      {
        slug: 'varer-6-12-mnd',
        label: 'Mer enn 6 måneder, inntil 1 år',
        means: { upToMonths: 12 },
      },
      { slug: 'varer-12-24-mnd', label: 'Mer enn 1 år, inntil 2 år', means: { upToMonths: 24 } },
      { slug: 'varer-over-24-mnd', label: 'Mer enn 2 år', means: { overMonths: 24 } },
      { slug: 'varer-vet-ikke', label: 'Vet ikke', unknown: true },
    ],
    unknownInfo: unknownInfo.varighetHer,
  },
  {
    id: 'trainee',
    text: 'Har personen fullført traineeprogrammet i staten?',
    help: 'Traineeprogrammet i staten er for personer med funksjonsnedsettelse eller hull i CV-en som har høyere utdanning. DFØ driver programmet.',
    askIf: { when: { sektor: ['statlig'], behov: ['fast'] } },
    answers: [
      {
        slug: 'trainee-her',
        label: 'Ja, hos oss',
        means: { traineeDone: 'here', employedHere: true },
      },
      {
        slug: 'trainee-annen',
        label: 'Ja, i en annen virksomhet',
        means: { traineeDone: 'elsewhere' },
      },
      { slug: 'trainee-nei', label: 'Nei', means: { traineeDone: 'no' } },
      { slug: 'trainee-vet-ikke', label: 'Vet ikke', unknown: true },
    ],
    unknownInfo: unknownInfo.trainee,
  },
  {
    id: 'utdanning',
    text: 'Har personen høyere utdanning fra universitet eller høyskole?',
    help: 'Det er et krav for å bli ansatt gjennom traineeprogrammet i staten.',
    // Only where traineeprogrammet can fit: the target group, a lasting need, not already a trainee here.
    askIf: {
      when: { sektor: ['statlig'], behov: ['fast', 'prove-forst', 'behov-vet-ikke'] },
      unless: { kandidat: ['ingen-malgruppe', 'gruppe-4b'], trainee: ['trainee-her'] },
    },
    answers: [
      { slug: 'utdanning-ja', label: 'Ja', means: { higherEducation: true } },
      { slug: 'utdanning-nei', label: 'Nei', means: { higherEducation: false } },
      { slug: 'utdanning-vet-ikke', label: 'Vet ikke', unknown: true },
    ],
    unknownInfo: unknownInfo.utdanning,
  },
  {
    id: 'nav',
    text: 'Får personen oppfølging fra NAV?',
    help: 'NAV avgjør om personen kan få tiltak som lønnstilskudd, arbeidstrening og mentor. Har dere ingen bestemt person ennå, svar «Nei».',
    // Arbeidstrening and a § 3a b post both run through NAV: the answer is given.
    askIf: { unless: { situasjon: ['arbeidstrening-her', 'unntaksstilling-her'] } },
    answers: [
      { slug: 'nav-ja', label: 'Ja', means: { navFollows: true } },
      { slug: 'nav-nei', label: 'Nei', means: { navFollows: false } },
      { slug: 'nav-vet-ikke', label: 'Vet ikke', unknown: true },
    ],
    unknownInfo: unknownInfo.nav,
  },
  {
    id: 'arbeidsevne',
    text: 'Har NAV vurdert at personen har nedsatt arbeidsevne?',
    help: 'Det er NAVs vurdering av arbeidsevnen, ikke målgruppen, som avgjør hvor mye lønnstilskudd dere kan få og hvor lenge. Spør NAV-veilederen. Dere trenger ikke vite hvorfor.',
    // Asked when NAV follows the person up: «Ja», or a transition that runs through NAV (nav not asked).
    askIf: { unless: { nav: ['nav-nei', 'nav-vet-ikke'] } },
    answers: [
      { slug: 'nav-vurdering-ja', label: 'Ja', means: { nedsattArbeidsevne: true } },
      { slug: 'nav-vurdering-nei', label: 'Nei', means: { nedsattArbeidsevne: false } },
      { slug: 'nav-vurdering-vet-ikke', label: 'Vet ikke', unknown: true },
    ],
    unknownInfo: unknownInfo.arbeidsevne,
  },
] as const satisfies readonly QuestionDef[];

type Question = (typeof questions)[number];
export type QuestionId = Question['id'];

/** The answers of a path: question id → answer slug. */
export type Answers = { readonly [Q in Question as Q['id']]?: Q['answers'][number]['slug'] };
