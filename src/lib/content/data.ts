import { getCollection, getEntry } from 'astro:content';
import { t } from '../../i18n/nb';
import { pages as pageText } from '../../i18n/pages';
import { urls } from '../urls';

/** Lookups that throw, so a wrong id in MDX stops the build instead of rendering nothing. */
export async function legalRef(id: string) {
  const entry = await getEntry('lovhenvisninger', id);
  if (!entry)
    throw new Error(`ukjent lovhenvisning «${id}»: finnes ikke i content/lovhenvisninger.yaml`);
  return entry.data;
}

export async function kilde(id: string) {
  const entry = await getEntry('kilder', id);
  if (!entry) throw new Error(`ukjent kilde «${id}»: finnes ikke i content/kilder.yaml`);
  return entry.data;
}

export async function endring(id: string) {
  const entry = await getEntry('endringer', id);
  if (!entry) throw new Error(`ukjent endring «${id}»: finnes ikke i content/endringer.yaml`);
  return entry.data;
}

export async function regelverkPages() {
  const pages = await getCollection('regelverk');
  return pages.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** The title of a regelverk page; throws for a slug that has no page. */
export async function regelverkTitle(slug: string) {
  const entry = await getEntry('regelverk', slug);
  if (!entry) throw new Error(`ukjent regelverkside «${slug}»: finnes ikke i content/regelverk/`);
  return entry.data.navTitle ?? entry.data.title;
}

/** The written form of a regelverk page: a link that shows its title marks it with this. */
export async function regelverkLang(slug: string) {
  return (await getEntry('regelverk', slug))?.data.lang ?? 'nb';
}

/** All stories, alphabetical by title. */
export async function historier() {
  const stories = await getCollection('historier');
  return stories.sort(
    (a, b) => a.data.title.localeCompare(b.data.title, 'nb') || a.id.localeCompare(b.id)
  );
}

/** The short examples (content/historier/korte-eksempler/), alphabetical by title, like the stories. */
export async function korteEksempler() {
  const examples = await getCollection('korteEksempler');
  return examples.sort(
    (a, b) => a.data.title.localeCompare(b.data.title, 'nb') || a.id.localeCompare(b.id)
  );
}

const loadHistorierData = async () => (await historier()).map((e) => ({ ...e.data, slug: e.id }));
let historierCache: ReturnType<typeof loadHistorierData> | undefined;

/**
 * The stories' frontmatter with their slug, for lists and the pure helpers in src/lib/stories.ts.
 * Read once per build: every wizard result and rule page asks, and content does not change during a
 * build (the dev server reads it fresh each time). Callers must not change the list.
 */
export function historierData() {
  if (import.meta.env.DEV) return loadHistorierData();
  return (historierCache ??= loadHistorierData());
}
export type StoryData = Awaited<ReturnType<typeof historierData>>[number];

/** Link and name of each place an endringer entry can name in `pages` («Omtalt på»). */
export async function placeLinks(): Promise<
  Map<string, { href: string; label: string; lang?: 'nn' }>
> {
  const links = new Map<string, { href: string; label: string; lang?: 'nn' }>();
  // A page written in nynorsk keeps its title's form in the list (issue 20).
  const nn = (lang: string | undefined) => (lang === 'nn' ? { lang: 'nn' as const } : {});
  for (const p of await getCollection('regelverk'))
    links.set(p.id, {
      href: urls.regelverkPage(p.id),
      label: p.data.navTitle ?? p.data.title,
      ...nn(p.data.lang),
    });
  for (const p of await getCollection('sider'))
    links.set(p.id, { href: `/${p.id}/`, label: p.data.title, ...nn(p.data.lang) });
  links.set('ordliste', { href: urls.ordliste, label: t.footer.ordliste });
  links.set('veiviser', { href: urls.veiviser, label: pageText.endringslogg.wizard });
  return links;
}
