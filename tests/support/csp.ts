import { expect } from '@playwright/test';

/** A Content-Security-Policy header as directive → source list (names lower-cased). */
export function cspDirectives(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    // A browser uses the first of two directives with the same name and ignores the rest.
    expect(directives.has(name.toLowerCase()), `${name} appears once in the policy`).toBe(false);
    directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/**
 * The policy nginx sends (scripts/nginx-config.mjs): scripts only from the site or with a hash of
 * an inline script, WebAssembly but no eval, workers from the site or blob:, no framing, and no
 * 'unsafe-inline' anywhere.
 */
export function expectStrictCsp(policy: string | undefined) {
  expect(policy, 'Content-Security-Policy header').toBeTruthy();
  expect(policy).not.toContain("'unsafe-inline'");
  const directives = cspDirectives(policy!);
  const script = directives.get('script-src');
  expect(script, 'script-src set, not left to default-src').toBeDefined();
  expect(script).not.toContain("'unsafe-eval'");
  expect(script).toContain("'wasm-unsafe-eval'");
  expect(
    script!.filter(
      (s) =>
        s !== "'self'" &&
        s !== "'wasm-unsafe-eval'" &&
        !/^'sha(256|384|512)-[A-Za-z0-9+/]+={0,2}'$/.test(s)
    ),
    "script-src: only 'self', 'wasm-unsafe-eval' and hashes"
  ).toEqual([]);
  for (const [name, sources] of directives) expect(sources, name).not.toContain("'unsafe-eval'");
  expect(
    [...(directives.get('worker-src') ?? [])].sort(),
    'worker-src: the site and blob: (Pagefind), nothing else'
  ).toEqual(["'self'", 'blob:']);
  expect(directives.get('frame-ancestors'), 'frame-ancestors').toEqual(["'none'"]);
}
