import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ResultData } from '../../src/lib/search-hit';
import { pagefindOptions } from '../../src/lib/search-options';

// Pagefind's own search (dist/pagefind/pagefind.js and its WebAssembly) run in Node, for build
// tests that query an index without a browser: fetch() is given file: URLs, which Node's fetch
// does not read. Each index is its own module instance (the module keeps one index).

let patched = false;
/** Lets Node's fetch() read file: URLs, as pagefind.js fetches its index. Once per process. */
export function readFileUrls() {
  if (patched) return;
  patched = true;
  const fetchUrl = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    if (url.protocol !== 'file:') return fetchUrl(input, init);
    return new Response(await readFile(fileURLToPath(url)));
  }) as typeof fetch;
}

interface PagefindModule {
  options(o: object): Promise<void>;
  init(): Promise<void>;
  search(
    q: string | null,
    options?: object
  ): Promise<{ results: { id: string; score: number; data(): Promise<ResultData> }[] }>;
}

let instance = 0;

/** Pagefind's module on the index in `dir` (a pagefind/ folder), with the site's ranking. */
export async function loadPagefind(dir: string): Promise<PagefindModule> {
  readFileUrls();
  const base = pathToFileURL(`${resolve(dir)}/`).href;
  const pf = (await import(
    /* @vite-ignore */ `${pathToFileURL(join(resolve(dir), 'pagefind.js')).href}?i=${instance++}`
  )) as PagefindModule;
  await pf.options({
    basePath: base,
    baseUrl: '/',
    ranking: pagefindOptions.ranking,
    excerptLength: pagefindOptions.excerptLength,
  });
  await pf.init();
  return pf;
}

/** Opens the index in `dir` (a pagefind/ folder) with the site's ranking; returns a search that gives result URLs. */
export async function openIndex(dir: string) {
  const pf = await loadPagefind(dir);
  return async (query: string, count = 10): Promise<string[]> => {
    const { results } = await pf.search(query);
    return Promise.all(results.slice(0, count).map(async (r) => (await r.data()).url));
  };
}
