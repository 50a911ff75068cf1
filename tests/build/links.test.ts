import { describe, expect, it } from "vitest";
import { resolve } from "node:path";
import { checkLinks, formatBroken } from "../support/links";
import { htmlFiles, DIST_DIR } from "../support/pages";

// Every internal href/src in dist/ resolves to a built file, every #anchor to an id, every
// sitemap and feed entry to a page, and no page loads anything from another origin.
// The checker (tests/support/links.ts) is proved on a fixture site with known broken links.
// This is the site's only link check: one streaming pass per page, about 10 s for the 2,743 pages of the three-language build.
const DIST = DIST_DIR;
/** Generous for one pass (it took 15 s with a DOM per page, over the default 5 s, under load). */
// Walks every built page once (one per data row since the record pages): room for a busy machine.
const TIMEOUT_MS = 120_000;

describe("link check on dist/", () => {
  it(
    "finds no broken internal link, anchor or external load",
    () => {
      expect(htmlFiles(DIST), "build the site first (npm run build)").not.toEqual([]);
      const { broken, checked } = checkLinks(DIST);
      expect(broken.map(formatBroken)).toEqual([]);
      expect(checked).toBeGreaterThan(0);
    },
    TIMEOUT_MS,
  );
});

describe("link checker on the fixture site", () => {
  const { broken } = checkLinks(resolve("tests/fixtures/e2e/links"));
  const lines = broken.map((b) => `${b.file} ${b.where} ${b.url}`).sort();

  it("reports exactly the broken links and nothing else", () => {
    expect(lines).toEqual(
      [
        "index.html a[href] #gone",
        "index.html a[href] /missing/",
        "index.html a[href] /noslash",
        "index.html a[href] /ok/#nowhere",
        "index.html img[src] /img/missing.png",
        "index.html img[src] https://tracker.example/p.gif",
        "index.html link[href] https://cdn.example.net/x.css",
        "rss.xml <link> https://site.example/gone/",
      ].sort(),
    );
  });

  it("says what is wrong in plain words", () => {
    const text = broken.map(formatBroken).join("\n");
    expect(text).toContain(
      'dist/index.html: a[href]="/missing/" does not resolve: no dist/missing/index.html',
    );
    expect(text).toContain("points at #nowhere, which no element in dist/ok/index.html has");
    expect(text).toContain("lacks the trailing slash");
    expect(text).toContain("loads from another origin");
  });
});
