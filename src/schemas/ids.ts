import { z } from 'zod';

/** A string that must be one of `known`; the message names the file the ids live in. */
export function knownId(known: ReadonlySet<string>, where: string) {
  return z.string().refine((id) => known.has(id), {
    error: (issue) => `ukjent id «${String(issue.input)}»: finnes ikke i ${where}`,
  });
}
