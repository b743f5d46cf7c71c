import { z } from 'zod';

export const ordSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'id skal være små ASCII-bokstaver, tall og bindestrek'),
    term: z.string().min(2),
    explanation: z.string().min(20),
    /** Regelverk page (slug) that explains the term in full. */
    page: z.string().optional(),
    see: z.array(z.string()).default([]),
  })
  .strict();
export type Ord = z.infer<typeof ordSchema>;
