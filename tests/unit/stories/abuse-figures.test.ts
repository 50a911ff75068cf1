// A share published only as a percentage ("86% of 142"; the count was never published), as a
// story's <KeyFigure row="abuses:..."> and a source page's row description show it: with its
// base, marked as having no count, and never as a count worked out from the percentage.
import { describe, expect, it } from "vitest";
import { load } from "../../../src/lib/data";
import { useDataDir } from "../../support/data-dir";
import { rowsCiting, describeAbuse } from "../../../src/lib/stories/describe";
import { formatFigure, lookupFigure } from "../../../src/lib/stories/rows";

useDataDir();

const SHOWN = "86% of 142, count not published";

describe("a share published only as a percentage", () => {
  it("KeyFigure shows the percentage of its base, not a count", () => {
    const figure = lookupFigure({ resource: "abuses", id: "abuse-4" }, undefined);
    if ("problem" in figure) throw new Error(figure.problem);
    expect(figure).toMatchObject({
      value: { missing: "not stated" },
      qualifier: "share",
      denominator: 142,
      percent: 86,
      sourceId: "test-source-a",
    });
    expect(formatFigure(figure)).toBe(SHOWN);
    // The other numbers of the row stay available on their own.
    const percent = lookupFigure({ resource: "abuses", id: "abuse-4" }, "percent");
    if ("problem" in percent) throw new Error(percent.problem);
    expect(formatFigure(percent)).toBe("86");
  });

  it("a share with a count still reads as count of base", () => {
    const figure = lookupFigure({ resource: "abuses", id: "abuse-2" }, undefined);
    if ("problem" in figure) throw new Error(figure.problem);
    expect(formatFigure(figure)).toBe("9 of 10");
  });

  it("a missing figure without a percentage stays its reason", () => {
    expect(
      formatFigure({ value: { missing: "not stated" }, qualifier: "share", denominator: 142 }),
    ).toBe("not stated");
  });

  it("a source page describes the row with its base and no count", () => {
    const row = load("abuses").find((r) => r.id === "abuse-4");
    if (!row) throw new Error("fixture has no percent-only share");
    const text = describeAbuse(row);
    expect(text).toContain(`: ${SHOWN}, torture or ill-treatment reported.`);
    expect(text).not.toMatch(/\(86%\)|\b12[12]\b/);
    expect(describeAbuse(load("abuses")[1] ?? row)).toContain("9 of 10 (90%)");
    expect(rowsCiting("test-source-a").map((r) => r.text)).toContainEqual(
      expect.stringContaining(SHOWN),
    );
  });
});
