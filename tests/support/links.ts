import { existsSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { Parser } from "htmlparser2";
import { builtFiles, htmlFiles, pathOfFile, sitemapLocs } from "./pages";

/**
 * A link checker for a built static site, offline: every internal href/src must resolve to a
 * built file, every #fragment to an id (or a[name]) in the target page, and nothing a page
 * loads (images, scripts, styles, frames, media) may come from another origin. Links *to*
 * other sites (citations) are allowed and not fetched.
 *
 * The site's only link checker (tests/build/links.test.ts runs it). Each page is read once and
 * streamed through htmlparser2, collecting its ids and URLs without building a DOM: about 2 s
 * for the whole site, where a linkedom DOM per page took 15 s and timed out under load.
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

/** Attributes that hold a URL, by element, and whether the browser loads it with the page. */
const URL_ATTRS: Readonly<Record<string, readonly { attr: string; loads: boolean }[]>> = {
  a: [{ attr: "href", loads: false }],
  area: [{ attr: "href", loads: false }],
  link: [{ attr: "href", loads: true }],
  img: [
    { attr: "src", loads: true },
    { attr: "srcset", loads: true },
  ],
  source: [
    { attr: "src", loads: true },
    { attr: "srcset", loads: true },
  ],
  script: [{ attr: "src", loads: true }],
  iframe: [{ attr: "src", loads: true }],
  video: [
    { attr: "src", loads: true },
    { attr: "poster", loads: true },
  ],
  audio: [{ attr: "src", loads: true }],
  track: [{ attr: "src", loads: true }],
  object: [{ attr: "data", loads: true }],
  embed: [{ attr: "src", loads: true }],
  use: [{ attr: "href", loads: true }],
  image: [{ attr: "href", loads: true }],
  form: [{ attr: "action", loads: false }],
};

interface PageScan {
  /** Every id, and every a[name], on the page: the targets of #fragments. */
  ids: Set<string>;
  links: { where: string; url: string; loads: boolean }[];
}

/** One streaming pass over a page (htmlparser2, no DOM): its ids and its URLs. */
export function scanPage(html: string): PageScan {
  const scan: PageScan = { ids: new Set(), links: [] };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (attribs["id"] !== undefined) scan.ids.add(attribs["id"]);
        if (name === "a" && attribs["name"] !== undefined) scan.ids.add(attribs["name"]);
        const rel = (attribs["rel"] ?? "").toLowerCase().split(/\s+/);
        for (const { attr, loads } of URL_ATTRS[name] ?? []) {
          const value = attribs[attr];
          if (value === undefined) continue;
          const where = `${name}[${attr}]`;
          const isLoad = loads && !(name === "link" && rel.some((r) => LINK_REFERENCES.has(r)));
          if (attr === "srcset") {
            for (const candidate of value.split(","))
              scan.links.push({
                where,
                url: candidate.trim().split(/\s+/)[0] ?? "",
                loads: isLoad,
              });
          } else scan.links.push({ where, url: value, loads: isLoad });
        }
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return scan;
}

/** `<link rel>` values that are references, not loads (the browser fetches nothing). */
const LINK_REFERENCES = new Set(["canonical", "alternate", "author", "license", "me", "sitemap"]);

/**
 * The public origin the site is deployed to, as the built files state it (the sitemap, else
 * the home page's canonical link), else as SITE_URL says. The files come first: they are what
 * was built, whatever SITE_URL the process running the check happens to have.
 */
export function siteOrigin(root: string): string | null {
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
  return process.env.SITE_URL ? new URL(process.env.SITE_URL).origin : null;
}

export function checkLinks(root = resolve("dist")): { broken: BrokenLink[]; checked: number } {
  const files = htmlFiles(root);
  const origin = siteOrigin(root);
  const broken: BrokenLink[] = [];
  let checked = 0;

  // Each page is read and parsed once; a #fragment's target page is scanned on first use.
  const scans = new Map<string, PageScan>();
  const scanOf = (file: string): PageScan => {
    let scan = scans.get(file);
    if (!scan) {
      scan = scanPage(readFileSync(join(root, file), "utf8"));
      scans.set(file, scan);
    }
    return scan;
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
      if (!scanOf(t.file!).ids.has(id))
        fail(`points at #${id}, which no element in dist/${t.file} has`);
    }
  };

  for (const file of files)
    for (const link of scanOf(file).links) check(file, link.where, link.url, link.loads);

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
