// The schema of every content collection, with the ids they check against read from content/:
// one place for src/content.config.ts (the build and dev) and for the content check
// (check-all.ts, `npm run check:content`), so both validate the same way.
import { endringSchema } from '../../schemas/endring';
import { historieSchema } from '../../schemas/historie';
import { kildeSchema } from '../../schemas/kilde';
import { lovhenvisningSchema } from '../../schemas/lovhenvisning';
import { namedUnknownFields } from '../../schemas/messages';
import { ordSchema } from '../../schemas/ordliste';
import { regelverkSchema } from '../../schemas/regelverk';
import { sideSchema } from '../../schemas/side';
import { figureSchema } from '../../schemas/tall';
import { contentDir, idsIn, slugsIn } from './known-ids';

/** The ids in content/ the schemas check references against. */
export function contentIds(dir = contentDir) {
  return {
    legalRefIds: idsIn('lovhenvisninger.yaml', dir),
    kildeIds: idsIn('kilder.yaml', dir),
    regelverkSlugs: slugsIn('regelverk', '.mdx', dir),
    sideSlugs: slugsIn('sider', '.mdx', dir),
    endringIds: idsIn('endringer.yaml', dir),
    ordIds: idsIn('ordliste.yaml', dir),
  };
}

/**
 * Every collection's schema. Each reports an unknown field at its own path (namedUnknownFields),
 * so Astro prints «fooBar: ukjent felt …» under the file's name, not «****: Unrecognized key».
 */
export function collectionSchemas(dir = contentDir) {
  const ids = contentIds(dir);
  return {
    regelverk: namedUnknownFields(regelverkSchema(ids)),
    historier: namedUnknownFields(historieSchema(ids)),
    korteEksempler: namedUnknownFields(historieSchema(ids)),
    sider: namedUnknownFields(sideSchema(ids)),
    lovhenvisninger: namedUnknownFields(lovhenvisningSchema),
    kilder: namedUnknownFields(kildeSchema),
    endringer: namedUnknownFields(endringSchema(ids)),
    tall: namedUnknownFields(figureSchema(ids)),
    ordliste: namedUnknownFields(ordSchema(ids)),
  };
}
