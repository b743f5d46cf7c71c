import { z } from 'zod';

// Messages a writer can act on, in plain Norwegian (issue 21). Astro prints each schema issue as
// «path: message» under the file's name, so a message says what is wrong with the field and how
// to fix it. A schema's own message («summary er over 200 tegn») still wins; these replace zod's
// English defaults («Invalid option: expected one of …», «Unrecognized key: "x"»).

const list = (values: readonly unknown[]) => values.map((v) => `«${String(v)}»`).join(', ');
const shown = (value: unknown) =>
  typeof value === 'string' ? `«${value}»` : value instanceof Date ? 'en dato' : String(value);
const kinds: Record<string, string> = {
  string: 'tekst',
  number: 'et tall',
  array: 'en liste',
  object: 'felt med verdier under',
  date: 'en dato (ÅÅÅÅ-MM-DD)',
  boolean: 'true eller false',
};

/** A field the schema does not have: name it, and say what to do. */
export const unknownFieldMessage = (key: string) =>
  `ukjent felt «${key}»: skjemaet har ikke dette feltet. Sjekk stavemåten (store og små bokstaver teller), eller fjern det (feltene står i docs/innhold.md).`;

/** zod's default message for an issue, in Norwegian; undefined leaves zod's own. */
export function norwegianMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map(unknownFieldMessage).join(' ');
    case 'invalid_value':
      return `${shown(issue.input)} er ikke en gyldig verdi. Bruk en av disse: ${list(issue.values)}.`;
    case 'invalid_type':
      return issue.input === undefined
        ? `feltet mangler: skriv ${kinds[issue.expected] ?? issue.expected} her.`
        : `skal være ${kinds[issue.expected] ?? issue.expected}, ikke ${shown(issue.input)}.`;
    case 'too_small':
      if (issue.origin === 'string')
        return `teksten er for kort: skriv minst ${String(issue.minimum)} tegn.`;
      if (issue.origin === 'array')
        return `listen er for kort: den skal ha minst ${String(issue.minimum)}.`;
      return undefined;
    case 'too_big':
      if (issue.origin === 'string')
        return `teksten er for lang: skriv høyst ${String(issue.maximum)} tegn.`;
      if (issue.origin === 'array')
        return `listen er for lang: den kan ha høyst ${String(issue.maximum)}.`;
      return undefined;
    case 'invalid_format':
      return `${shown(issue.input)} har feil form (${issue.format}).`;
    case 'invalid_union':
      return issue.note === 'No matching discriminator'
        ? `ukjent eller manglende ${issue.discriminator ?? 'type'}: se de gyldige verdiene i docs/innhold.md.`
        : undefined;
    default:
      return undefined;
  }
}

z.config({ customError: norwegianMessage });

/** The fields an object schema (or each option of a discriminated union) allows, for the data. */
function allowedKeys(schema: z.ZodType, data: Record<string, unknown>): Set<string> | undefined {
  if (schema instanceof z.ZodObject) return new Set(Object.keys(schema.shape));
  if (schema instanceof z.ZodDiscriminatedUnion) {
    const key = schema._zod.def.discriminator;
    const option = (schema.options as z.ZodType[]).find(
      (o) => o instanceof z.ZodObject && o.shape[key]?.safeParse(data[key]).success
    );
    return option ? allowedKeys(option, data) : undefined;
  }
  return undefined;
}

/**
 * The schema, with every unknown top-level field reported at its own path and named. zod reports
 * unknown fields with an empty path, which Astro printed as «****: Unrecognized key: "x"». The
 * schema is unchanged; the unknown fields are reported first, and the rest once they are gone.
 */
export function namedUnknownFields<T extends z.ZodType>(schema: T) {
  return z.preprocess((data, ctx) => {
    if (!data || typeof data !== 'object' || Array.isArray(data)) return data;
    const record = data as Record<string, unknown>;
    const allowed = allowedKeys(schema, record);
    if (!allowed) return data;
    for (const key of Object.keys(record))
      if (!allowed.has(key))
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: unknownFieldMessage(key),
          input: record[key],
        });
    return data;
  }, schema);
}
