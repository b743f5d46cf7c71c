import { z } from 'zod';
// Plain Norwegian messages for zod's defaults (every schema file imports this file or one that does).
import './messages';

export const laws = {
  statsansatteloven: 'statsansatteloven',
  statsansatteforskriften: 'statsansatteforskriften',
  tiltaksforskriften: 'tiltaksforskriften',
  arbeidsmiljoloven: 'arbeidsmiljøloven',
  likestillingsloven: 'likestillings- og diskrimineringsloven',
  uhloven: 'universitets- og høyskoleloven',
} as const;

export const lovhenvisningSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'id skal være små ASCII-bokstaver, tall og bindestrek'),
    law: z.enum(Object.keys(laws) as [keyof typeof laws, ...(keyof typeof laws)[]]),
    paragraph: z.string().regex(/^(§|kap\.) /, 'paragraph begynner med «§ » eller «kap. »'),
    title: z.string().min(3),
    url: z.url().refine((u) => u.startsWith('https://lovdata.no/'), 'url skal peke til lovdata.no'),
  })
  .strict();
export type Lovhenvisning = z.infer<typeof lovhenvisningSchema>;
