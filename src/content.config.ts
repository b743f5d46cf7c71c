import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentDir, idsIn, slugsIn } from './lib/content/known-ids';
import { endringSchema } from './schemas/endring';
import { historieSchema } from './schemas/historie';
import { kildeSchema } from './schemas/kilde';
import { lovhenvisningSchema } from './schemas/lovhenvisning';
import { ordSchema } from './schemas/ordliste';
import { regelverkSchema } from './schemas/regelverk';
import { sideSchema } from './schemas/side';
import { figureSchema } from './schemas/tall';

const ids = {
  legalRefIds: idsIn('lovhenvisninger.yaml'),
  kildeIds: idsIn('kilder.yaml'),
  regelverkSlugs: slugsIn('regelverk'),
  sideSlugs: slugsIn('sider'),
};

const storyIds = {
  kildeIds: ids.kildeIds,
  endringIds: idsIn('endringer.yaml'),
  regelverkSlugs: ids.regelverkSlugs,
};

export const collections = {
  regelverk: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `./${contentDir}/regelverk` }),
    schema: regelverkSchema(ids),
  }),
  historier: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `./${contentDir}/historier` }),
    schema: historieSchema(storyIds),
  }),
  // Examples too short for a story of their own (issue 19): one page, /suksesshistorier/korte-eksempler/.
  korteEksempler: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `./${contentDir}/historier/korte-eksempler` }),
    schema: historieSchema(storyIds),
  }),
  sider: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `./${contentDir}/sider` }),
    schema: sideSchema(ids),
  }),
  lovhenvisninger: defineCollection({
    loader: file(`${contentDir}/lovhenvisninger.yaml`),
    schema: lovhenvisningSchema,
  }),
  kilder: defineCollection({
    loader: file(`${contentDir}/kilder.yaml`),
    schema: kildeSchema,
  }),
  endringer: defineCollection({
    loader: file(`${contentDir}/endringer.yaml`),
    schema: endringSchema(ids),
  }),
  // Validates content/tall.json with file and field; src/lib/figures.ts reads the same file directly.
  tall: defineCollection({
    loader: file(`${contentDir}/tall.json`),
    schema: figureSchema(ids),
  }),
  ordliste: defineCollection({
    loader: file(`${contentDir}/ordliste.yaml`),
    schema: ordSchema({ regelverkSlugs: ids.regelverkSlugs, ordIds: idsIn('ordliste.yaml') }),
  }),
};
