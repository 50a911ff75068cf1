/**
 * The built site as a whole: every page, link, download, feed and header rule, read from the
 * build output (dist/, or TEST_DIST when a build went elsewhere).
 */
import { formatNumber } from "../../src/lib/format";
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { DOMParser, parseHTML } from "linkedom";
import { dataDir, load, loadPackage } from "../../src/lib/data";
import {
  exchangesRecorded,
  executionFigures,
  latestReturnedTotal,
} from "../../src/lib/site/figures";
import { META_CSP, REFERRER_POLICY } from "../../src/lib/site/csp";
import { packageFolder, packageZip } from "../../src/lib/site/package-files";
import { packageInput } from "../../src/components/site/packageInput";
import { DIST } from "../support/dist";
import { MAX_TITLE } from "../../src/lib/site/meta";
import { recordPath } from "../../src/lib/site/records";
import { correctionAnchor } from "../../src/lib/site/corrections";
import { listZip } from "../../src/lib/site/zip";
import { splitLocale, translator } from "../../src/lib/i18n";

/** The search page of any language edition: /search/, /uk/search/ ... */
const isSearchPage = (file: string): boolean =>
  splitLocale(`/${file}`).path === "/search/index.html";

const OUT = DIST;
if (!existsSync(join(OUT, "index.html"))) {
  throw new Error(
    `${OUT}/index.html is missing: build the site first (npm run build), or set TEST_DIST to the folder you built into.`,
  );
}

/** Pages that may carry inline styles, with the reason. None so far. */
const INLINE_STYLE_ALLOWED: ReadonlySet<string> = new Set([]);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const files = walk(OUT).map((f) => relative(OUT, f).split(sep).join("/"));
const htmlFiles = files.filter((f) => f.endsWith(".html") && !f.startsWith("pagefind/"));
const docs = new Map(
  htmlFiles.map((f) => [f, parseHTML(readFileSync(join(OUT, f), "utf8")).document]),
);
const read = (f: string): string => readFileSync(join(OUT, f), "utf8");

/** The URL path a built file answers at ("data/index.html" -> "/data/"). */
function urlPath(file: string): string {
  return `/${file}`.replace(/index\.html$/, "").replace(/\.html$/, "/");
}

