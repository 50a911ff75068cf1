import { describe, expect, it } from "vitest";
import { storySchema } from "../../../src/lib/stories/frontmatter";

const schema = storySchema(() => new Set(["known-source"]));
const valid = {
  title: "Calls home",
  dek: "What the story shows.",
  byline: "Captivity Ledger staff",
  published: new Date("2026-11-23T00:00:00Z"),
  topics: ["contact with families"],
  sources: ["known-source"],
};

function messages(data: Record<string, unknown>): string[] {
  const result = schema.safeParse(data);
  expect(result.success).toBe(false);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("story frontmatter schema", () => {
  it("accepts a complete story and defaults draft and language", () => {
    const data = schema.parse(valid);
    expect(data.draft).toBe(false);
    expect(data.language).toBe("en");
    expect(data.published.toISOString()).toBe("2026-11-23T00:00:00.000Z");
  });

  it("names a missing title and says what to add", () => {
    const rest: Record<string, unknown> = { ...valid };
    delete rest["title"];
    expect(messages(rest)).toEqual([
      'title: title is missing. Add a line such as: title: "Calls home"',
    ]);
  });

  it("rejects a date that does not exist, written as text", () => {
    expect(messages({ ...valid, published: "2026-02-30" })).toEqual([
      'published: published "2026-02-30" is not a date. Write published: 2026-11-23 (year-month-day, a real date).',
    ]);
  });

  it("rejects a day-first date and gives the year-month-day spelling", () => {
    expect(messages({ ...valid, updated: "23/11/2026" })).toEqual([
      'updated: updated "23/11/2026" is not a date we can read. Dates are written year-month-day. Write updated: 2026-11-23 if you mean 23 November 2026.',
    ]);
  });

  it("gives both readings of an ambiguous date such as 01/12/2026", () => {
    expect(messages({ ...valid, published: "01/12/2026" })).toEqual([
      'published: published "01/12/2026" is not a date we can read. Dates are written year-month-day. Write published: 2026-12-01 if you mean 1 December 2026, or published: 2026-01-12 if you mean 12 January 2026.',
    ]);
  });

  it("rejects a date in another wrong format with the example", () => {
    expect(messages({ ...valid, updated: "November 2026" })).toEqual([
      'updated: updated "November 2026" is not a date. Write updated: 2026-11-24 (year-month-day, a real date).',
    ]);
  });

  it("names a misspelt field and the one it was probably meant to be", () => {
    expect(messages({ ...valid, tittle: "x" })).toEqual([
      'tittle: "tittle" is not a field we know. Did you mean title? Rename it.',
    ]);
  });

  it("rejects draft written as text", () => {
    expect(messages({ ...valid, draft: "true" })).toEqual([
      "draft: draft must be true or false (no quotes).",
    ]);
  });

  it("checks source ids against data/sources.csv and names the bad one", () => {
    expect(messages({ ...valid, sources: ["known-source", "no-such-source"] })).toEqual([
      'sources.1: source id "no-such-source" is not in data/sources.csv. Check the spelling against the id column of data/sources.csv, or ask a reporter to add the source there first.',
    ]);
  });

  it("rejects an unknown topic with the allowed list", () => {
    expect(messages({ ...valid, topics: ["prisoners"] })[0]).toMatch(
      /^topics.0: topic "prisoners" is not one of ours. Use one of: exchanges,/,
    );
  });
});
