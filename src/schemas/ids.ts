import { z } from 'zod';
// Plain Norwegian messages for zod's defaults (every schema file imports this file or one that does).
import './messages';

/** A string that must be one of `known`; the message names the file the ids live in. */
export function knownId(known: ReadonlySet<string>, where: string) {
  return z.string().refine((id) => known.has(id), {
    error: (issue) => `ukjent id «${String(issue.input)}»: finnes ikke i ${where}`,
  });
}
