import { z } from 'zod';
import { dateField } from './date';

const base = {
  id: z.string().regex(/^[a-z0-9-]+$/, 'id skal være små ASCII-bokstaver, tall og bindestrek'),
  title: z.string().min(3),
  /** The written form of the title when the source is in nynorsk; the rest of the entry is bokmål. */
  titleLang: z.enum(['nb', 'nn']).default('nb'),
  publisher: z.string().min(2),
  /** What the site uses it for, shown on «Om nettstedet og kildene». */
  use: z.string().min(10),
};

/** One of the five reports; `file` is its name in kilder/manifest.json (kilder/README.md). */
const rapport = z
  .object({
    ...base,
    kind: z.literal('rapport'),
    year: z.string().regex(/^\d{4}(\/\d{2,4})?$/, 'year skrives «2019» eller «2023/24»'),
    file: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/),
    url: z.url().optional(),
  })
  .strict();

/** A law text or public page that current law rests on (the law texts and pages read for the site; see content/kilder.yaml). */
const current = z
  .object({
    ...base,
    kind: z.enum(['lovtekst', 'nettside', 'stortingsdokument', 'kildekode', 'presse']),
    url: z.url(),
    /** The date on the stored copy, as it shows it ("oppdatert 16.02.2023", "udatert"). */
    published: z.string().min(4),
    dateRead: dateField('dateRead'),
    confidence: z.enum(['verified', 'likely']),
    /** The decisive words, quoted exactly, that settle what the site relies on this source for. */
    quote: z.string().min(10).optional(),
    /** Which version or year of the document the quote is from ("Prop. 76 L (2024–2025), kap. 3.1"). */
    version: z.string().min(4).optional(),
  })
  .strict()
  // A quote is only worth something when we say which version of the document it is from.
  .refine((k) => !k.quote || k.version, {
    path: ['version'],
    message: 'version mangler: hvilken utgave eller hvilket år sitatet er fra',
  });

export const kildeSchema = z.discriminatedUnion('kind', [rapport, current]);
export type Kilde = z.infer<typeof kildeSchema>;
