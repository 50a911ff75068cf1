/**
 * The sitemap's language alternates (xhtml:link hreflang), in one pass over the pages.
 * @astrojs/sitemap's own `i18n` option finds each page's editions by scanning every page again,
 * which is quadratic: at 100,000 record pages it took 121 s of a 254 s build
 * (bench/RESULTS.md, bench:record-build). This gives the same links, in the same order, from a
 * map built once. No framework imports here (astro.config.mjs reads this file).
 */
import { splitLocale } from "../i18n/locales.ts";

export interface SitemapLink {
  url: string;
  lang: string;
}

/** The order @astrojs/sitemap sorts its URLs in; each page's links follow it. */
const byUrl = (a: string, b: string): number => a.localeCompare(b, "en", { numeric: true });

/**
 * Each URL's editions in every language it exists in (itself included), for pages that exist in
 * more than one; a page in one language only has none, as with the integration's own option.
 */
export function sitemapAlternates(urls: readonly string[]): Map<string, SitemapLink[]> {
  const groups = new Map<string, SitemapLink[]>();
  for (const url of urls) {
    const { locale, path } = splitLocale(new URL(url).pathname);
    const group = groups.get(path) ?? [];
    group.push({ url, lang: locale });
    groups.set(path, group);
  }
  const links = new Map<string, SitemapLink[]>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    group.sort((a, b) => byUrl(a.url, b.url));
    for (const link of group) links.set(link.url, group);
  }
  return links;
}

/**
 * `filter` and `serialize` for @astrojs/sitemap: `filter` keeps the pages `keep` accepts and
 * remembers them (the integration filters every page before it serializes any), `serialize`
 * adds each page's alternates from one map of them all.
 */
export function sitemapI18n(keep: (url: string) => boolean): {
  filter: (url: string) => boolean;
  serialize: <T extends { url: string }>(item: T) => T & { links?: SitemapLink[] };
} {
  const pages: string[] = [];
  let alternates: Map<string, SitemapLink[]> | null = null;
  return {
    filter: (url) => {
      if (!keep(url)) return false;
      pages.push(url);
      alternates = null;
      return true;
    },
    serialize: (item) => {
      alternates ??= sitemapAlternates(pages);
      const links = alternates.get(item.url);
      return links ? { ...item, links } : item;
    },
  };
}
