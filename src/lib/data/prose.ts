/**
 * Our prose in the data (a source's summary, an exchange's notes, who stated a total) as a page
 * in `locale` shows it: English on English pages; elsewhere our current translation from
 * data/translations.csv, else the English marked lang="en". One place decides, so every page
 * (record, source, dataset, chart table) shows the same words for the same cell.
 */
import { load } from "./index.ts";
import { indexTranslations, type TranslationIndex } from "./translations.ts";
import { keepNumbersTogether } from "../format.ts";
import type { Locale } from "../i18n/index.ts";

export interface Prose {
  text: string;
  /** "en" when the page shows the English (no current translation), for the page to mark. */
  lang: "en" | null;
  /** Whether the text is our translation of the English (pages say so). */
  translated: boolean;
}

let index: { rows: unknown; index: TranslationIndex } | null = null;

function translations(): TranslationIndex {
  const rows = load("translations");
  // The loader memoises the package; a new package (dev server, tests) gets a new index.
  if (index?.rows !== rows) index = { rows, index: indexTranslations(rows) };
  return index.index;
}

/** The cell `field` of row `id` in `resource`, whose English is `english`, on a page in `locale`. */
export function proseIn(
  resource: string,
  id: string,
  field: string,
  english: string,
  locale: Locale,
): Prose {
  if (locale === "en") return { text: english, lang: null, translated: false };
  const text = translations().textIn(resource, id, field, english, locale);
  return text === null
    ? { text: english, lang: "en", translated: false }
    : { text: keepNumbersTogether(text), lang: null, translated: true };
}
