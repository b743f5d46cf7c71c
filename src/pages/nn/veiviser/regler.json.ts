import type { APIRoute } from 'astro';
import { wizardI18n } from '../../../i18n/veiviser-i18n';
import { rulesJson } from '../../../lib/veiviser';
import { flowDataNn } from '../../../lib/veiviser/flow-nn';

// The wizard's flow and decisions in nynorsk, beside /veiviser/regler.json (språklova § 14).
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(rulesJson(flowDataNn, wizardI18n.nn.tr))}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
