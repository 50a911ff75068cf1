/**
 * How to cite the data package, a dataset or one record: one plain line readers can copy, in
 * the page's language. The package's title is its published (English) title in every language,
 * so the pieces mark it: a page in another language wraps it in lang="en".
 */
import { SITE } from "../site";
import { formatIsoDay } from "../format.ts";
import { translator, type Locale, type MessageKey, type Params } from "../i18n/index.ts";

export interface CiteInput {
  resourceTitle: string | null;
  packageTitle: string;
  version: string;
  updated: string;
  url: string;
  /** The page's language (default English). */
  locale?: Locale;
}

/** A piece of a citation: `lang` is set on the package's English title in another language. */
export interface CitationPart {
  text: string;
  lang?: "en";
}

/** The message `key` filled in, split around `{package}`, which stands as `packageTitle`. */
export function citationParts(
  locale: Locale,
  key: MessageKey,
  packageTitle: string,
  params: Params,
): CitationPart[] {
  const MARK = "\u0000";
  const [before = "", after = ""] = translator(locale)(key, { ...params, package: MARK }).split(
    MARK,
  );
  const title: CitationPart =
    locale === "en" ? { text: packageTitle } : { text: packageTitle, lang: "en" };
  return [{ text: before }, title, { text: after }].filter((p) => p.text !== "");
}

/** The citation of the package (no resource) or of one dataset, in pieces. */
export function citationOf({
  resourceTitle,
  packageTitle,
  version,
  updated,
  url,
  locale = "en",
}: CiteInput): CitationPart[] {
  const params = {
    site: SITE.name,
    version,
    date: formatIsoDay(updated, { locale }),
    url,
  };
  return resourceTitle
    ? citationParts(locale, "data.citeDataset", packageTitle, { ...params, title: resourceTitle })
    : citationParts(locale, "data.citePackage", packageTitle, params);
}

export function citation(input: CiteInput): string {
  return citationOf(input)
    .map((p) => p.text)
    .join("");
}
