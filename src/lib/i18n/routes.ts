/**
 * Static paths per language. Every page lives in src/pages/[...locale]/: `locale` is undefined
 * for English (the page is at /about/) and the code for other languages (/uk/about/).
 *
 *   export const getStaticPaths = () => localeParams();            // a page in every language
 *   export const getStaticPaths = () => withLocales(storyPaths);   // each path in every language
 */
import { DEFAULT_LOCALE, LOCALES, localePath, type Locale } from "./locales.ts";

export interface LocaleParam {
  locale: string | undefined;
}

/** The `locale` route parameter for a language: undefined for the default. */
export const localeParam = (locale: Locale): string | undefined =>
  locale === DEFAULT_LOCALE ? undefined : locale;

/** One static path per language, with `locale` as a prop too. */
export function localeParams(locales: readonly Locale[] = LOCALES) {
  return locales.map((locale) => ({ params: { locale: localeParam(locale) }, props: { locale } }));
}

/**
 * Each of `paths` in each language it exists in (`localesOf`, every language by default), with
 * `locale` added to its params and props.
 */
export function withLocales<P extends object, Q extends object>(
  paths: readonly { params: P; props?: Q }[],
  localesOf: (path: { params: P; props?: Q }) => readonly Locale[] = () => LOCALES,
) {
  return paths.flatMap((path) =>
    localesOf(path).map((locale) => ({
      params: { ...path.params, locale: localeParam(locale) },
      props: { ...(path.props ?? ({} as Q)), locale },
    })),
  );
}

/**
 * Which languages each page is published in, by its English address ("*" stands for one
 * segment). A page is listed in a language only once all its text is translated: until then it
 * exists in English alone, and no Ukrainian or Russian address shows English interface text.
 * Stories are not here: a story exists in the languages it has been translated into.
 */
export const PAGE_LOCALES: readonly (readonly [pattern: string, locales: readonly Locale[]])[] = [
  ["/", LOCALES],
  ["/about/", LOCALES],
  ["/charts/", LOCALES],
  ["/corrections/", LOCALES],
  ["/corrections/rss.xml", LOCALES],
  ["/data/", LOCALES],
  ["/data/*/", LOCALES],
  ["/data/*/*/", LOCALES],
  ["/data/*/rows/*/", LOCALES],
  ["/methodology/", LOCALES],
  ["/standards/", LOCALES],
  ["/rss.xml", LOCALES],
  ["/search/", LOCALES],
  ["/sources/", LOCALES],
  ["/sources/*/", LOCALES],
  ["/stories/", LOCALES],
];

const patternRegex = (pattern: string): RegExp =>
  new RegExp(`^${pattern.replace(/[.]/g, "\\.").replace(/\*/g, "[^/]+")}$`);

/** The languages the page at `path` (its English address) is published in. */
export function pageLocales(path: string): readonly Locale[] {
  for (const [pattern, locales] of PAGE_LOCALES) {
    if (patternRegex(pattern).test(path)) return locales;
  }
  return [DEFAULT_LOCALE];
}

/**
 * The address to link to from a page in `locale`: the page in that language where it is
 * published in it, else the English page (so a link never leads to a missing page).
 */
export function hrefIn(locale: Locale, path: string): string {
  const [bare = path, hash] = path.split("#");
  const target = pageLocales(bare).includes(locale) ? localePath(locale, bare) : bare;
  return hash === undefined ? target : `${target}#${hash}`;
}
