// The site's one shared vocabulary: every schema, the wizard and the stories use these ids.
// Ids are ASCII slugs (they appear in URLs); labels are bokmål UI text.

export const sectors = [
  { id: 'statlig', label: 'Statlig virksomhet', short: 'Stat' },
  { id: 'kommune', label: 'Kommune', short: 'Kommune' },
  { id: 'fylkeskommune', label: 'Fylkeskommune', short: 'Fylkeskommune' },
  { id: 'privat', label: 'Privat virksomhet', short: 'Privat' },
  { id: 'ideell', label: 'Ideell virksomhet', short: 'Ideell' },
  // Eid av staten, men de ansatte er ikke omfattet av statsansatteloven: rutene med stateOnly gjelder ikke.
  { id: 'helseforetak', label: 'Helseforetak', short: 'Helseforetak' },
] as const;

/**
 * Hiring routes and NAV measures. `stateOnly` marks what only statsansatteloven opens, so
 * the wizard never offers it to others and stories can show it to state readers first.
 * `page` is the regelverk page that explains it.
 */
export const routes = [
  {
    id: 'ordinaer-ansettelse',
    kind: 'route',
    stateOnly: false,
    page: 'hovedreglene',
    label: 'Ordinær utlysning med intervjuplikt og positiv særbehandling',
  },
  {
    id: 'administrativ-ansettelse',
    kind: 'route',
    stateOnly: true,
    page: 'administrativ-ansettelse',
    label: 'Administrativ ansettelse (statsansatteloven § 7)',
  },
  {
    id: 'midlertidig-ansettelse',
    kind: 'route',
    stateOnly: true,
    page: 'midlertidig-ansettelse',
    label: 'Midlertidig ansettelse (statsansatteloven § 9)',
  },
  {
    id: 'unntak-lonnstilskudd',
    kind: 'route',
    stateOnly: true,
    page: 'unntak-fra-utlysning',
    label: 'Midlertidig stilling inntil 2 år med lønnstilskudd, uten utlysning',
  },
  {
    id: 'traineeprogrammet',
    kind: 'route',
    stateOnly: true,
    page: 'traineeprogrammet',
    label: 'Traineeprogrammet i staten',
  },
  {
    id: 'fast-etter-trainee',
    kind: 'route',
    stateOnly: true,
    page: 'unntak-fra-utlysning',
    label: 'Fast stilling etter traineeperioden, uten utlysning',
  },
  {
    id: 'arbeidstrening',
    kind: 'measure',
    stateOnly: false,
    page: 'arbeidstrening-og-andre-tiltak',
    label: 'Arbeidstrening',
  },
  {
    id: 'lonnstilskudd',
    kind: 'measure',
    stateOnly: false,
    page: 'midlertidig-lonnstilskudd',
    label: 'Midlertidig lønnstilskudd',
  },
  {
    id: 'varig-lonnstilskudd',
    kind: 'measure',
    stateOnly: false,
    page: 'arbeidstrening-og-andre-tiltak',
    label: 'Varig lønnstilskudd',
  },
  {
    id: 'fireaarig-lonnstilskudd',
    kind: 'measure',
    stateOnly: false,
    page: 'midlertidig-lonnstilskudd',
    label: 'Fireårig lønnstilskudd for unge (forsøk)',
  },
  {
    id: 'mentor',
    kind: 'measure',
    stateOnly: false,
    page: 'arbeidstrening-og-andre-tiltak',
    label: 'Mentor',
  },
  {
    id: 'inkluderingstilskudd',
    kind: 'measure',
    stateOnly: false,
    page: 'arbeidstrening-og-andre-tiltak',
    label: 'Inkluderingstilskudd',
  },
  {
    id: 'oppfolging',
    kind: 'measure',
    stateOnly: false,
    page: 'arbeidstrening-og-andre-tiltak',
    label: 'Oppfølging fra NAV',
  },
] as const;

/** Groups the rules name. Only the first two are «målgruppen» for § 3a, § 4 and § 4a særbehandling. */
export const targetGroups = [
  { id: 'nedsatt-funksjonsevne', label: 'Nedsatt funksjonsevne', inMalgruppe: true },
  { id: 'hull-i-cv', label: 'Hull i CV-en', inMalgruppe: true },
  { id: 'innvandrerbakgrunn', label: 'Innvandrerbakgrunn', inMalgruppe: false },
] as const;

/** Fylkene from 1 January 2024, plus the whole country. */
export const regions = [
  { id: 'hele-landet', label: 'Hele landet' },
  { id: 'agder', label: 'Agder' },
  { id: 'akershus', label: 'Akershus' },
  { id: 'buskerud', label: 'Buskerud' },
  { id: 'finnmark', label: 'Finnmark' },
  { id: 'innlandet', label: 'Innlandet' },
  { id: 'more-og-romsdal', label: 'Møre og Romsdal' },
  { id: 'nordland', label: 'Nordland' },
  { id: 'oslo', label: 'Oslo' },
  { id: 'rogaland', label: 'Rogaland' },
  { id: 'telemark', label: 'Telemark' },
  { id: 'troms', label: 'Troms' },
  { id: 'trondelag', label: 'Trøndelag' },
  { id: 'vestfold', label: 'Vestfold' },
  { id: 'vestland', label: 'Vestland' },
  { id: 'ostfold', label: 'Østfold' },
] as const;

