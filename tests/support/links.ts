import { existsSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseHTML } from "linkedom";
import { builtFiles, htmlFiles, pathOfFile, sitemapLocs } from "./pages";

/**
 * A link checker for a built static site, offline: every internal href/src must resolve to a
 * built file, every #fragment to an id (or a[name]) in the target page, and nothing a page
 * loads (images, scripts, styles, frames, media) may come from another origin. Links *to*
 * other sites (citations) are allowed and not fetched.
 */

export interface BrokenLink {
  /** The page (or XML file) the link is on, as a dist-relative file. */
  file: string;
  /** Element and attribute, e.g. `a[href]`. */
  where: string;
  url: string;
  problem: string;
}

export function formatBroken(b: BrokenLink): string {
  return `dist/${b.file}: ${b.where}="${b.url}" ${b.problem}`;
}

/** Attributes that hold a URL, and whether the browser loads it with the page. */
const URL_ATTRS: { selector: string; attr: string; loads: boolean }[] = [
  { selector: "a[href]", attr: "href", loads: false },
  { selector: "area[href]", attr: "href", loads: false },
  { selector: "link[href]", attr: "href", loads: true },
  { selector: "img[src]", attr: "src", loads: true },
  { selector: "img[srcset]", attr: "srcset", loads: true },
  { selector: "source[src]", attr: "src", loads: true },
  { selector: "source[srcset]", attr: "srcset", loads: true },
  { selector: "script[src]", attr: "src", loads: true },
  { selector: "iframe[src]", attr: "src", loads: true },
  { selector: "video[src]", attr: "src", loads: true },
  { selector: "video[poster]", attr: "poster", loads: true },
  { selector: "audio[src]", attr: "src", loads: true },
  { selector: "track[src]", attr: "src", loads: true },
  { selector: "object[data]", attr: "data", loads: true },
  { selector: "embed[src]", attr: "src", loads: true },
  { selector: "use[href]", attr: "href", loads: true },
  { selector: "image[href]", attr: "href", loads: true },
  { selector: "form[action]", attr: "action", loads: false },
];

/** `<link rel>` values that are references, not loads (the browser fetches nothing). */
const LINK_REFERENCES = new Set(["canonical", "alternate", "author", "license", "me", "sitemap"]);

/** The public origin the site is deployed to, as the built files state it. */
export function siteOrigin(root: string): string | null {
  if (process.env.SITE_URL) return new URL(process.env.SITE_URL).origin;
  const index = join(root, "sitemap-index.xml");
  if (existsSync(index)) {
    const loc = sitemapLocs(readFileSync(index, "utf8"))[0];
    if (loc) return new URL(loc).origin;
  }
  const home = join(root, "index.html");
  if (existsSync(home)) {
    const canonical = readFileSync(home, "utf8").match(
      /<link[^>]+rel="canonical"[^>]+href="([^"]+)"/,
    );
    if (canonical) return new URL(canonical[1]!).origin;
  }
  return null;
}

export function checkLinks(root = resolve("dist")): { broken: BrokenLink[]; checked: number } {
  const files = htmlFiles(root);
  const origin = siteOrigin(root);
  const idsCache = new Map<string, Set<string>>();
  const broken: BrokenLink[] = [];
  let checked = 0;

  const idsOf = (file: string): Set<string> => {
    let ids = idsCache.get(file);
    if (!ids) {
      const { document } = parseHTML(readFileSync(join(root, file), "utf8"));
      ids = new Set<string>();
      for (const el of document.querySelectorAll("[id]")) ids.add(el.getAttribute("id")!);
      for (const el of document.querySelectorAll("a[name]")) ids.add(el.getAttribute("name")!);
      idsCache.set(file, ids);
    }
    return ids;
  };

  /** The built file a same-site path is served from, or a problem. */
  const target = (pathname: string): { file?: string; problem?: string } => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return { problem: "is not a valid URL path" };
    }
    const rel = decoded.replace(/^\/+/, "");
    const full = join(root, rel);
    if (decoded.endsWith("/")) {
      return existsSync(join(full, "index.html"))
        ? { file: join(rel, "index.html") }
        : { problem: `does not resolve: no dist/${rel}index.html` };
    }
    if (existsSync(full) && statSync(full).isFile()) return { file: rel };
    if (existsSync(join(full, "index.html")))
      return { problem: `lacks the trailing slash (the site uses ${decoded}/)` };
    return { problem: `does not resolve: no dist/${rel}` };
  };

  const check = (file: string, where: string, raw: string, loads: boolean): void => {
    const value = raw.trim();
    if (!value || /^(mailto|tel|sms|data|blob):/i.test(value)) return;
    checked++;
    const fail = (problem: string): void => {
      broken.push({ file, where, url: value, problem });
    };
    if (/^javascript:/i.test(value)) return fail("is a javascript: URL");
    const base = new URL(pathOfFile(file), "http://site.invalid");
    let url: URL;
    try {
      url = new URL(value, base);
    } catch {
      return fail("is not a valid URL");
    }
    const sameSite = url.origin === base.origin || (origin !== null && url.origin === origin);
    if (!sameSite) {
      if (loads) fail("loads from another origin (nothing may contact another server)");
      return;
    }
    const t = target(url.pathname);
    if (t.problem) return fail(t.problem);
    const hash = url.hash.slice(1);
    if (hash && t.file!.endsWith(".html")) {
      let id = hash;
      try {
        id = decodeURIComponent(hash);
      } catch {
        // keep the raw fragment
      }
      if (!idsOf(t.file!).has(id)) fail(`points at #${id}, which no element in dist/${t.file} has`);
    }
  };

  for (const file of files) {
    const { document } = parseHTML(readFileSync(join(root, file), "utf8"));
    for (const { selector, attr, loads } of URL_ATTRS) {
      for (const el of document.querySelectorAll(selector)) {
        const value = el.getAttribute(attr) ?? "";
        const where = `${el.localName}[${attr}]`;
        const rel = (el.getAttribute("rel") ?? "").toLowerCase().split(/\s+/);
        const isLoad =
          loads && !(el.localName === "link" && rel.some((r) => LINK_REFERENCES.has(r)));
        if (attr === "srcset") {
          for (const candidate of value.split(","))
            check(file, where, candidate.trim().split(/\s+/)[0] ?? "", isLoad);
        } else check(file, where, value, isLoad);
      }
    }
  }

  // Sitemaps and feeds: every <loc> and <link> on this site must be a built page.
  for (const xml of builtFiles(root, ".xml")) {
    const full = join(root, xml);
    if (!existsSync(full)) continue;
    const text = readFileSync(full, "utf8");
    for (const m of text.matchAll(/<(loc|link)>\s*([^<\s]+)\s*<\/\1>/g)) {
      const url = new URL(m[2]!);
      if (origin && url.origin !== origin) continue;
      checked++;
      const t = target(url.pathname);
      if (t.problem) broken.push({ file: xml, where: `<${m[1]}>`, url: m[2]!, problem: t.problem });
    }
  }
  return { broken, checked };
}
