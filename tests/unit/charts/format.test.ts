import { describe, expect, it } from "vitest";
import { dateWindow, inWindow } from "../../../src/lib/charts/filters";
import {
  formatDayRange,
  formatMaybe,
  formatPartialDate,
  formatQualified,
  formatShare,
  formatTick,
  formatWhen,
  slug,
  CHART_DATE,
} from "../../../src/lib/format";
import { pd } from "../../fixtures/charts/rows";

describe("chart formatting (src/lib/format.ts, shared with pages)", () => {
  it("formats numbers, qualifiers, shares and absences", () => {
    expect(formatQualified(1000, "more than")).toBe("more than 1,000");
    expect(formatQualified(8000, "exact")).toBe("8,000");
    expect(formatShare(169, 174)).toBe("97%");
    expect(formatMaybe({ missing: "not disclosed" })).toBe("not disclosed");
    expect(formatMaybe(0)).toBe("0");
  });

  it("formats partial dates at the precision the source gives", () => {
    expect(formatPartialDate(pd("2024-02-08"), CHART_DATE)).toBe("8 Feb 2024");
    expect(formatPartialDate(pd("2024-02-08"))).toBe("8 February 2024");
    expect(formatPartialDate(pd("2025-05"), CHART_DATE)).toBe("May 2025");
    expect(formatPartialDate(pd("2024"))).toBe("2024");
    expect(formatWhen(pd("2024-02-08"), CHART_DATE)).toBe("on 8 Feb 2024");
    expect(formatWhen(pd("2024-06"), CHART_DATE)).toBe("in June 2024");
    expect(formatPartialDate(pd("2024-09-08"), CHART_DATE)).toBe("8 Sep 2024");
    const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
    expect(formatDayRange(d("2025-05-23"), d("2025-05-25"))).toBe("23–25 May 2025");
    expect(formatDayRange(d("2025-06-09"), d("2025-07-23"))).toBe("9 Jun – 23 Jul 2025");
    expect(formatDayRange(d("2024-02-08"), d("2024-02-08"))).toBe("8 Feb 2024");
    expect(formatTick(d("2024-01-01"))).toBe("2024");
    expect(formatTick(d("2024-07-01"))).toBe("Jul 2024");
    expect(slug("Ukrainians held by Russia")).toBe("ukrainians-held-by-russia");
  });

  it("slices partial dates by overlap with an inclusive window", () => {
    const y2024 = dateWindow({ from: "2024", to: "2024" });
    expect(inWindow(pd("2024-12-31"), y2024)).toBe(true);
    expect(inWindow(pd("2025-01-01"), y2024)).toBe(false);
    expect(inWindow(pd("2023-12-31"), y2024)).toBe(false);
    // A month overlaps a day filter inside it.
    expect(inWindow(pd("2024-05"), dateWindow({ from: "2024-05-27" }))).toBe(true);
    expect(inWindow(pd("2024-04"), dateWindow({ from: "2024-05-27" }))).toBe(false);
    expect(inWindow(pd("2022"), dateWindow({}))).toBe(true);
  });
});
