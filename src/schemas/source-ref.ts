import { z } from 'zod';
import { knownId } from './ids';

/**
 * A pointer into a source. `passage` is for readers (chapter, section, page);
 * `lines` is the internal line range in the report (kilder/), never rendered; the build checks it exists and is not empty.
 */
export function sourceRefSchema(kildeIds: ReadonlySet<string>) {
  return z
    .object({
      kilde: knownId(kildeIds, 'content/kilder.yaml'),
      passage: z.string().min(1, 'passage mangler (kapittel eller side for leseren)'),
      lines: z
        .string()
        .regex(
          /^L\d+(–\d+)?(, L\d+(–\d+)?)*$/,
          'lines skrives som «L1884–1918» eller «L12, L40–44»'
        )
        .optional(),
    })
    .strict();
}
export type SourceRef = z.infer<ReturnType<typeof sourceRefSchema>>;
