import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectStrictCsp } from '../support/csp';
import { get, goto } from '../support/goto';

// The site as nginx serves it in production (nginx/site.conf.template).
const securityHeaders = {
  'strict-transport-security': /max-age=\d+/,
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /^same-origin$/,
  'permissions-policy': /camera=\(\)/,
};

function expectSecure(headers: Record<string, string>) {
  expectStrictCsp(headers['content-security-policy']);
  for (const [name, pattern] of Object.entries(securityHeaders))
    expect(headers[name], name).toMatch(pattern);
}

test('pages get the security headers and a short cache', async ({ request }) => {
  const response = await request.get('/regelverk/');
  expect(response.status()).toBe(200);
  expectSecure(response.headers());
  expect(response.headers()['cache-control']).toBe('no-cache');
});

test('an unknown address gets the site 404 page, with the same headers', async ({ request }) => {
  const response = await request.get('/finnes-ikke/');
  expect(response.status()).toBe(404);
  expectSecure(response.headers());
  expect(await response.text()).toContain('Lenken dere fulgte, er feil eller utdatert');
});

test('addresses without a trailing slash redirect to the clean URL', async ({ request }) => {
  const response = await request.get('/regelverk', { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers()['location']).toBe('/regelverk/');
  expectSecure(response.headers());
});

test('hashed assets are cached for a year and compressed, with the transport headers only', async ({
  request,
  page,
}) => {
  await goto(page, '/sok/');
  const css = await page.locator('link[rel="stylesheet"]').first().getAttribute('href');
  const script = await page.locator('astro-island').first().getAttribute('component-url');
  expect(css).toMatch(/^\/_astro\//);
  expect(script).toMatch(/^\/_astro\//);
  for (const path of [css!, script!]) {
    const headers = (
      await get(request, path, { headers: { 'Accept-Encoding': 'gzip' } })
    ).headers();
    expect(headers['cache-control'], path).toBe('public, max-age=31536000, immutable');
    expect(headers['content-encoding'], path).toBe('gzip');
    // Not a document or a worker: CSP and the document policies would do nothing there.
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['strict-transport-security'], path).toContain('max-age=31536000');
    expect(headers['content-security-policy'], path).toBeUndefined();
  }
});

test('Pagefind’s hashed index chunks are cached for a year with the transport headers; its scripts keep the full set', async ({
  request,
}) => {
  const first = (dir: string) => readdirSync(`dist/pagefind/${dir}`)[0]!;
  const meta = readdirSync('dist/pagefind').find((f) => f.endsWith('.pf_meta'))!;
  for (const path of [
    `fragment/${first('fragment')}`,
    `index/${first('index')}`,
    `filter/${first('filter')}`,
    meta,
  ]) {
    const headers = (await get(request, `/pagefind/${path}`)).headers();
    expect(headers['cache-control'], path).toBe('public, max-age=31536000, immutable');
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['strict-transport-security'], path).toContain('max-age=31536000');
    expect(headers['content-security-policy'], path).toBeUndefined();
  }
  for (const path of ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json']) {
    const headers = (await get(request, `/pagefind/${path}`)).headers();
    expect(headers['cache-control'], path).toBe('no-cache');
    expectSecure(headers);
  }
  expect((await request.get('/pagefind/fragment/finnes-ikke.pf_fragment')).status()).toBe(404);
});

test('the access log drops wizard paths and the last part of the IP address', async ({
  request,
}) => {
  const log = 'build/nginx-run/logs/access.log';
  await get(request, '/veiviser/statlig/');
  await get(request, '/nn/veiviser/statlig/');
  await get(request, '/ordliste/?q=hemmelig');
  expect(existsSync(log)).toBe(true);
  const lines = readFileSync(log, 'utf8').trim().split('\n');
  expect(lines.some((l) => l.includes('/ordliste/'))).toBe(true);
  expect(lines.filter((l) => /\/veiviser\/./.test(l))).toEqual([]);
  expect(lines.filter((l) => l.includes('hemmelig'))).toEqual([]);
  expect(lines.every((l) => l.startsWith('127.0.0.0 '))).toBe(true);
});
