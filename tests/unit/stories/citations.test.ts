import { describe, expect, it } from "vitest";
import { BUILDERS } from "../../../src/lib/charts/charts";
import { loadChartData } from "../../../src/lib/charts/data";
import { chartSourceIds } from "../../../src/lib/charts/figure";
import { load } from "../../../src/lib/data";
import { sourceList } from "../../../src/lib/stories/citations";

describe("a story's Sources list", () => {
  it("numbers the cited, then lists the uncited, then the charts' sources not yet in it", () => {
    expect(sourceList(["a", "b", "a"], ["b", "a", "c"], ["c", "d", "a", "d", "e"])).toEqual({
      numbered: ["a", "b"],
      alsoConsulted: ["c"],
      chartData: ["d", "e"],
    });
  });

  it("finds the real sources behind a chart slice, all in data/sources.csv", () => {
    const ids = chartSourceIds(
      [{ name: "exchanges", filters: { from: "2024", to: "2024" } }],
      loadChartData(),
      BUILDERS,
    );
    expect(ids.length).toBeGreaterThan(0);
    const known = new Set(load("sources").map((s) => s.id));
    for (const id of ids) expect(known.has(id), id).toBe(true);
    // A narrower slice draws fewer rows, so no more sources than the whole chart.
    const all = chartSourceIds([{ name: "exchanges", filters: {} }], loadChartData(), BUILDERS);
    expect(all.length).toBeGreaterThanOrEqual(ids.length);
  });
});
