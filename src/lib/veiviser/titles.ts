import { veiviserText as text } from '../../i18n/veiviser';

/**
 * The page title of a step, the same for the prebuilt page and the island (which wraps it with
 * documentTitle, as BaseLayout does), so titles do not differ with and without JavaScript.
 */
export function stepPageTitle(index: number, question: string, isStart: boolean): string {
  return isStart ? text.startTitle : `${text.stepTitle(index, question)} – ${text.title}`;
}
