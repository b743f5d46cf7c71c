import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { random } from '../../scripts/lib/random.mjs';
import { outcomeSample, results, stepsByQuestion } from './wizard-sample';

/** These tests read the built site: npm test builds first; alone, run «npm run build». */
export function requireDist(): void {
  if (!existsSync('dist/index.html'))
    throw new Error('dist/ mangler: kjør «npm run build» før disse testene');
}

/** dist/…/index.html for a site path such as /regelverk/. */
export const distFile = (path: string) => join('dist', path, 'index.html');

export function htmlFilesIn(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFilesIn(path) : path.endsWith('.html') ? [path] : [];
  });
}

/** Every page of the built site as a path (/regelverk/), from dist/ (the 404 page has no path of its own). */
export const builtPages = () =>
  htmlFilesIn('dist')
    .filter((f) => f.endsWith(`${sep}index.html`))
    .map((f) => `/${f.slice('dist/'.length, -'index.html'.length)}`)
    .sort();

/** The site's own stylesheets (/_astro/…css), whose url()s point to fonts and images. */
export const builtStylesheets = () =>
  readdirSync(join('dist', '_astro'))
    .filter((f) => f.endsWith('.css'))
    .map((f) => `/_astro/${f}`)
    .sort();

/** Every HTML file outside the wizard (its ~2,700 pages per written form are sampled instead). */
export const contentPages = () =>
  htmlFilesIn('dist')
    .filter(
      (f) =>
        !f.startsWith(join('dist', 'veiviser') + '/') &&
        !f.startsWith(join('dist', 'nn', 'veiviser') + '/')
    )
    .sort();

/** The same wizard page in nynorsk (språklova § 14): /veiviser/… → /nn/veiviser/…. */
export const nnTwin = (path: string) => `/nn${path}`;

/**
 * Wizard pages worth checking one by one: the start page, one step per question, and about 20
 * results (every kind of outcome, topped up with a seeded random pick).
 */
export function wizardSample(resultCount = 20): { steps: string[]; results: string[] } {
  const steps = [...new Set(['/veiviser/', ...stepsByQuestion.values()])];
  const picked = new Set(outcomeSample().map((r) => r.path));
  const next = random(20261124);
  while (picked.size < Math.min(resultCount, results.length))
    picked.add(results[Math.floor(next() * results.length)]!.path);
  return { steps, results: [...picked] };
}
