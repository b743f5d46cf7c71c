import { z } from 'zod';

// content/sokesporsmal.yaml (issue 19, item 2): the questions readers ask, per section of a page,
// written by someone who had not seen the site's test queries («doc2query»). They go into the
// search index under the section that answers them (src/integrations/search-questions.mjs); the
// page itself does not show them.

const question = z
  .string()
  .min(3, 'sporsmal: et spørsmål er for kort')
  .max(160, 'sporsmal: et spørsmål er over 160 tegn')
  .refine((s) => !/[⟦⟧<>]/.test(s), 'sporsmal: tegnene ⟦ ⟧ < > kan ikke brukes');

export const sokesporsmalEntry = z
  .object({
    /** The page: its path, as /regelverk/administrativ-ansettelse/. */
    side: z.string().regex(/^\/(?:[a-z0-9-]+\/)*$/, 'side: en sti som /regelverk/navn/'),
    /** The section's heading id on the built page; '' for the page as a whole. */
    anker: z.string().regex(/^(?:[a-z0-9-]+)?$/, 'anker: id-en til en overskrift, eller tom'),
    sporsmal: z.array(question).min(1, 'sporsmal: minst ett spørsmål'),
  })
  .strict();

export const sokesporsmalSchema = z.array(sokesporsmalEntry);
export type Sokesporsmal = z.infer<typeof sokesporsmalEntry>;
