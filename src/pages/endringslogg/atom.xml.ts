// Atom feed of the endringslogg (/endringslogg/atom.xml): one entry per change, dated by when it was added to the site.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { SITE_URL } from '../../config/site.mjs';
import { atomFeed, tagId } from '../../lib/atom';
import { urls } from '../../lib/urls';

export const GET: APIRoute = async () => {
  const changes = (await getCollection('endringer')).map((e) => e.data);
  const entries = changes.map((c) => ({
    id: tagId('endring', c.id),
    title: c.title,
    path: `${urls.endringslogg}#${c.id}`,
    updated: c.added,
    summary: c.now,
  }));
  return new Response(atomFeed('endringer', SITE_URL, entries), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
