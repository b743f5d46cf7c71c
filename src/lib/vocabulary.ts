// The site's one shared vocabulary: every schema, the wizard and the stories use these ids.
// Ids are ASCII slugs (they appear in URLs); labels are bokmål UI text.

export const sectors = [
  { id: 'statlig', label: 'Statlig virksomhet', short: 'Stat' },
  { id: 'kommune', label: 'Kommune', short: 'Kommune' },
  { id: 'fylkeskommune', label: 'Fylkeskommune', short: 'Fylkeskommune' },
  { id: 'privat', label: 'Privat virksomhet', short: 'Privat' },
  { id: 'ideell', label: 'Ideell virksomhet', short: 'Ideell' },
] as const;

/**
 * Hiring routes and NAV measures. `stateOnly` marks what only statsansatteloven opens, so
 * the wizard never offers it to others and stories can show it to state readers first.
 * `page` is the regelverk page that explains it.
 */
export const routes = [
  { id: 'ordinaer-ansettelse', kind: 'route', stateOnly: false, page: 'hovedreglene', label: 'Ordinær utlysning med intervjuplikt og positiv særbehandling' },
  { id: 'administrativ-ansettelse', kind: 'route', stateOnly: true, page: 'administrativ-ansettelse', label: 'Administrativ ansettelse (statsansatteloven § 7)' },
  { id: 'midlertidig-ansettelse', kind: 'route', stateOnly: true, page: 'midlertidig-ansettelse', label: 'Midlertidig ansettelse (statsansatteloven § 9)' },
  { id: 'unntak-lonnstilskudd', kind: 'route', stateOnly: true, page: 'unntak-fra-utlysning', label: 'Midlertidig stilling inntil 2 år med lønnstilskudd, uten utlysning' },
  { id: 'traineeprogrammet', kind: 'route', stateOnly: true, page: 'traineeprogrammet', label: 'Traineeprogrammet i staten' },
  { id: 'fast-etter-trainee', kind: 'route', stateOnly: true, page: 'unntak-fra-utlysning', label: 'Fast stilling etter traineeperioden, uten utlysning' },
  { id: 'arbeidstrening', kind: 'measure', stateOnly: false, page: 'arbeidstrening-og-andre-tiltak', label: 'Arbeidstrening' },
  { id: 'lonnstilskudd', kind: 'measure', stateOnly: false, page: 'midlertidig-lonnstilskudd', label: 'Midlertidig lønnstilskudd' },
  { id: 'varig-lonnstilskudd', kind: 'measure', stateOnly: false, page: 'arbeidstrening-og-andre-tiltak', label: 'Varig lønnstilskudd' },
  { id: 'fireaarig-lonnstilskudd', kind: 'measure', stateOnly: false, page: 'midlertidig-lonnstilskudd', label: 'Fireårig lønnstilskudd for unge (forsøk)' },
  { id: 'mentor', kind: 'measure', stateOnly: false, page: 'arbeidstrening-og-andre-tiltak', label: 'Mentor' },
  { id: 'inkluderingstilskudd', kind: 'measure', stateOnly: false, page: 'arbeidstrening-og-andre-tiltak', label: 'Inkluderingstilskudd' },
  { id: 'oppfolging', kind: 'measure', stateOnly: false, page: 'arbeidstrening-og-andre-tiltak', label: 'Oppfølging fra NAV' },
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

const ids = <T extends readonly { id: string }[]>(list: T) =>
  list.map((item) => item.id) as unknown as [Ids<T>, ...Ids<T>[]];

export const sectorIds = ids(sectors);
export const routeIds = ids(routes);
export const targetGroupIds = ids(targetGroups);
export const regionIds = ids(regions);
export const audienceIds = ids(audiences);

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
