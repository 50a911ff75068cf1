/**
 * Rules that span several cells of a row. The Table Schema cannot express them, so they live
 * here, in one place, each applying to any resource that has the fields it names.
 */
import { isMissing } from "./types.ts";
import type { CellValue } from "./cells.ts";

export interface CrossFieldRule {
  /** Stable code reported when the rule fails. */
  code: string;
  /** The rule applies to every resource that has all these fields. */
  fields: readonly string[];
  /** The field to point at, and why the row fails; null when the row is fine. */
  check(row: Readonly<Record<string, CellValue>>): { field: string; message: string } | null;
}

export const CROSS_FIELD_RULES: readonly CrossFieldRule[] = [
  {
    // abuses: "169 of 174" is figure 169, figure_kind share, denominator 174.
    code: "share-without-denominator",
    fields: ["figure_kind", "denominator"],
    check(row) {
      const denominator = row["denominator"];
      if (row["figure_kind"] !== "share") return null;
      if (typeof denominator === "number") return null;
      const found =
        denominator === null || denominator === undefined
          ? "empty"
          : isMissing(denominator)
            ? `"${denominator.missing}"`
            : JSON.stringify(denominator);
      return {
        field: "denominator",
        message: `figure_kind is "share", so this row needs the total the share is out of (174 in "169 of 174"), but denominator is ${found}. Write that total, or change figure_kind if the source gives no total.`,
      };
    },
  },
];
