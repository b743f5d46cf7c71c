declare namespace App {
  interface Locals {
    /** The page's language, set by its page or layout (src/i18n/ui.ts); bokmål when unset. */
    lang?: import('./i18n/lang').PageLang;
  }
}
