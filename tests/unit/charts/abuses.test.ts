import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { loadChartData } from "../../../src/lib/charts/data";
import { measureShare, selectAbuses } from "../../../src/lib/charts/specs/abuses";
import type { ChartData } from "../../../src/lib/charts/model";
import { isMissing } from "../../../src/lib/data/types";
import { FIXTURE } from "../../fixtures/charts/rows";
import { figure, HAVE_REAL_DATA, marks, overlayOf, svgOf, texts, titles } from "./helpers";

function checkStructure(data: ChartData): void {
  const fig = figure("abuses", data);
  let verified = 0;
  let other = 0;
  for (const panel of fig.panels) {
    const svg = svgOf(fig, panel.key);
    // Counts are never joined into a line.
    expect(svg.querySelectorAll("g.chart-line").length).toBe(0);
    verified += marks(svg, "chart-verified").length;
    other += marks(svg, "chart-unverified").length;
    if (panel.key.endsWith("share")) {
      // Every share shows its denominator.
      const labels = texts(svg, "chart-label");
      expect(labels.length).toBeGreaterThan(0);
      for (const l of labels)
        expect(l).toMatch(/(\d[\d,]* of [\d,]+ \(\d+%\)|[\d.]+% of [\d,]+, count not published)$/);
    }
  }
  const drawable = data.abuses.filter(
    (r) =>
      !(isMissing(r.report_date) && isMissing(r.period_end)) &&
      (!isMissing(r.figure) ||
        (r.figure_kind === "share" && !isMissing(r.percent) && !isMissing(r.denominator))),
  );
  expect(verified).toBe(drawable.filter((r) => r.verification === "UN verified").length);
  expect(other).toBe(drawable.filter((r) => r.verification !== "UN verified").length);
  expect(fig.table.rows.length).toBe(data.abuses.length);
}

describe("abuses chart on fixture rows", () => {
  const fig = figure("abuses", FIXTURE);

  it("draws one panel per measure, counts and shares apart", () => {
    expect(fig.panels.map((p) => p.key)).toEqual([
      "executions-count",
      "torture-or-ill-treatment-reported-share",
      "deaths-in-captivity-count",
    ]);
    checkStructure(FIXTURE);
  });

  it("keeps UN-verified executions apart from national counts (filled vs hollow, with a legend)", () => {
    const svg = svgOf(fig, "executions-count");
    expect(marks(svg, "chart-verified")).toHaveLength(3);
    expect(marks(svg, "chart-unverified")).toHaveLength(3);
    expect(fig.legend.map((l) => l.className)).toEqual([
      "chart-verified",
      "chart-unverified",
      "chart-period",
    ]);
    const description = fig.panels[0]?.description ?? "";
    expect(description).toContain("OHCHR (UN verified): 15 (Ukrainian POWs, reported 24 Mar 2023");
    expect(description).toContain("Prosecutor General of Ukraine (official national count): 45");
    expect(description).toContain("at least 93");
    expect(description).toContain("Perpetrator Ukraine. OHCHR (UN verified): up to 25");
  });

  it("labels shares with their denominators", () => {
    const labels = texts(svgOf(fig, "torture-or-ill-treatment-reported-share"), "chart-label");
    expect(labels.join(" | ")).toContain("169 of 174 (97%)");
    expect(labels.join(" | ")).toContain("104 of 205 (51%)");
    const row = fig.table.rows.find((r) => r["id"] === "ohchr-2024-10-ru-torture");
    expect(row).toMatchObject({
      figure: "169",
      denominator: "174",
      figure_label: "169 of 174 (97%)",
    });
  });

  it("slices by side (whose prisoners), measure and date", () => {
    const ukrainians = figure("abuses", FIXTURE, { side: "ukraine" });
    expect(new Set(ukrainians.table.rows.map((r) => r["perpetrator"]))).toEqual(
      new Set(["Russia"]),
    );
    const executions = figure("abuses", FIXTURE, { measure: "executions" });
    expect(executions.panels.map((p) => p.key)).toEqual(["executions-count"]);
    expect(executions.download.filename).toBe("abuses-executions-v0.0.1.csv");
    const y2024 = figure("abuses", FIXTURE, { from: "2024", to: "2024" });
    for (const r of y2024.table.rows) expect(r["report_date"]?.startsWith("2024")).toBe(true);
    expect(y2024.table.rows).toHaveLength(5);
  });
});

