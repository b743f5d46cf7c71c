// Everything the reviewer's page (/om/kildekontroll/) lists, read from the content collections.
import { getCollection } from 'astro:content';
import { legalRefLabel, needsCheck } from '../content/labels';
import { historieUrl, shortExamplesUrl, urls } from '../urls';
import { likelyStatements, type LikelyStatement } from './likely-statements';

export async function reviewData() {
  const kilder = (await getCollection('kilder')).map((e) => e.data);
  const likely = new Set(kilder.filter(needsCheck).map((k) => k.id));
  const laws = new Map(
    (await getCollection('lovhenvisninger')).map((e) => [e.data.id, legalRefLabel(e.data)])
  );
  const label = (id: string) => laws.get(id) ?? id;

  const pages = [
    ...(await getCollection('regelverk'))
      .sort((a, b) => a.data.order - b.data.order)
      .map((e) => ({ url: urls.regelverkPage(e.id), title: e.data.title, body: e.body ?? '' })),
    ...(await getCollection('sider')).map((e) => ({
      url: `/${e.id}/`,
      title: e.data.title,
      body: e.body ?? '',
    })),
    ...(await getCollection('historier')).map((e) => ({
      url: historieUrl(e.id),
      title: e.data.title,
      body: e.body ?? '',
    })),
    // The short examples (issue 19) share one page; each is listed at its own section.
    ...(await getCollection('korteEksempler')).map((e) => ({
      url: shortExamplesUrl(e.id),
      title: e.data.title,
      body: e.body ?? '',
    })),
  ];
  const statements = pages
    .map((p) => ({ ...p, items: likelyStatements(p.url, p.body, likely, label) }))
    .filter((p) => p.items.length > 0);

  const changes = (await getCollection('endringer'))
    .map((e) => e.data)
    .flatMap((c) =>
      c.sources
        .filter((s) => likely.has(s.kilde))
        .map(
          (s) =>
            ({
              url: urls.endringslogg,
              kilde: s.kilde,
              passage: s.passage,
              anchor: c.id,
              heading: c.title,
              sentence: c.now,
            }) satisfies LikelyStatement
        )
    );

  return { kilder, statements, changes };
}
