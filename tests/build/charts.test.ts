/**
 * The built "All charts" page (dist/charts/index.html): every chart is a complete figure with
 * a title, an SVG image with a text alternative, source links, a CSV download and a data
 * table, and the page runs no script.
 */
import { parseHTML } from "linkedom";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { CHART_NAMES } from "../../src/lib/charts/registry";
import { readBuilt } from "../support/dist";

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

      it("links each mark to its source from an aria-hidden overlay, out of the tab order", () => {
        const links = Array.from(fig().querySelectorAll("svg.chart-links a"));
        expect(links.length).toBeGreaterThan(0);
        for (const a of links) {
          expect(a.closest("svg")?.getAttribute("aria-hidden")).toBe("true");
          expect(a.getAttribute("tabindex")).toBe("-1");
          expect(a.getAttribute("href")).toMatch(/^\/sources\/[a-z0-9-]+\/$/);
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
        expect(href.startsWith("data:text/csv;charset=utf-8,")).toBe(true);
        const csv = decodeURIComponent(href.slice("data:text/csv;charset=utf-8,".length));
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
