/**
 * Record pages in the built site: every row of every resource has a page listed on its dataset
 * page; history, removed rows, citations and the raw row read from the real data and git.
 */
import { describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { loadPackage } from "../../src/lib/data";
import { pageCount, recordPath, rowListPath, rowPath } from "../../src/lib/site/records";
import { DIST, readBuilt } from "../support/dist";

const pkg = loadPackage();
const page = (path: string) =>
  parseHTML(readBuilt(`${path.replace(/^\//, "")}index.html`)).document;
const text = (el: { textContent: string | null } | null | undefined): string =>
  (el?.textContent ?? "").replace(/\s+/g, " ").trim();

/** Every href on the pages of a dataset's row list. */
function listedLinks(resource: string, rowCount: number): Set<string> {
  const hrefs = new Set<string>();
  for (let n = 1; n <= pageCount(rowCount); n++) {
    for (const a of page(rowListPath(resource, n)).querySelectorAll(".row-list a[href]")) {
      hrefs.add(a.getAttribute("href")!);
    }
  }
  return hrefs;
}

describe("record pages", () => {
  it.each(Object.values(pkg.resources).map((r) => [r.name, r] as const))(
    "every row of %s is listed on its dataset page, linking a built page (a translation: the row it translates)",
    (name, resource) => {
      const listed = listedLinks(name, resource.rowCount);
      // A row of translations.csv links the page of the row it translates.
      const expected = resource.rows.map((row) => rowPath(name, row));
      const missing = expected.filter(
        (path) => !listed.has(path) || !existsSync(join(DIST, path, "index.html")),
      );
      expect(missing).toEqual([]);
      expect(listed.size).toBe(new Set(expected).size);
    },
  );

  it("shows communication/russia-phone-calls' 1.2.0 change: banned -> none in practice", () => {
    const doc = page("/data/communication/russia-phone-calls/");
    const changed = [...doc.querySelectorAll(".record-history > li")].find((li) =>
      text(li).startsWith("Changed in version 1.2.0"),
    );
    expect(changed).toBeTruthy();
    const status = [...changed!.querySelectorAll("li")].find((li) => text(li).startsWith("Status"));
    expect(text(status?.querySelector("del"))).toBe("banned");
    expect(text(status?.querySelector("ins"))).toBe("none in practice");
    // The reason comes from data/corrections.csv, not from the changelog's prose.
    expect(text(changed)).toMatch(/Why: AP reported in May 2024 that calls home/);
  });

  it("keeps a page for exchange_claims/2025-07-23-ukraine-ukraine, saying it was removed in 1.1.0", () => {
    const doc = page("/data/exchange_claims/2025-07-23-ukraine-ukraine/");
    expect(text(doc.querySelector("h1"))).toMatch(/^Removed record/);
    expect(text(doc.querySelector(".notice"))).toMatch(
      /removed from the data in version 1\.1\.0 on 23 November 2026/,
    );
    expect(text(doc.querySelector(".notice"))).toMatch(
      /Why: .*covers all the stages of the Istanbul-2 exchange/,
    );
    const removed = page("/data/exchange_claims/").querySelector("#removed + ul");
    expect(removed?.querySelector("a")?.getAttribute("href")).toBe(
      "/data/exchange_claims/2025-07-23-ukraine-ukraine/",
    );
  });

  it("writes missing values as their reason, never as 0", () => {
    const exchanges = pkg.resources["exchanges"]!;
    const withheld = exchanges.rows.find(
      (r) => JSON.stringify(r["returned_to_ukraine"]) === '{"missing":"not disclosed"}',
    );
    expect(withheld).toBeTruthy();
    const doc = page(recordPath("exchanges", String(withheld!["id"])));
    const row = [...doc.querySelectorAll(".record-fields tbody tr")].find(
      (tr) => text(tr.querySelector("code")) === "returned_to_ukraine",
    );
    expect(text(row?.querySelector("td"))).toMatch(/^not disclosed\b/);
  });

  it("prints the row exactly as its CSV line and links its sources", () => {
    const claims = pkg.resources["exchange_claims"]!;
    const id = String(claims.rows[0]!["id"]);
    const doc = page(recordPath("exchange_claims", id));
    const [header, line] = (doc.querySelector("#csv + pre")?.textContent ?? "").split("\n");
    const lines = claims.csvText.replace(/^\uFEFF/, "").split(/\r?\n/);
    expect(header).toBe(lines[0]);
    expect(lines).toContain(line);
    expect(line!.startsWith(`${id},`)).toBe(true);
    const json = JSON.parse(doc.querySelector("#json ~ pre")?.textContent ?? "{}");
    expect(json["id"]).toBe(id);
    expect(
      doc.querySelector(`#sources + ul a[href="/sources/${claims.rows[0]!["source_id"]}/"]`),
    ).toBeTruthy();
    expect(text(doc.querySelector(".how-to-cite"))).toContain(`version ${pkg.version}`);
    expect(doc.querySelectorAll("script").length).toBe(0);
  });

  it("says where the site shows the row: stories' key figures and charts", () => {
    const doc = page("/data/totals/2026-03-11-returned-military-and-civilians/");
    const shown = text(doc.querySelector("#shown + ul"));
    expect(shown).toMatch(/Story: The exchanges/);
    expect(shown).toMatch(/Chart: Who came home/);
  });

  it("home page key figures link to the record of their row", () => {
    const links = [...page("/").querySelectorAll(".key-figures a")]
      .map((a) => a.getAttribute("href")!)
      .filter((href) => /^\/data\/[a-z_]+\/[^/]+\/$/.test(href));
    expect(links.length).toBeGreaterThanOrEqual(3);
    for (const href of links) expect(existsSync(join(DIST, href, "index.html"))).toBe(true);
  });

  it("chart marks on /charts/ link to the exchange records, and so does the chart's table", () => {
    const doc = page("/charts/");
    const fig = doc.querySelector('figure[data-chart="exchanges"]');
    const marks = [...(fig?.querySelectorAll("svg.chart-links a") ?? [])].map((a) =>
      a.getAttribute("href")!,
    );
    const exchanges = marks.filter((h) => h.startsWith("/data/exchanges/"));
    const claims = marks.filter((h) => h.startsWith("/data/exchange_claims/"));
    expect(exchanges.length).toBeGreaterThan(50);
    expect(claims.length).toBeGreaterThan(10);
    for (const href of new Set(marks))
      expect(existsSync(join(DIST, href, "index.html")), href).toBe(true);
    const tableLinks = [...(fig?.querySelectorAll("details.chart-data tbody th a") ?? [])];
    expect(tableLinks.length).toBeGreaterThan(50);
  });

  it("a source's page links each fact taken from it to that row's record", () => {
    const doc = page("/sources/ap-2024-05-27-russian-pows-phone-calls/");
    const hrefs = [...doc.querySelectorAll("section li a")].map((a) => a.getAttribute("href"));
    expect(hrefs).toContain("/data/communication/russia-phone-calls/");
  });
});

describe("source pages give the title in the page's language", () => {
  it("keeps the original title in its language, with our English title beside it", () => {
    const doc = page("/sources/forsal-pl-undated-zbrodnie-wojenne-na-ukrainie-onz/");
    const h1 = doc.querySelector("h1");
    expect(h1?.getAttribute("lang")).toBe("pl");
    expect(h1?.getAttribute("translate")).toBe("no");
    expect(text(h1)).toBe("Zbrodnie wojenne na Ukrainie: ONZ opublikowała nowy raport");
    const english = pkg.resources["source_titles"]?.rows.find(
      (r) => r["id"] === "forsal-pl-undated-zbrodnie-wojenne-na-ukrainie-onz-en",
    );
    expect(english).toBeTruthy();
    expect(text(doc.querySelector(".title-here"))).toBe(
      `Title in English: ${String(english?.["title"])}`,
    );
  });

  it("adds nothing when the source is in the page's language", () => {
    const doc = page("/sources/ap-2024-05-27-russian-pows-phone-calls/");
    expect(doc.querySelector(".title-here")).toBeNull();
  });
});
