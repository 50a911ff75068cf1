// One number and date formatter (src/lib/format.ts) for charts and pages, with a locale.
import { describe, expect, it } from "vitest";
import { BUILDERS } from "../../src/lib/charts/charts";
import { buildFigure } from "../../src/lib/charts/figure";
import type { TotalRow } from "../../src/lib/data/types";
import {
  formatSpokenNumber,
  CHART_DATE,
  formatDay,
  formatIsoDay,
  formatNumber,
  formatPartialDate,
  formatPercent,
  formatQualified,
} from "../../src/lib/format";
import { latestReturnedTotal } from "../../src/lib/site/figures";
import { formatFigure } from "../../src/lib/stories/rows";
import { FIXTURE, pd } from "../fixtures/charts/rows";

const NBSP = "\u00a0";

describe("numbers", () => {
  it("one rule in English: at most one decimal, thousands grouped", () => {
    expect(formatNumber(1234567.89)).toBe("1,234,567.9");
    expect(formatNumber(1358)).toBe("1,358");
    expect(formatNumber(0)).toBe("0");
    expect(formatPercent(12.5)).toBe("12.5%");
    expect(formatQualified(8000, "more than")).toBe("more than 8,000");
  });

  it("Ukrainian and Russian: a no-break space between thousands and a decimal comma", () => {
    for (const locale of ["uk", "ru"] as const) {
      expect(formatNumber(1234567.89, locale)).toBe(`1${NBSP}234${NBSP}567,9`);
      expect(formatNumber(1234567, locale)).not.toMatch(/[ \u202f]/); // no plain or narrow space
    }
  });

  it("a chart and a page write the same number the same way", () => {
    const row: TotalRow = {
      id: "test-total",
      as_of: pd("2025-06-01"),
      measure: "returned to Ukraine, military and civilians",
      figure: 1234567.89,
      qualifier: "exact",
      stated_by: "Test body",
      source_id: "src-ap",
      other_source_ids: null,
      notes: null,
    };
    const page = latestReturnedTotal([row])?.value;
    expect(page).toBe("1,234,567.9");
    expect(formatFigure({ value: row.figure, qualifier: "exact", denominator: null })).toBe(page);
    const fig = buildFigure("exchanges", { ...FIXTURE, totals: [row] }, BUILDERS.exchanges);
    const svg = fig.panels.flatMap((p) => p.variants.map((v) => v.svg)).join("\n");
    expect(svg).toContain(`latest ${page}`);
    expect(svg).not.toContain("1,234,570");
  });
});

describe("dates", () => {
  it("pages write months in full; charts abbreviate the month of a day", () => {
    expect(formatPartialDate(pd("2024-02-08"))).toBe("8 February 2024");
    expect(formatPartialDate(pd("2024-02-08"), CHART_DATE)).toBe("8 Feb 2024");
    expect(formatPartialDate(pd("2024-09-08"), CHART_DATE)).toBe("8 Sep 2024");
    expect(formatPartialDate(pd("2024-06"), CHART_DATE)).toBe("June 2024");
    expect(formatIsoDay("2026-03-11")).toBe("11 March 2026");
    expect(formatIsoDay("not a date")).toBe("not a date");
    expect(formatDay(new Date(Date.UTC(2026, 10, 23)))).toBe("23 November 2026");
  });

  it("in Ukrainian and Russian", () => {
    expect(formatPartialDate(pd("2024-02-08"), { locale: "uk" })).toMatch(/^8 лютого 2024/);
    expect(formatPartialDate(pd("2024-02-08"), { locale: "ru" })).toMatch(/^8 февраля 2024/);
  });
});

describe("numbers read aloud", () => {
  it("drop the thousands separator a screen reader would read as two numbers", () => {
    expect(formatSpokenNumber(1234567.89, "uk")).toBe("1234567,9");
    expect(formatSpokenNumber(1234567.89, "ru")).toBe("1234567,9");
    expect(formatSpokenNumber(1234567.89, "en")).toBe("1234567.9");
    expect(formatNumber(1234567.89, "uk")).toBe("1\u00a0234\u00a0567,9");
  });
});
