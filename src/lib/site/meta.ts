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
