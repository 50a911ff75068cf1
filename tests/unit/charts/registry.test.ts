import { describe, expect, it } from "vitest";
import {
  CHART_META,
  CHART_NAMES,
  isChartName,
  partialDateRange,
  subtitle,
  title,
  validateFilters,
} from "../../../src/lib/charts/registry";

describe("chart registry", () => {
  it("names the three charts and recognises them", () => {
    expect(CHART_NAMES).toEqual(["exchanges", "contact", "abuses"]);
    expect(isChartName("contact")).toBe(true);
    expect(isChartName("Contact")).toBe(false);
    for (const name of CHART_NAMES) {
      expect(title(name)).toBe(CHART_META[name].title);
      expect(subtitle(name).length).toBeGreaterThan(10);
      expect(subtitle(name)).not.toContain("\n");
    }
  });

  it("reads partial dates as whole periods and rejects dates that do not exist", () => {
    expect(partialDateRange("2024")).toEqual({
      start: new Date("2024-01-01T00:00:00Z"),
      end: new Date("2025-01-01T00:00:00Z"),
    });
    expect(partialDateRange("2024-02")?.end).toEqual(new Date("2024-03-01T00:00:00Z"));
    expect(partialDateRange("2024-02-29")?.end).toEqual(new Date("2024-03-01T00:00:00Z"));
    expect(partialDateRange("2023-02-29")).toBeNull();
    expect(partialDateRange("2024-13")).toBeNull();
    expect(partialDateRange("May 2024")).toBeNull();
  });

  it("accepts good filters", () => {
    expect(
      validateFilters("exchanges", { from: "2024", to: "2024-12-31", side: "ukraine" }),
    ).toEqual([]);
    expect(validateFilters("exchanges", { measure: "exchanges held" })).toEqual([]);
    expect(validateFilters("contact", { channel: "phone call" })).toEqual([]);
    expect(
      validateFilters("abuses", { measure: "executions", from: "2024-05", to: "2024-05" }),
    ).toEqual([]);
  });

  it("explains bad filters in plain language", () => {
    const [badDate] = validateFilters("exchanges", { from: "2024-02-30" });
    expect(badDate).toContain('from="2024-02-30" is not a date');
    expect(badDate).toContain("2024-05-27");
    const [order] = validateFilters("exchanges", { from: "2025", to: "2024-06" });
    expect(order).toContain("is after");
    const [measure] = validateFilters("abuses", { measure: "murders" });
    expect(measure).toContain('measure="murders" is not a measure of the abuses chart');
    expect(measure).toContain('"executions"');
    expect(validateFilters("contact", { measure: "executions" })[0]).toContain("no measures");
    expect(validateFilters("exchanges", { channel: "letter" })[0]).toContain(
      "only the contact chart",
    );
    expect(validateFilters("contact", { channel: "email" })[0]).toContain('"phone call"');
    const side = validateFilters("abuses", { side: "both" as "ukraine" });
    expect(side[0]).toContain('side="ukraine" or side="russia"');
    const unknown = validateFilters("abuses", { form: "2024" } as Record<string, string>);
    expect(unknown[0]).toContain('"form" is not a chart filter');
  });
});
