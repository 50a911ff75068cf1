import { describe, expect, it } from "vitest";
import { BUILDERS } from "../../../src/lib/charts/charts";
import { loadChartData } from "../../../src/lib/charts/data";
import { buildFigure, cachedFigure } from "../../../src/lib/charts/figure";

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
