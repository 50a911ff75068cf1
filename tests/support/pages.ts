import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";

/** The built site the tests read: dist/, or $TEST_DIST (to test a build made elsewhere). */
export const DIST_DIR = resolve(process.env.TEST_DIST ?? "dist");

/** Every `<loc>` in a sitemap or sitemap index. */
export function sitemapLocs(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, "&"));
}

/**
 * The paths listed in the built sitemap (`sitemap-index.xml` and the sitemaps it names, read
 * from `root` by file name, since their URLs point at the public host), or null when the site
 * has no sitemap.
 */
export function sitemapPaths(root = DIST_DIR): string[] | null {
  const index = join(root, "sitemap-index.xml");
  if (!existsSync(index)) return null;
  const paths: string[] = [];
  for (const loc of sitemapLocs(readFileSync(index, "utf8"))) {
    const file = join(root, new URL(loc).pathname);
    if (!existsSync(file))
      throw new Error(`sitemap-index.xml names ${loc}, but ${file} is missing`);
    for (const page of sitemapLocs(readFileSync(file, "utf8"))) paths.push(new URL(page).pathname);
  }
  return paths;
}

/** Every file under `root` whose name ends with `ext`, relative, with forward slashes. */
export function builtFiles(root: string, ext: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith(ext)) out.push(relative(root, full).split(sep).join("/"));
    }
  };
  if (existsSync(root)) walk(root);
  return out.sort();
}

/** Every .html file under `root`, as paths relative to it with forward slashes. */
export function htmlFiles(root = DIST_DIR): string[] {
  return builtFiles(root, ".html");
}

/** The URL path a built file is served at: `a/b/index.html` -> `/a/b/`, `404.html` -> `/404.html`. */
export function pathOfFile(file: string): string {
  return `/${file}`.replace(/(^|\/)index\.html$/, "$1");
}

/**
 * The pages to audit: the sitemap's pages when there is a sitemap, plus every built
 * `index.html` and `404.html` it does not list (a page left out of the sitemap is still a page
 * readers reach), in a stable order. Empty when nothing is built.
 */
export function sitePages(root = DIST_DIR): string[] {
  const fromFiles = htmlFiles(root)
    .filter((f) => f.endsWith("index.html") || f === "404.html")
    .map(pathOfFile);
  const fromSitemap = sitemapPaths(root) ?? [];
  return [...new Set([...fromSitemap, ...fromFiles])].sort();
}

/** Story pages: `/stories/<slug>/`. */
export function storyPages(pages: string[]): string[] {
  return pages.filter((p) => /^\/stories\/[^/]+\/$/.test(p));
}

/**
 * The pages axe-core runs on when a route has many pages from one template (e.g. 200
 * `/sources/<id>/` pages): every page of a route with at most `limit` pages, and for a larger
 * route `limit` of them, spread evenly through the sorted list (first and last included) with
 * the largest files first in line, since more content means more to get wrong.
 */
export function axeSample(pages: string[], limit = 20, root = DIST_DIR): Set<string> {
  const families = new Map<string, string[]>();
  for (const p of pages) {
    const key = p.replace(/[^/]+\/$/, "*/");
    families.set(key, [...(families.get(key) ?? []), p]);
  }
  const chosen = new Set<string>();
  for (const members of families.values()) {
    if (members.length <= limit) {
      members.forEach((p) => chosen.add(p));
      continue;
    }
    const size = (p: string) => {
      const file = join(root, p.endsWith("/") ? `${p}index.html` : p);
      return existsSync(file) ? statSync(file).size : 0;
    };
    const largest = [...members].sort((a, b) => size(b) - size(a)).slice(0, Math.ceil(limit / 4));
    largest.forEach((p) => chosen.add(p));
    const spread = limit - largest.length;
    for (let i = 0; i < spread; i++)
      chosen.add(members[Math.round((i * (members.length - 1)) / Math.max(1, spread - 1))]!);
  }
  return chosen;
}
