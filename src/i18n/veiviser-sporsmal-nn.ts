// The wizard's questions in nynorsk (språklova § 14), by question id and answer slug. The type
// comes from the flow: a question or answer added in src/lib/veiviser/questions.ts without its
// nynorsk text here does not compile.
import type { QuestionTexts } from '../lib/wizard/localize';
import type { questions } from '../lib/veiviser/questions';

export const questionTextsNn: QuestionTexts<typeof questions> = {
  sektor: {
    text: 'Kva slags verksemd er de?',
    help: 'Vel «Statleg verksemd» viss dei tilsette er omfatta av statsansattelova. Er de eit selskap eller føretak som staten eig, må de sjekke om lova gjeld for dykk.',
    answers: {
      statlig: {
        label: 'Statleg verksemd',
      },
      kommune: {
        label: 'Kommune',
      },
      fylkeskommune: {
        label: 'Fylkeskommune',
      },
      privat: {
        label: 'Privat verksemd',
      },
      ideell: {
        label: 'Ideell verksemd',
      },
      helseforetak: {
        label: 'Helseføretak',
      },
    },
  },
  behov: {
    text: 'Kva slags behov har de?',
    help: 'Hovudregelen er fast tilsetjing. Ei mellombels tilsetjing krev eit grunnlag i lova.',
    answers: {
      fast: {
        label: 'Eit fast behov',
        help: 'De vil tilsetje fast.',
      },
      midlertidig: {
        label: 'Eit mellombels behov',
        help: 'Til dømes eit vikariat, eit prosjekt eller ein topp i arbeidet.',
      },
      'prove-forst': {
        label: 'Vi vil prøve kvarandre ut først',
      },
      'behov-vet-ikke': {
        label: 'Veit ikkje',
      },
    },
  },
  situasjon: {
    text: 'Kor står personen no?',
    help: 'Er personen allereie hos dykk, avgjer det kva neste lovlege steg er.',
    answers: {
      'ny-hos-oss': {
        label: 'Ny hos oss',
      },
      'arbeidstrening-her': {
        label: 'På arbeidstrening hos oss',
      },
      'administrativt-ansatt-her': {
        label: 'Tilsett hos oss etter § 7 (administrativ tilsetjing)',
      },
      'unntaksstilling-her': {
        label: 'I ei stilling hos oss med lønstilskot utan utlysing (§ 3a b)',
      },
    },
  },
  varighet: {
    text: 'Kor lenge varer behovet?',
    help: 'Tenk på heile behovet, ikkje berre den første kontrakten.',
    answers: {
      'inntil-6-mnd': {
        label: 'Inntil 6 månader',
      },
      '6-12-mnd': {
        label: 'Meir enn 6 månader, inntil 1 år',
      },
      '12-24-mnd': {
        label: 'Meir enn 1 år, inntil 2 år',
      },
      'over-24-mnd': {
        label: 'Meir enn 2 år',
      },
      'varighet-vet-ikke': {
        label: 'Veit ikkje',
      },
    },
  },
  'varighet-her': {
    text: 'Kor lenge varer behovet?',
    help: 'Tenk på heile behovet, ikkje berre den første kontrakten.',
    answers: {
      'varer-inntil-6-mnd': { label: 'Inntil 6 månader' },
      'varer-6-12-mnd': { label: 'Meir enn 6 månader, inntil 1 år' },
      'varer-12-24-mnd': { label: 'Meir enn 1 år, inntil 2 år' },
      'varer-over-24-mnd': { label: 'Meir enn 2 år' },
      'varer-vet-ikke': { label: 'Veit ikkje' },
    },
  },
  grunnlag: {
    text: 'Kvifor er behovet mellombels?',
    help: 'Ei mellombels tilsetjing i staten må ha eit grunnlag i statsansattelova § 9. Dette er dei vanlegaste.',
    answers: {
      'midlertidig-karakter': {
        label: 'Arbeidet er mellombels',
        help: 'Til dømes eit prosjekt med tidsavgrensa finansiering, ein klar topp, eller arbeid som skil seg frå det de vanlegvis gjer (§ 9 bokstav a).',
      },
      vikariat: {
        label: 'Vikariat',
        help: 'Personen skal gjere arbeidet til ein eller fleire som er borte (§ 9 bokstav b).',
      },
      uforutsett: {
        label: 'Eit uføresett behov',
        help: 'Eit behov som har oppstått uventa. Det gir grunnlag for inntil 6 månader (§ 9 bokstav e).',
      },
      'grunnlag-vet-ikke': {
        label: 'Veit ikkje, eller eit anna grunnlag',
      },
    },
  },
  personalreglement: {
    text: 'Tillèt personalreglementet dykkar administrativ tilsetjing i inntil eitt år?',
    help: 'Personalreglementet er reglane verksemda sjølv har om tilsetjing, avtalte med dei tillitsvalde. Utan ei slik føresegn er grensa 6 månader (statsansattelova § 7).',
    answers: {
      'personalreglement-ja': {
        label: 'Ja',
      },
      'personalreglement-nei': {
        label: 'Nei',
      },
      'personalreglement-vet-ikke': {
        label: 'Veit ikkje',
      },
    },
  },
  kandidat: {
    text: 'Har personen de vil tilsetje, sjølv oppgitt at hen høyrer til ei av desse gruppene?',
    help: 'Svar ut frå det personen sjølv har oppgitt, til dømes ved å krysse av i søknaden eller gjennom NAV. Ikkje spør om helse eller funksjonsnedsetjing. Gjeld begge, vel éi av dei.',
    answers: {
      'malgruppe-1': {
        label: 'Ja: ei funksjonsnedsetjing',
        help: 'Personen har oppgitt ei funksjonsnedsetjing som gjer at hen treng tilrettelegging på arbeidsplassen eller i arbeidsforholdet (statsansatteforskrifta § 4).',
      },
      'malgruppe-2': {
        label: 'Ja: hol i CV-en',
        help: 'Hol i CV-en tyder at personen, då hen søkte, til saman hadde vore utanfor arbeid, utdanning eller opplæring i minst 2 av dei siste 5 åra. Grunnen til fråværet var sjukdom (også psykisk sjukdom), rus eller soning, eller at personen var aktivt arbeidssøkjande. Personen hadde heller ikkje fast stilling eller mellombels stilling på meir enn eitt år då hen søkte (må sjekkast). Statsansatteforskrifta § 4a.',
      },
      'gruppe-4b': {
        label: 'Ja: innvandrarbakgrunn',
        help: 'Innvandrarbakgrunn gir intervjuplikt (statsansatteforskrifta § 4b), men ikkje positiv særbehandling eller unntak frå utlysing.',
      },
      'ingen-malgruppe': {
        label: 'Nei, ingen av delane',
      },
      'malgruppe-vet-ikke': {
        label: 'Veit ikkje, eller vi har ingen bestemd person enno',
      },
    },
  },
  trainee: {
    text: 'Har personen fullført traineeprogrammet i staten?',
    help: 'Traineeprogrammet i staten er for personar med funksjonsnedsetjing eller hol i CV-en som har høgare utdanning. DFØ driv programmet.',
    answers: {
      'trainee-her': {
        label: 'Ja, hos oss',
      },
      'trainee-annen': {
        label: 'Ja, i ei anna verksemd',
      },
      'trainee-nei': {
        label: 'Nei',
      },
      'trainee-vet-ikke': {
        label: 'Veit ikkje',
      },
    },
  },
  utdanning: {
    text: 'Har personen høgare utdanning frå universitet eller høgskule?',
    help: 'Det er eit krav for å bli tilsett gjennom traineeprogrammet i staten.',
    answers: {
      'utdanning-ja': {
        label: 'Ja',
      },
      'utdanning-nei': {
        label: 'Nei',
      },
      'utdanning-vet-ikke': {
        label: 'Veit ikkje',
      },
    },
  },
  nav: {
    text: 'Får personen oppfølging frå NAV?',
    help: 'NAV avgjer om personen kan få tiltak som lønstilskot, arbeidstrening og mentor. Har de ingen bestemd person enno, svar «Nei».',
    answers: {
      'nav-ja': {
        label: 'Ja',
      },
      'nav-nei': {
        label: 'Nei',
      },
      'nav-vet-ikke': {
        label: 'Veit ikkje',
      },
    },
  },
  arbeidsevne: {
    text: 'Har NAV vurdert at personen har nedsett arbeidsevne?',
    help: 'Det er vurderinga NAV gjer av arbeidsevna, ikkje målgruppa, som avgjer kor mykje lønstilskot de kan få og kor lenge. Spør NAV-rettleiaren. De treng ikkje vite kvifor.',
    answers: {
      'nav-vurdering-ja': {
        label: 'Ja',
      },
      'nav-vurdering-nei': {
        label: 'Nei',
      },
      'nav-vurdering-vet-ikke': {
        label: 'Veit ikkje',
      },
    },
  },
};