/** The built file for a URL path, or null. */
function fileFor(path: string): string | null {
  const clean = decodeURIComponent(path.replace(/^\//, ""));
  for (const candidate of [
    clean,
    `${clean}index.html`,
    `${clean}/index.html`,
    `${clean.replace(/\/$/, "")}.html`,
  ]) {
    if (candidate !== "" && files.includes(candidate.replace(/^\/+/, ""))) return candidate;
  }
  return clean === "" ? "index.html" : null;
}

const isExternal = (url: string): boolean => /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url);

describe("every built page", () => {
  it("was built (sanity)", () => {
    expect(htmlFiles).toContain("index.html");
    expect(htmlFiles).toContain("404.html");
    for (const page of ["about", "methodology", "corrections", "data", "search"]) {
      expect(htmlFiles).toContain(`${page}/index.html`);
    }
  });

  it.each(htmlFiles)("%s has a title, a description, lang and exactly one h1", (file) => {
    const doc = docs.get(file)!;
    expect(doc.documentElement.getAttribute("lang")).toBeTruthy();
    const title = doc.querySelector("head > title")?.textContent?.trim() ?? "";
    expect(title).toBeTruthy();
    expect(title.length, `"${title}" is too long for a tab or a search result`).toBeLessThanOrEqual(
      MAX_TITLE,
    );
    expect(
      doc.querySelector('meta[name="description"]')?.getAttribute("content")?.trim(),
    ).toBeTruthy();
    expect(doc.querySelectorAll("h1").length).toBe(1);
  });

  it.each(htmlFiles)("%s has landmarks, a skip link, canonical and social meta", (file) => {
    const doc = docs.get(file)!;
    expect(doc.querySelector("main#main")).toBeTruthy();
    expect(doc.querySelector('a.skip-link[href="#main"]')).toBeTruthy();
    expect(doc.querySelector("header nav[aria-label]")).toBeTruthy();
    const { locale } = splitLocale(`/${file}`);
    expect(doc.querySelector("footer")?.textContent).toContain(
      translator(locale)("footer.dataVersion", { version: loadPackage().version }),
    );
    // A page kept out of search engines (the 404) has no canonical address.
    const noindex = doc.querySelector('meta[name="robots"]')?.getAttribute("content") === "noindex";
    if (noindex) {
      expect(doc.querySelector('link[rel="canonical"]')).toBeNull();
    } else {
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute("href")).toMatch(
        /^https?:\/\//,
      );
      expect(doc.querySelector('meta[property="og:url"]')).toBeTruthy();
    }
    expect(doc.querySelector('meta[property="og:type"]')?.getAttribute("content")).toBe(
      /^stories\/[^/]+\/index\.html$/.test(splitLocale(`/${file}`).path.slice(1))
        ? "article"
        : "website",
    );
    for (const name of ['property="og:title"', 'name="twitter:card"']) {
      expect(doc.querySelector(`meta[${name}]`), name).toBeTruthy();
    }
  });

  it.each(htmlFiles)("%s carries its Content-Security-Policy and referrer policy", (file) => {
    const doc = docs.get(file)!;
    const csp = doc
      .querySelector('meta[http-equiv="Content-Security-Policy"]')
      ?.getAttribute("content");
    expect(csp).toBe(isSearchPage(file) ? META_CSP.search : META_CSP.default);
    expect(doc.querySelector('meta[name="referrer"]')?.getAttribute("content")).toBe(
      REFERRER_POLICY,
    );
  });

  it.each(htmlFiles)("%s has no inline style and no script except the search page's", (file) => {
    const html = read(file);
    if (!INLINE_STYLE_ALLOWED.has(file)) {
      expect(html).not.toMatch(/<style[\s>]/i);
      expect(html).not.toMatch(/\sstyle\s*=/i);
    }
    const doc = docs.get(file)!;
    const scripts = [...doc.querySelectorAll("script")].filter(
      (s) => s.getAttribute("type") !== "application/ld+json",
    );
    if (isSearchPage(file)) {
      expect(scripts.map((s) => s.getAttribute("src"))).toEqual(["/search.js"]);
    } else {
      expect(scripts.length).toBe(0);
    }
  });

  it.each(htmlFiles)("%s loads nothing from another origin", (file) => {
    const doc = docs.get(file)!;
    const loaded = [
      ...[...doc.querySelectorAll("[src]")].map((el) => el.getAttribute("src") ?? ""),
      ...[...doc.querySelectorAll("[srcset]")].map((el) => el.getAttribute("srcset") ?? ""),
      // <link>s that make the browser fetch (canonical, alternate and microdata links do not)
      ...[...doc.querySelectorAll("link[href]")]
        .filter((el) =>
          /\b(stylesheet|icon|preload|modulepreload|prefetch|prerender|manifest|preconnect|dns-prefetch)\b/i.test(
            el.getAttribute("rel") ?? "",
          ),
        )
        .map((el) => el.getAttribute("href") ?? ""),
      ...[...doc.querySelectorAll("object[data], embed[src], iframe")].map(() => "//iframe"),
    ];
    for (const url of loaded) expect(isExternal(url), `${file}: ${url}`).toBe(false);
  });

  // Astro 7 drops a line break next to an element ("the\n<a>" renders "the<a>"): the site's own
  // pages write {" "} where a space is needed, and this keeps them honest.
  it.each(htmlFiles.filter((f) => !/^(stories|sources|charts)\//.test(f)))(
    "%s keeps the spaces around its inline elements",
    (file) => {
      const html = read(file).replace(/<head>[\s\S]*<\/head>/, "");
      expect(html.match(/[A-Za-z,;:]<(a|code|time|strong|em) [^>]*>[^<]{0,20}/g) ?? []).toEqual([]);
      expect(html.match(/.{0,20}<\/(a|code|time|strong|em)>[A-Za-z(]/g) ?? []).toEqual([]);
    },
  );

  it.each(htmlFiles)("%s links out with rel=noreferrer", (file) => {
    for (const a of docs.get(file)!.querySelectorAll("a[href]")) {
      const href = a.getAttribute("href") ?? "";
      if (/^https?:/i.test(href)) {
        expect((a.getAttribute("rel") ?? "").split(/\s+/), `${file}: ${href}`).toContain(
          "noreferrer",
        );
      }
    }
  });
  // Links and anchors: one checker for the whole site, tests/build/links.test.ts.
});

describe("home page", () => {
  const doc = docs.get("index.html")!;

  it("shows key figures computed from the data rows, each linked to its source", () => {
    const expected = [
      latestReturnedTotal(load("totals")),
      exchangesRecorded(load("exchanges")),
      ...executionFigures(load("abuses")),
    ].filter((f) => f !== null);
    const items = [...doc.querySelectorAll(".key-figures > li")];
    expect(items.map((li) => li.querySelector(".figure-value")?.textContent)).toEqual(
      expected.map((f) => f.value),
    );
    items.forEach((li, i) => {
      expect(li.querySelector(`a[href="/sources/${expected[i]!.sourceId}/"]`)).toBeTruthy();
    });
  });

  it("shows the latest stories and the three charts", () => {
    const listed = [...doc.querySelectorAll(".story-list a")].map((a) => a.getAttribute("href"));
    expect(listed.length).toBe(Math.min(5, storyPaths.length));
    for (const href of listed) expect(storyPaths).toContain(href);
    expect(
      [...doc.querySelectorAll("figure[data-chart]")].map((f) => f.getAttribute("data-chart")),
    ).toEqual(["exchanges", "contact", "abuses"]);
  });
});

describe("stylesheets", () => {
  it("import nothing from another origin", () => {
    for (const file of files.filter((f) => f.endsWith(".css"))) {
      const css = read(file);
      expect(css, file).not.toMatch(/@import\s+(url\()?["']?(https?:)?\/\//i);
      expect(css, file).not.toMatch(/url\(\s*["']?(https?:)?\/\//i);
    }
  });
});

const storyPages = htmlFiles.filter((f) => /^stories\/[^/]+\/index\.html$/.test(f));
const storyPaths = storyPages.map(urlPath);

describe("feeds", () => {
  const parser = new DOMParser();

  it("the RSS feed parses and lists every story", () => {
    const xml = read("rss.xml");
    expect(xml.startsWith("<?xml")).toBe(true);
    const doc = parser.parseFromString(xml, "text/xml");
    expect(doc.querySelector("rss > channel > title")?.textContent).toBeTruthy();
    const links = [...doc.querySelectorAll("item > link")].map(
      (l) => new URL(l.textContent ?? "").pathname,
    );
    expect(links.sort()).toEqual([...storyPaths].sort());
  });

  it("the sitemap parses, lists every story and dataset page, and only built pages", () => {
    const index = parser.parseFromString(read("sitemap-index.xml"), "text/xml");
    const maps = [...index.querySelectorAll("sitemap > loc")].map(
      (l) => new URL(l.textContent ?? "").pathname,
    );
    expect(maps.length).toBeGreaterThan(0);
    const locs = maps.flatMap((map) =>
      [...parser.parseFromString(read(map.slice(1)), "text/xml").querySelectorAll("url > loc")].map(
        (l) => new URL(l.textContent ?? "").pathname,
      ),
    );
    for (const path of locs) expect(fileFor(path), path).not.toBeNull();
    for (const path of storyPaths) expect(locs).toContain(path);
    for (const name of Object.keys(loadPackage().resources))
      expect(locs).toContain(`/data/${name}/`);
    expect(locs).not.toContain("/404/");
  });
});

describe("downloads", () => {
  const pkg = loadPackage();
  const resources = Object.values(pkg.resources);

  it.each(resources.map((r) => r.name))(
    "/data/%s.csv equals the file in data/ byte for byte",
    (name) => {
      const resource = pkg.resources[name]!;
      const built = readFileSync(join(OUT, "data", `${name}.csv`));
      expect(built.equals(readFileSync(join(dataDir(), resource.path)))).toBe(true);
    },
  );

  it("/data/datapackage.json equals data/datapackage.json byte for byte", () => {
    const built = readFileSync(join(OUT, "data", "datapackage.json"));
    expect(built.equals(readFileSync(join(dataDir(), "datapackage.json")))).toBe(true);
  });

  it("the package ZIP lists every resource, the descriptor and the changelog", () => {
    const zip = new Uint8Array(readFileSync(join(OUT, "data", "captivity-ledger-data.zip")));
    const folder = packageFolder(pkg);
    const names = listZip(zip);
    expect(names).toContain(`${folder}/datapackage.json`);
    expect(names).toContain(`${folder}/CHANGELOG.md`);
    for (const r of resources) expect(names).toContain(`${folder}/${r.path}`);
  });

  it("the package ZIP is compressed, and zipping the same data again gives the same bytes", () => {
    const built = readFileSync(join(OUT, "data", "captivity-ledger-data.zip"));
    expect(built.readUInt16LE(8), "compression method of the first entry").toBe(8); // deflated
    const csvBytes = resources.reduce((sum, r) => sum + statSync(join(dataDir(), r.path)).size, 0);
    expect(built.length).toBeLessThan(csvBytes / 2);
    expect(Buffer.from(packageZip(packageInput())).equals(built)).toBe(true);
  });

  it.runIf(spawnSync("unzip", ["-v"]).status === 0)(
    "unzip reads the ZIP and finds the same bytes",
    () => {
      const zipPath = join(OUT, "data", "captivity-ledger-data.zip");
      expect(spawnSync("unzip", ["-tq", zipPath]).status).toBe(0);
      const folder = packageFolder(pkg);
      for (const r of resources) {
        const out = spawnSync("unzip", ["-p", zipPath, `${folder}/${r.path}`]);
        expect(Buffer.from(out.stdout).equals(readFileSync(join(dataDir(), r.path))), r.path).toBe(
          true,
        );
      }
    },
  );

  it("each dataset page shows its row count, version and a dictionary row per field", () => {
    for (const r of resources) {
      const doc = docs.get(`data/${r.name}/index.html`)!;
      const text = doc.querySelector("main")?.textContent ?? "";
      expect(text).toContain(pkg.version);
      expect(doc.querySelector(".facts dd.num")?.textContent?.trim()).toBe(
        formatNumber(r.rowCount),
      );
      const columns = [...doc.querySelectorAll("table.dictionary tbody th[scope=row] code")].map(
        (c) => c.textContent?.trim(),
      );
      expect(columns).toEqual(r.fields.map((f) => f["name"]));
    }
  });
});

describe("data corrections (data/corrections.csv)", () => {
  const rows = load("corrections");
  /** The text of a page's section from heading `#id` to the next h2. */
  const section = (doc: ReturnType<typeof docs.get>, id: string): string => {
    let el = doc?.getElementById(id)?.nextElementSibling ?? null;
    let text = "";
    while (el && el.tagName !== "H2") {
      text += ` ${el.textContent ?? ""}`;
      el = el.nextElementSibling;
    }
    return text;
  };

  it("are on the corrections page, each linking its record, and on its dataset's page", () => {
    expect(rows.length).toBeGreaterThan(20);
    const page = docs.get("corrections/index.html");
    for (const c of rows) {
      const item = page?.getElementById(correctionAnchor(c));
      expect(item, `corrections page lacks ${c.id}`).toBeTruthy();
      expect(item?.querySelector(`a[href="${recordPath(c.resource, c.record_id)}"]`)).toBeTruthy();
      expect(item?.textContent).toContain(c.reason);
      const dataset = docs.get(`data/${c.resource}/index.html`);
      expect(section(dataset, "corrections"), `data/${c.resource}/ lacks ${c.id}`).toContain(
        c.reason,
      );
    }
  });

  it("list the two corrections to source summaries, also on the sources' own pages", () => {
    const summaries = rows.filter((c) => c.resource === "sources" && c.fields?.includes("summary"));
    expect(summaries.map((c) => c.version).sort()).toEqual(["1.1.0", "1.2.0"]);
    for (const c of summaries) {
      const text = section(docs.get(`sources/${c.record_id}/index.html`), "corrections");
      expect(text).toContain(c.reason);
      expect(text).toContain(c.was.replace(/^summary: /, "").slice(0, 40));
    }
  });
});

describe("search", () => {
  const doc = docs.get("search/index.html")!;

  it("says what to do when scripts are off", () => {
    expect(doc.querySelector("noscript")?.textContent).toMatch(/JavaScript/);
    expect(doc.querySelector("form#search-form")?.hasAttribute("hidden")).toBe(true);
  });

  it.runIf(existsSync(join(OUT, "pagefind", "pagefind.js")))(
    "Pagefind indexed the site's pages (not the search page or 404)",
    () => {
      const entry = JSON.parse(read("pagefind/pagefind-entry.json")) as {
        languages: Record<string, { page_count: number }>;
      };
      const pages = Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
      const indexable = htmlFiles.filter((f) =>
        docs.get(f)?.querySelector("[data-pagefind-body]"),
      ).length;
      expect(pages).toBe(indexable);
      expect(docs.get("404.html")?.querySelector("[data-pagefind-body]")).toBeNull();
      expect(doc.querySelector("[data-pagefind-body]")).toBeNull();
    },
  );
});

// Story pages in every language: a translation is held to the same weight as its original.
const storyPagesEveryLanguage = htmlFiles.filter((f) =>
  /^stories\/[^/]+\/index\.html$/.test(splitLocale(`/${f}`).path.slice(1)),
);

describe("weight", () => {
  it("weighs the translated story pages too", () => {
    expect(storyPagesEveryLanguage.some((f) => f.startsWith("uk/"))).toBe(true);
    expect(storyPagesEveryLanguage.some((f) => f.startsWith("ru/"))).toBe(true);
  });

  it.each(storyPagesEveryLanguage.length ? storyPagesEveryLanguage : ["index.html"])(
    "%s is under 60 KB compressed with its stylesheets",
    (file) => {
      const doc = docs.get(file)!;
      const css = [...doc.querySelectorAll('link[rel="stylesheet"]')].map((l) =>
        readFileSync(join(OUT, (l.getAttribute("href") ?? "").replace(/^\//, ""))),
      );
      const bytes = [readFileSync(join(OUT, file)), ...css].reduce(
        (sum, b) => sum + gzipSync(b, { level: 9 }).length,
        0,
      );
      expect(bytes).toBeLessThan(60 * 1024);
    },
  );
});
