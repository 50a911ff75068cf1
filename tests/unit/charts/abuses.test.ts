import { describe, expect, it } from "vitest";
import { loadChartData } from "../../../src/lib/charts/data";
import type { ChartData } from "../../../src/lib/charts/model";
import { isMissing } from "../../../src/lib/data/types";
import { FIXTURE } from "../../fixtures/charts/rows";
import { figure, HAVE_REAL_DATA, marks, svgOf, texts } from "./helpers";

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
      for (const l of labels) expect(l).toMatch(/(\d[\d,]* of [\d,]+ \(\d+%\)|\d+% of [\d,]+)$/);
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
});
