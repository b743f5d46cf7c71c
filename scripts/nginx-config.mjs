// Writes build/nginx/site.conf from nginx/site.conf.template: CSP with the hashes of every inline
// script and style left in dist/, so the policy needs no 'unsafe-inline'.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : path.endsWith('.html') ? [path] : [];
  });
}

const hash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export function inlineHashes(dist) {
  const scripts = new Set();
  const styles = new Set();
  for (const file of htmlFiles(dist)) {
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (!/type="application\/(ld\+)?json"/.test(m[1])) scripts.add(hash(m[2]));
    }
    for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) styles.add(hash(m[1]));
  }
  return { scripts: [...scripts].sort(), styles: [...styles].sort() };
}

export function csp({ scripts, styles }) {
  return [
    "default-src 'self'",
    // Pagefind compiles WebAssembly and runs a worker.
    `script-src 'self' 'wasm-unsafe-eval' ${scripts.join(' ')}`.trim(),
    `style-src 'self' ${styles.join(' ')}`.trim(),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const transportHeaders = [
  'add_header Strict-Transport-Security "max-age=31536000; includeSubDomains" always;',
  'add_header X-Content-Type-Options "nosniff" always;',
];

/**
 * For the search index's data chunks and the hashed assets in /_astro/: never documents or
 * workers, so CSP, Referrer-Policy and Permissions-Policy do nothing there, and at ~0.9 kB per
 * response they were a tenth of a first search.
 */
export const dataHeaders = () => transportHeaders.join('\n    ');

export function securityHeaders(policy) {
  return [
    `add_header Content-Security-Policy "${policy}" always;`,
    ...transportHeaders,
    'add_header Referrer-Policy "same-origin" always;',
    'add_header Permissions-Policy "camera=(), microphone=(), geolocation=(), payment=(), usb=()" always;',
  ].join('\n    ');
}

/**
 * The test server's `user` line (never the production template's). As root, nginx runs its workers
 * as `nobody` unless told, and `nobody` cannot read a checkout under a 0700 folder (root's home, a
 * `mktemp -d` folder): every page was a 403 (issue 21). So the workers run as root, who started
 * nginx and can read the checkout. Not root: nginx ignores `user` and its workers are the user who
 * started it anyway, so the line is left out. NGINX_USER overrides it: `default` gives nginx's
 * built-in user (`nobody`, as before issue 21; the served-site test breaks the server with it on
 * purpose), anything else is the `user` directive's value.
 */
export function workerUser(user = process.env.NGINX_USER, uid = process.getuid?.()) {
  if (uid !== 0) return '# not root: the workers run as the user who started nginx';
  if (user === 'default') return "# nginx's built-in worker user (NGINX_USER=default)";
  return `user ${user || 'root root'};`;
}

export function renderConfig({
  root,
  listen = '80',
  serverName = '_',
  accessLog = '/var/log/nginx/inkluderingsguiden.access.log',
}) {
  const template = readFileSync('nginx/site.conf.template', 'utf8');
  const headers = securityHeaders(csp(inlineHashes(root)));
  return template
    .replaceAll('{{ROOT}}', root)
    .replaceAll('{{LISTEN}}', listen)
    .replaceAll('{{SERVER_NAME}}', serverName)
    .replaceAll('{{ACCESS_LOG}}', accessLog)
    .replaceAll('{{SECURITY_HEADERS}}', headers)
    .replaceAll('{{DATA_HEADERS}}', dataHeaders());
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = resolve(process.argv[2] ?? 'dist');
  mkdirSync('build/nginx', { recursive: true });
  writeFileSync('build/nginx/site.conf', renderConfig({ root }));
  console.log('Wrote build/nginx/site.conf');
}
