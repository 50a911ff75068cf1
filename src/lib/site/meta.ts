/**
 * Canonical addresses. (Story structured data lives in src/lib/stories/structured-data.ts and
 * goes into Base's `head` slot.) Framework-free.
 */

/** Absolute canonical URL of a path on the deployed site, always with a trailing slash for pages. */
export function canonicalUrl(path: string, site: URL | string): string {
  const url = new URL(path, site);
  url.search = "";
  url.hash = "";
  if (!url.pathname.endsWith("/") && !/\.[a-z0-9]+$/i.test(url.pathname)) url.pathname += "/";
  return url.href;
}

/** Longest document title search results and browser tabs show in full. */
export const MAX_TITLE = 70;

/**
 * The <title> of a page: "<page title> · <site name>", the page title shortened at a word
 * boundary with an ellipsis when the whole would pass MAX_TITLE. The page's h1 keeps the full
 * title.
 */
export function documentTitle(title: string, siteName: string): string {
  if (title === siteName) return title;
  const suffix = ` · ${siteName}`;
  if (title.length + suffix.length <= MAX_TITLE) return `${title}${suffix}`;
  const room = MAX_TITLE - suffix.length - 1;
  const cut = title.slice(0, room + 1);
  const space = cut.lastIndexOf(" ");
  const head = (space > room / 2 ? cut.slice(0, space) : cut.slice(0, room)).replace(
    /[\s,.:;·-]+$/,
    "",
  );
  return `${head}…${suffix}`;
}
