// The readers' questions for /sok/ only (the story list does not use them): its own module, so
// the story list's script does not carry the parser.
import { parseQuestions, type QuestionModel } from '../../lib/search-neighbours';

/** The file src/integrations/pagefind.mjs writes beside the index (QUESTION_FILE_NAME). */
const QUESTIONS_URL = '/pagefind/sporsmal.txt';

let questions: Promise<QuestionModel | null> | null = null;
/**
 * The readers' questions for /sok/ (src/lib/search-neighbours.ts), fetched once, on the first query
 * of several words. Without them (a failed request) the search ranks as Pagefind does: null.
 */
export function loadQuestions(): Promise<QuestionModel | null> {
  questions ??= fetch(QUESTIONS_URL)
    .then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))))
    .then(parseQuestions)
    .catch(() => {
      questions = null;
      return null;
    });
  return questions;
}
