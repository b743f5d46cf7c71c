// Atom feed of the endringslogg (/endringslogg/atom.xml): one entry per change, dated by when it was
// added to the site. Each entry has the category of its part of the page, «regelendring» or
// «rettelse» (issue 19, item 5), so a reader can follow the rule changes without our own fixes.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { SITE_URL } from '../../config/site.mjs';
import { atomFeed, tagId } from '../../lib/atom';
import { urls } from '../../lib/urls';
import { formatDate } from '../../lib/dates';
import { pages } from '../../i18n/pages';

const text = pages.endringslogg;
const dateLine = (c: { kind: string; dateKind: string; date: Date }) =>
  `${c.kind === 'rettelse' ? text.corrected : c.dateKind === 'i-kraft' ? text.inForce : text.checked} ${formatDate(c.date)}.`;

export const GET: APIRoute = async () => {
  const changes = (await getCollection('endringer')).map((e) => e.data);
  const entries = changes.map((c) => ({
    id: tagId('endring', c.id),
    title: c.title,
    path: `${urls.endringslogg}#${c.id}`,
    updated: c.added,
    // A rule change says from when it applies; a correction, when we corrected it.
    summary: `${dateLine(c)} ${c.now}`,
    categories: [{ term: c.kind, label: text.parts[c.kind] }],
  }));
  return new Response(atomFeed('endringer', SITE_URL, entries), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