/** Bransjen til arbeidsgiveren i en suksesshistorie. Bare der kilden sier det. */
export const industries = [
  { id: 'offentlig-forvaltning', label: 'Offentlig forvaltning og tilsyn' },
  { id: 'samferdsel', label: 'Samferdsel og vei' },
  { id: 'helse-og-omsorg', label: 'Helse og omsorg' },
  { id: 'renhold', label: 'Renhold' },
  { id: 'varehandel', label: 'Varehandel og bensinstasjon' },
  { id: 'servering', label: 'Servering og kantine' },
  { id: 'bygg-og-anlegg', label: 'Bygg og anlegg' },
  { id: 'maskinbransjen', label: 'Maskinbransjen' },
] as const;

/**
 * Grep arbeidsgivere i historiene brukte i tillegg til rutene og tiltakene i `routes`.
 * Ingen av dem krever en bestemt regel, så alle arbeidsgivere kan bruke dem.
 */
export const practices = [
  { id: 'fast-nav-kontakt', label: 'Fast kontaktperson i NAV' },
  { id: 'nav-samarbeid', label: 'Samarbeid med NAV' },
  { id: 'nav-i-rekrutteringen', label: 'NAV som fast steg når dere skal rekruttere' },
  { id: 'forankring-i-ledelsen', label: 'Forankring i toppledelsen eller ledergruppen' },
  { id: 'inkluderingsansvarlig', label: 'En egen person som driver inkluderingsarbeidet' },
  { id: 'inkluderende-annonse', label: 'Inkluderende stillingsannonse' },
  { id: 'kandidatsiling', label: 'Kandidatene blir valgt ut før lederen møter dem' },
  { id: 'kompetanselop', label: 'Kurs og opplæring mot en bestemt jobb (kompetanseløp)' },
  { id: 'intern-veileder', label: 'En kollega som fast veileder eller mentor' },
  { id: 'reelle-oppgaver', label: 'Vanlige arbeidsoppgaver fra første dag' },
  { id: 'tilpasset-stilling', label: 'En stilling satt sammen av oppgaver personen kan gjøre' },
] as const;

/**
 * How a story ended. «vanskelig»: the source tells an attempt that did not lead where the employer
 * wanted (no hire, a stopped process); the story shows what went wrong and what they changed.
 * «blandet»: a programme whose source reports both results and weak ones (review 2026-12-06, § 5).
 */
export const outcomeKinds = [
  { id: 'suksess', label: 'Suksesshistorie' },
  { id: 'vanskelig', label: 'Hva som var vanskelig' },
  { id: 'blandet', label: 'Blandede resultater' },
] as const;

export const audiences = [
  { id: 'statlig', label: 'Statlige arbeidsgivere' },
  { id: 'alle', label: 'Alle arbeidsgivere' },
] as const;

type Ids<T extends readonly { id: string }[]> = T[number]['id'];
export type SectorId = Ids<typeof sectors>;
export type RouteId = Ids<typeof routes>;
export type TargetGroupId = Ids<typeof targetGroups>;
export type RegionId = Ids<typeof regions>;
export type AudienceId = Ids<typeof audiences>;
export type IndustryId = Ids<typeof industries>;
export type PracticeId = Ids<typeof practices>;
export type OutcomeKindId = Ids<typeof outcomeKinds>;

const ids = <T extends readonly { id: string }[]>(list: T) =>
  list.map((item) => item.id) as unknown as [Ids<T>, ...Ids<T>[]];

export const sectorIds = ids(sectors);
export const routeIds = ids(routes);
export const targetGroupIds = ids(targetGroups);
export const regionIds = ids(regions);
export const audienceIds = ids(audiences);
export const industryIds = ids(industries);
export const practiceIds = ids(practices);
export const outcomeKindIds = ids(outcomeKinds);

function finder<T extends readonly { id: string }[]>(list: T, what: string) {
  return (id: string): T[number] => {
    const found = list.find((item) => item.id === id);
    if (!found) throw new Error(`Unknown ${what} id: «${id}»`);
    return found;
  };
}

export const sector = finder(sectors, 'sector');
export const route = finder(routes, 'route');
export const targetGroup = finder(targetGroups, 'target group');
export const region = finder(regions, 'region');
export const audience = finder(audiences, 'audience');
export const industry = finder(industries, 'industry');
export const practice = finder(practices, 'practice');
export const outcomeKind = finder(outcomeKinds, 'outcome kind');
