import { describe, expect, it } from "vitest";
import { BUILDERS } from "../../../src/lib/charts/charts";
import { loadChartData } from "../../../src/lib/charts/data";
import { buildFigure, cachedFigure, chartCsvFiles } from "../../../src/lib/charts/figure";

describe("cachedFigure", () => {
  const data = loadChartData();

  it("returns the same model for the same chart and filters, in any key order", () => {
    const a = cachedFigure("exchanges", data, BUILDERS.exchanges, {
      filters: { from: "2024", to: "2024-12" },
    });
    const b = cachedFigure("exchanges", data, BUILDERS.exchanges, {
      filters: { to: "2024-12", from: "2024" },
    });
    expect(b).toBe(a);
  });

  it("gives what buildFigure gives, and a different model for other filters or captions", () => {
    const cached = cachedFigure("abuses", data, BUILDERS.abuses, {
      filters: { measure: "executions" },
    });
    const fresh = buildFigure("abuses", data, BUILDERS.abuses, {
      filters: { measure: "executions" },
    });
    expect(JSON.stringify(cached)).toBe(JSON.stringify(fresh));
    const other = cachedFigure("abuses", data, BUILDERS.abuses, {
      filters: { measure: "executions" },
      caption: "Another caption",
    });
    expect(other).not.toBe(cached);
    expect(other.subtitle).toBe("Another caption");
  });
});

describe("chartCsvFiles", () => {
  const data = loadChartData();

  it("writes one file per distinct slice, named as the figures link it, with their rows", () => {
    const files = chartCsvFiles(
      [
        { name: "exchanges", filters: {} },
        { name: "exchanges", filters: { from: "2024", to: "2024" } },
        { name: "exchanges", filters: {} }, // shown on two pages: one file
        { name: "abuses", filters: { measure: "executions" } },
      ],
      data,
      BUILDERS,
    );
    const v = data.version;
    expect([...files.keys()]).toEqual([
      `abuses-executions-v${v}.csv`,
      `exchanges-2024-v${v}.csv`,
      `exchanges-v${v}.csv`,
    ]);
    const figure = cachedFigure("exchanges", data, BUILDERS.exchanges, {
      filters: { from: "2024", to: "2024" },
    });
    expect(figure.download.href).toBe(`/charts/data/exchanges-2024-v${v}.csv`);
    expect(files.get(`exchanges-2024-v${v}.csv`)).toBe(figure.download.csv);
    const lines = (files.get(`exchanges-2024-v${v}.csv`) ?? "").split("\r\n");
    expect(lines.length - 1).toBe(figure.table.rows.length); // header + one line per row
  });
});
