import { describe, expect, it } from "vitest";
import { load } from "../../../src/lib/data";
import { useDataDir } from "../../support/data-dir";
import {
  abuseValue,
  exchangesRecorded,
  executionFigures,
  latestReturnedTotal,
} from "../../../src/lib/site/figures";

// The validator's fixture package, read through the real reader.
useDataDir();

describe("key figures from rows", () => {
  it("gives the latest running total with its measure, who stated it and its qualifier", () => {
    const figure = latestReturnedTotal(load("totals"));
    expect(figure).toMatchObject({
      value: "more than 1,000",
      sourceId: "test-source-b",
      dataset: "totals",
    });
    expect(figure?.label).toContain("returned to Ukraine, military and civilians");
    expect(figure?.attribution).toBe("Stated by Coordination Headquarters, as of May 2024");
  });

  it("ignores totals of other measures", () => {
    const totals = load("totals").filter((t) => t.measure === "exchanges held");
    expect(latestReturnedTotal(totals)).toBeNull();
  });

  it("counts exchanges apart from stages and says how many stages were withheld", () => {
    const figure = exchangesRecorded(load("exchanges"));
    const rows = load("exchanges");
    const full = rows.filter((r) => r.kind === "exchange").length;
    expect(figure?.value).toBe(String(full));
    expect(figure?.label).toMatch(/stage/);
    expect(figure?.label).toContain("31 January 2024");
  });

  it("gives execution figures per verification standard, never summed", () => {
    const figures = executionFigures(load("abuses"));
    expect(figures.length).toBeGreaterThan(0);
    expect(figures[0]).toMatchObject({ value: "at least 12", dataset: "abuses" });
    expect(figures[0]?.label).toContain("verified by the UN");
    expect(figures[0]?.attribution).toContain("OHCHR");
  });

  it("keeps each perpetrator and standard apart, taking the latest report of each", () => {
    const [base] = load("abuses").filter((a) => a.measure === "executions");
    if (!base) throw new Error("fixture has no execution row");
    const rows = [
      base,
      {
        ...base,
        id: "x-ua",
        perpetrator: "Ukraine" as const,
        victims: "Russian POWs" as const,
        figure: 3,
      },
    ];
    const figures = executionFigures(rows);
    expect(figures.map((f) => f.value)).toEqual(["at least 12", "at least 3"]);
    expect(figures[0]?.label).toContain("Ukrainian POWs by Russian forces");
    expect(figures[1]?.label).toContain("Russian POWs by Ukrainian forces");
  });

  it("writes a share published only as a percentage with its base and no count", () => {
    const rows = load("abuses");
    const percentOnly = rows.find((a) => a.id === "abuse-4");
    if (!percentOnly) throw new Error("fixture has no percent-only share");
    expect(abuseValue(percentOnly)).toBe("86% of 142, count not published");
    // A share with a count keeps its denominator; a count keeps its qualifier.
    expect(rows.map(abuseValue)).toEqual([
      "at least 12",
      "9 of 10",
      "about 2.5",
      "86% of 142, count not published",
    ]);
    // Were it an execution figure, the home page would show the same words, never 122.
    const [figure] = executionFigures([
      { ...percentOnly, measure: "executions", verification: "UN verified" },
    ]);
    expect(figure?.value).toBe("86% of 142, count not published");
  });

  it("returns nothing rather than a zero when there are no rows", () => {
    expect(latestReturnedTotal([])).toBeNull();
    expect(exchangesRecorded([])).toBeNull();
    expect(executionFigures([])).toEqual([]);
  });
});
