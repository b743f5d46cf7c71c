// The fragments of a written Pagefind index: one per page or record, gzip with Pagefind's
// «pagefind_dcd» mark before the JSON. A result's id is its fragment's file name without the
// extension. Read by the build (the ids of /pagefind/sporsmal.txt) and by the index tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/**
 * Every fragment in `pagefindDir`, in file-name order, with its id.
 * @param {string} pagefindDir
 * @returns {{ id: string, url: string, content: string, meta: Record<string, string>, anchors: { element: string, id: string, text?: string, location: number }[] }[]}
 */
export function readFragments(pagefindDir) {
  const dir = join(pagefindDir, 'fragment');
  return readdirSync(dir)
    .sort()
    .map((file) => {
      const text = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
      return {
        ...JSON.parse(text.slice(text.indexOf('{'))),
        id: file.replace(/\.pf_fragment$/, ''),
      };
    });
}
