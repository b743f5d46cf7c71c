import type { APIRoute } from 'astro';
import { rulesJson } from '../../lib/veiviser';

// The wizard's flow and decisions as machine-readable data at a stable URL.
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(rulesJson())}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