describe("a share published only as a percentage (86% of 142, count not stated)", () => {
  const fig = figure("abuses", FIXTURE);
  const ID = "ohchr-2023-03-ru-torture";
  const PANEL = "torture-or-ill-treatment-reported-share";
  // 0.86 x 142 = 122.12: no such count was published, so none may appear anywhere.
  const DERIVED = /\b12[12]\b/;

  it("is measured by its percentage, labelled with its base, and given no count", () => {
    expect(measureShare("share", null, 142, 86)).toEqual({
      share: 0.86,
      label: "86% of 142, count not published",
    });
    expect(measureShare("share", null, 142, 12.5).label).toBe("12.5% of 142, count not published");
    // Without a percentage there is nothing to draw: the figure stays "not stated".
    expect(measureShare("share", null, 142, null)).toEqual({ share: null, label: "not stated" });
    const point = selectAbuses(FIXTURE, {}).points.find((p) => p.row.id === ID);
    expect(point).toMatchObject({ figure: null, share: 0.86, percent: 86, denominator: 142 });
  });

  it("is drawn on the share panel as a bar at 86% of its track, not on a count panel", () => {
    expect(fig.panels.map((p) => p.key)).not.toContain("torture-or-ill-treatment-reported-count");
    const svg = svgOf(fig, PANEL);
    // The fixture's only share that is not UN verified: one hollow bar.
    const [bar] = marks(svg, "chart-unverified");
    expect(marks(svg, "chart-unverified")).toHaveLength(1);
    const track = marks(svg, "chart-share-track").find(
      (t) => t.getAttribute("y") === bar?.getAttribute("y"),
    );
    const width = (el: Element | undefined): number => Number(el?.getAttribute("width"));
    expect(width(bar) / width(track)).toBeCloseTo(0.86, 2);
  });

  it("says 86% of 142, count not published, in the label, title, text alternative and table", () => {
    const svg = svgOf(fig, PANEL);
    const label = texts(svg, "chart-label").find((l) => l.includes("86%"));
    expect(label).toMatch(/: 86% of 142, count not published$/);
    const title = titles(overlayOf(fig, PANEL), "chart-unverified")[0];
    expect(title).toContain(
      "torture or ill-treatment reported, share of those interviewed: 86% of 142, count not published",
    );
    const description = fig.panels.find((p) => p.key === PANEL)?.description ?? "";
    expect(description).toContain("OHCHR (testimony): 86% of 142, count not published");
    const row = fig.table.rows.find((r) => r["id"] === ID);
    expect(row).toMatchObject({
      figure: "not stated",
      figure_kind: "share",
      denominator: "142",
      percent: "86",
      figure_label: "86% of 142, count not published",
    });
    for (const text of [label, title, description, ...Object.values(row ?? {})])
      expect(text).not.toMatch(DERIVED);
  });

  it("keeps figure not stated and the percentage in the CSV download", () => {
    const text = fig.download.csv;
    const parsed = Papa.parse<Record<string, string>>(text, { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...fig.table.csvColumns]);
    expect(parsed.data.find((r) => r["id"] === ID)).toMatchObject({
      figure: "not stated",
      figure_kind: "share",
      denominator: "142",
      percent: "86",
    });
    expect(parsed.data.find((r) => r["id"] === "ohchr-2024-10-ru-torture")).toMatchObject({
      figure: "169",
      denominator: "174",
      percent: "not applicable",
    });
  });
});

describe("abuses chart with many rows", () => {
  it("keeps the latest report per counter and month before drawing", () => {
    const base = FIXTURE.abuses.find((r) => r.id === "pgo-2024-03");
    if (!base) throw new Error("fixture row missing");
    const rows = Array.from({ length: 3000 }, (_, i) => {
      const d = new Date(Date.UTC(2022, 0, 1 + Math.floor(i / 3)));
      const pd = {
        iso: d.toISOString().slice(0, 10),
        precision: "day" as const,
        year: d.getUTCFullYear(),
        month: d.getUTCMonth() + 1,
        day: d.getUTCDate(),
        start: d,
      };
      return { ...base, id: `many-${i}`, report_date: pd, period_end: pd, figure: i };
    });
    const fig = figure("abuses", { ...FIXTURE, abuses: rows });
    const svg = svgOf(fig, "executions-count");
    const months = new Set(
      rows.map((r) => ("iso" in r.report_date ? r.report_date.iso.slice(0, 7) : "")),
    ).size;
    expect(marks(svg, "chart-unverified")).toHaveLength(months);
    expect(fig.table.rows).toHaveLength(months);
    expect(fig.table.caption).toContain("latest report per counter and month");
    // The latest report of the last month is the one drawn.
    expect(fig.panels[0]?.description).toContain("2,999");
  });
});

describe.runIf(HAVE_REAL_DATA)("abuses chart on the real data", () => {
  it("draws every dated figure, shares with denominators", () => {
    checkStructure(loadChartData());
  });

  it("draws each share published only as a percentage at that percentage, with no count", () => {
    const data = loadChartData();
    const percentOnly = data.abuses.filter((r) => isMissing(r.figure));
    const sel = selectAbuses(data, {});
    for (const row of percentOnly) {
      if (isMissing(row.percent) || isMissing(row.denominator)) throw new Error(row.id);
      const panel = sel.panels.find((p) => p.points.some((pt) => pt.row.id === row.id));
      expect(panel?.kind).toBe("share");
      const point = panel?.points.find((pt) => pt.row.id === row.id);
      expect(point?.share).toBeCloseTo(row.percent / 100, 10);
      expect(point?.figureLabel).toBe(
        `${row.percent}% of ${row.denominator.toLocaleString("en-GB")}, count not published`,
      );
    }
  });
});
