import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { collectionSchemas } from './lib/content/collection-schemas';
import { contentDir } from './lib/content/known-ids';
import { resolveFigurePlaceholders } from './lib/figures';
import type { Endring } from './schemas/endring';

// The schemas (and the ids they check) are set up in src/lib/content/collection-schemas.ts, which
// the content check (npm run check:content) uses too.

/**
 * A change log entry's texts with their figures from content/tall.json: {tall:id} written once,
 * shown the same on the change log, the rule pages (<Changed>), the feed and /om/kildekontroll/.
 */
const withFigures = (e: Endring): Endring => {
  const resolve = (text: string) => resolveFigurePlaceholders(text);
  return e.kind === 'regelendring'
    ? { ...e, title: resolve(e.title), now: resolve(e.now), before: resolve(e.before) }
    : {
        ...e,
        title: resolve(e.title),
        now: resolve(e.now),
        oldText: resolve(e.oldText),
        checkNow: e.checkNow === undefined ? undefined : resolve(e.checkNow),
      };
};

const schemas = collectionSchemas();

export const collections = {
  regelverk: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `./${contentDir}/regelverk` }),
    schema: schemas.regelverk,
  }),
  historier: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `./${contentDir}/historier` }),
    schema: schemas.historier,
  }),
  // Examples too short for a story of their own (issue 19): one page, /suksesshistorier/korte-eksempler/.
  korteEksempler: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `./${contentDir}/historier/korte-eksempler` }),
    schema: schemas.korteEksempler,
  }),
  sider: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `./${contentDir}/sider` }),
    schema: schemas.sider,
  }),
  lovhenvisninger: defineCollection({
    loader: file(`${contentDir}/lovhenvisninger.yaml`),
    schema: schemas.lovhenvisninger,
  }),
  kilder: defineCollection({
    loader: file(`${contentDir}/kilder.yaml`),
    schema: schemas.kilder,
  }),
  endringer: defineCollection({
    loader: file(`${contentDir}/endringer.yaml`),
    schema: schemas.endringer.transform(withFigures),
  }),
  // Validates content/tall.json with file and field; src/lib/figures.ts reads the same file directly.
  tall: defineCollection({
    loader: file(`${contentDir}/tall.json`),
    schema: schemas.tall,
  }),
  ordliste: defineCollection({
    loader: file(`${contentDir}/ordliste.yaml`),
    schema: schemas.ordliste,
  }),
};
