// Atom feed of new and updated stories (/suksesshistorier/atom.xml), newest `updated` first.
import type { APIRoute } from 'astro';
import { SITE_URL } from '../../config/site.mjs';
import { atomFeed, tagId } from '../../lib/atom';
import { historierData, korteEksempler } from '../../lib/content/data';
import { historieUrl, shortExamplesUrl } from '../../lib/urls';
import { outcomeKind } from '../../lib/vocabulary';

export const GET: APIRoute = async () => {
  const stories = await historierData();
  // A story that moved to «Korte eksempler» keeps its entry id; its link goes to its section there.
  const short = (await korteEksempler()).map((e) => ({ ...e.data, slug: e.id, moved: true }));
  const entries = [...stories.map((s) => ({ ...s, moved: false })), ...short].map((s) => ({
    id: tagId('historie', s.slug),
    title: s.title,
    path: s.moved ? shortExamplesUrl(s.slug) : historieUrl(s.slug),
    updated: s.updated,
    published: s.published,
    summary: s.summary,
    categories: [outcomeKind(s.outcomeKind).label],
  }));
  return new Response(atomFeed('historier', SITE_URL, entries), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
