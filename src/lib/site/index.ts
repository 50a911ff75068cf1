/** Facts about the publication used across pages. No framework imports here. */
export const SITE = {
  name: "Captivity Ledger",
  tagline:
    "Prisoners of war in Russia's war on Ukraine: exchanges, contact with families, documented abuses.",
  description:
    "An investigative data site on prisoners of war in Russia's war on Ukraine: the exchanges that bring them home, whether they may call or write to their families, and the abuses documented against them. Every figure traces to a data row and every row to a source.",
  lang: "en",
  locale: "en_GB",
} as const;

export interface NavLink {
  /** The English address; other languages prefix it (src/lib/i18n/locales.ts). */
  href: string;
  /** The key of its label in the strings files (src/lib/i18n/messages/). */
  key: "nav.stories" | "nav.data" | "nav.sources" | "nav.methodology" | "nav.search" | "nav.about";
}

/** The header navigation, in reading order. */
export const NAV: readonly NavLink[] = [
  { href: "/stories/", key: "nav.stories" },
  { href: "/data/", key: "nav.data" },
  { href: "/sources/", key: "nav.sources" },
  { href: "/methodology/", key: "nav.methodology" },
  { href: "/search/", key: "nav.search" },
  { href: "/about/", key: "nav.about" },
];

/** Where the whole data package downloads from (a compressed ZIP, see src/lib/site/zip.ts). */
export const PACKAGE_ZIP_PATH = "/data/captivity-ledger-data.zip";
export const PACKAGE_JSON_PATH = "/data/datapackage.json";
export const RSS_PATH = "/rss.xml";

/** Path of a dataset's page and of its CSV download. */
export const datasetPath = (resource: string): string => `/data/${resource}/`;
export const csvPath = (resource: string): string => `/data/${resource}.csv`;
export const sourcePath = (id: string): string => `/sources/${id}/`;
export const storyPath = (slug: string): string => `/stories/${slug}/`;

/** True when `href` is the current page or a section containing it (for aria-current). */
export function isCurrent(href: string, pathname: string): boolean {
  const path = pathname.endsWith("/") ? pathname : `${pathname}/`;
  return href === "/" ? path === "/" : path.startsWith(href);
}

/** What kind of page a path is, for search results ("Story", "Source", "Dataset", "Page"). */
export function pageKind(pathname: string): "Story" | "Source" | "Dataset" | "Page" {
  if (/^\/stories\/[^/]+\/?$/.test(pathname)) return "Story";
  if (/^\/sources\/[^/]+\/?$/.test(pathname)) return "Source";
  if (/^\/data\/[^/]+\/?$/.test(pathname)) return "Dataset";
  return "Page";
}
