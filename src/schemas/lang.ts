import { z } from 'zod';
import { writtenForms } from '../i18n/lang';

/**
 * The written form a page is in (språklova § 13, by alternation; docs/innhold.md «Skriftformene»):
 * «nb» (the default) or «nn». The page's <html lang> and its UI text follow it.
 */
export const langField = z
  .enum(writtenForms, { error: 'lang skal være nb (bokmål) eller nn (nynorsk)' })
  .default('nb');
