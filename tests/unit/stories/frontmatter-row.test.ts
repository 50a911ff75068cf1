import { describe, expect, it } from "vitest";
import { correctionSchema } from "../../../src/lib/stories/frontmatter";

describe("correction frontmatter", () => {
  it("keeps a date-like row id as the id text (YAML reads 2024-01-31 as a date)", () => {
    const parsed = correctionSchema.parse({
      date: new Date("2026-11-24T00:00:00Z"),
      dataset: "exchanges",
      row: new Date("2024-01-31T00:00:00Z"),
      summary: "Ukraine's count was corrected from 10 to 12.",
      reason: "The Coordination Headquarters revised its figure.",
    });
    expect(parsed.row).toBe("2024-01-31");
  });
});
