/**
 * The built "All charts" page (dist/charts/index.html): every chart is a complete figure with
 * a title, an SVG image with a text alternative, source links, a CSV download and a data
 * table, and the page runs no script. Every chart on every built page links a CSV file that
 * exists and holds the rows of that chart's table.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { parseHTML } from "linkedom";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { CHART_NAMES } from "../../src/lib/charts/registry";
import { DIST, readBuilt } from "../support/dist";

describe("built charts page", () => {
  const html = readBuilt(process.env["CHARTS_PAGE"] ?? "charts/index.html");
  const { document } = parseHTML(html);
  const figures = Array.from(document.querySelectorAll("figure.chart"));

  it("has every chart in the registry", () => {
    expect(figures.map((f) => f.getAttribute("data-chart"))).toEqual([...CHART_NAMES]);
  });

  it("runs no script and has no inline style", () => {
    expect(document.querySelectorAll("script").length).toBe(0);
    expect(document.querySelectorAll("[style]").length).toBe(0);
    expect(document.querySelectorAll("style").length).toBe(0);
  });

  it("gives every element id on the page once", () => {
    const ids = Array.from(document.querySelectorAll("[id]")).map((e) => e.getAttribute("id"));
    expect(ids.length).toBe(new Set(ids).size);
  });

  for (const [i, name] of CHART_NAMES.entries()) {
    describe(`the ${name} figure`, () => {
      const fig = () => {
        const f = figures[i];
        if (!f) throw new Error(`no figure for ${name}`);
        return f;
      };

      it("has a title and a one-line subtitle in its caption", () => {
        expect(fig().querySelector("figcaption h2")?.textContent?.trim().length).toBeGreaterThan(5);
        expect(
          fig().querySelector("figcaption .chart-subtitle")?.textContent?.trim().length,
        ).toBeGreaterThan(10);
      });

      it("draws SVG images with a text alternative written from the data", () => {
        const svgs = Array.from(fig().querySelectorAll("svg[role=img]"));
        expect(svgs.length).toBeGreaterThanOrEqual(2); // narrow and wide
        for (const svg of svgs) {
          const label = svg.getAttribute("aria-label") ?? "";
          expect(label.length).toBeGreaterThan(40);
          expect(label).toMatch(/\d/);
          expect(svg.querySelectorAll("g[aria-label]").length).toBe(0);
          // No links inside role="img" (axe: nested-interactive).
          expect(svg.querySelectorAll("a").length).toBe(0);
        }
      });

      it("links each mark to its row's record page from an aria-hidden overlay, out of the tab order", () => {
        const links = Array.from(fig().querySelectorAll("svg.chart-links a"));
        expect(links.length).toBeGreaterThan(0);
        for (const a of links) {
          expect(a.closest("svg")?.getAttribute("aria-hidden")).toBe("true");
          expect(a.getAttribute("tabindex")).toBe("-1");
          // A mark drawing one row links its record; a sum of several rows links its source.
          const href = a.getAttribute("href") ?? "";
          expect(href).toMatch(/^\/data\/[a-z_]+\/[a-z0-9-]+\/$|^\/sources\/[a-z0-9-]+\/$/);
          expect(existsSync(join(DIST, href, "index.html")), href).toBe(true);
          expect(a.querySelector("title")?.textContent).toContain("Source: ");
        }
      });

      it("has a legend", () => {
        expect(fig().querySelectorAll(".chart-legend li").length).toBeGreaterThan(0);
      });

      it("links the source pages of the rows drawn", () => {
        const links = Array.from(fig().querySelectorAll(".chart-sources a"));
        expect(links.length).toBeGreaterThan(0);
        for (const a of links) expect(a.getAttribute("href")).toMatch(/^\/sources\/[a-z0-9-]+\/$/);
      });

      it("offers the rows as a CSV download named with the dataset version", () => {
        const a = fig().querySelector("a[download]");
        expect(a?.textContent).toContain("Download data (CSV)");
        expect(a?.getAttribute("download")).toMatch(
          new RegExp(`^${name}-v\\d+\\.\\d+\\.\\d+\\.csv$`),
        );
        const href = a?.getAttribute("href") ?? "";
        expect(href).toBe(`/charts/data/${a?.getAttribute("download")}`);
        const csv = readBuilt(href.slice(1));
        const parsed = Papa.parse<Record<string, string>>(csv, { header: true });
        expect(parsed.errors).toEqual([]);
        // The same rows as the table.
        const tableRows = fig().querySelectorAll("details.chart-data tbody tr").length;
        expect(parsed.data.length).toBe(tableRows);
      });

      it("has the rows as a real table with headers and a caption", () => {
        const table = fig().querySelector("details.chart-data table");
        expect(table?.querySelector("caption")?.textContent?.trim().length).toBeGreaterThan(5);
        expect(table?.querySelectorAll('thead th[scope="col"]').length).toBeGreaterThan(2);
        const rows = Array.from(table?.querySelectorAll("tbody tr") ?? []);
        expect(rows.length).toBeGreaterThan(0);
        for (const row of rows) expect(row.querySelector('th[scope="row"]')).not.toBeNull();
      });
    });
  }
});

describe("chart CSV downloads on every built page", () => {
  const pages = htmlFiles(DIST);

  it("finds the charts of the home page, the charts page and the stories", () => {
    const withCharts = pages.filter((p) => readFileSync(p, "utf8").includes('class="chart"'));
    expect(withCharts.map((p) => relative(DIST, p))).toEqual(
      expect.arrayContaining(["index.html", "charts/index.html"]),
    );
    expect(withCharts.some((p) => relative(DIST, p).startsWith("stories/"))).toBe(true);
  });

  it("links each figure to a CSV file with exactly the rows of its table, and no data: URLs", () => {
    let checked = 0;
    for (const page of pages) {
      const html = readFileSync(page, "utf8");
      expect(html, relative(DIST, page)).not.toContain("data:text/csv");
      const { document } = parseHTML(html);
      for (const figure of Array.from(document.querySelectorAll("figure.chart"))) {
        const a = figure.querySelector("a[download]");
        const href = a?.getAttribute("href") ?? "";
        expect(href, relative(DIST, page)).toMatch(/^\/charts\/data\/[a-z0-9.-]+\.csv$/);
        const file = join(DIST, href);
        expect(existsSync(file), `${relative(DIST, page)} links ${href}`).toBe(true);
        const parsed = Papa.parse<Record<string, string>>(readFileSync(file, "utf8"), {
          header: true,
        });
        expect(parsed.errors).toEqual([]);
        const rows = figure.querySelectorAll("details.chart-data tbody tr").length;
        expect(parsed.data.length, `${relative(DIST, page)}: ${href}`).toBe(rows);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(6);
    // Reads every built page (one per data row since the record pages): allow for a busy machine.
  }, 120_000);
});

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? htmlFiles(join(dir, e.name))
      : e.name.endsWith(".html")
        ? [join(dir, e.name)]
        : [],
  );
}
