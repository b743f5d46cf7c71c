import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load as loadYaml } from 'js-yaml';

/** Where the content lives; CONTENT_DIR lets the schema tests point the build at fixtures. */
export const contentDir = process.env.CONTENT_DIR ?? 'content';

/**
 * Reads the ids of a data file at config time, so the schemas can reject unknown ids with the
 * file and field. Astro's file() loader only logs a YAML error; here it stops the build.
 */
export function idsIn(file: string, dir = contentDir): Set<string> {
  const path = join(dir, file);
  let data: unknown;
  try {
    data = loadYaml(readFileSync(path, 'utf8'), { filename: path });
  } catch (error) {
    throw new Error(`${path}: kan ikke lese filen: ${(error as Error).message}`, { cause: error });
  }
  if (!Array.isArray(data)) throw new Error(`${path}: skal være en liste`);
  return new Set(data.map((item: { id?: unknown }) => String(item?.id)));
}

export function slugsIn(folder: string, ext = '.mdx', dir = contentDir): Set<string> {
  return new Set(
    readdirSync(join(dir, folder))
      .filter((name) => name.endsWith(ext))
      .map((name) => name.slice(0, -ext.length))
  );
}
