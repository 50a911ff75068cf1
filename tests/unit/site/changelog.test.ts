import { describe, expect, it } from "vitest";
import { codeSpans, parseChangelog } from "../../../src/lib/site/changelog";
import { dictionaryRow, foreignKeysOf } from "../../../src/lib/site/dictionary";
import { canonicalUrl } from "../../../src/lib/site/meta";
import { formatPartialDate, formatQualified } from "../../../src/lib/format";
import { parsePartialDate } from "../../../src/lib/data";

describe("parseChangelog", () => {
  it("reads versions, dates, lists and paragraphs", () => {
    const entries = parseChangelog(
      "\uFEFF# Changelog\n\nIntro.\n\n## 1.1.0 - 2026-03-11\n\nNew rows.\n\n- Added `exchanges` rows\n  for 2026.\n- Fixed a date.\n\n## 1.0.0 - 2026-01-02\n\n- First release.\n",
    );
    expect(entries).toEqual([
      {
        version: "1.1.0",
        date: "2026-03-11",
        blocks: [
          { kind: "p", text: "New rows." },
          { kind: "ul", items: ["Added `exchanges` rows for 2026.", "Fixed a date."] },
        ],
      },
      { version: "1.0.0", date: "2026-01-02", blocks: [{ kind: "ul", items: ["First release."] }] },
    ]);
  });

  it("splits code spans for rendering without raw HTML", () => {
    expect(codeSpans("a `b` c")).toEqual([
      { code: false, text: "a " },
      { code: true, text: "b" },
      { code: false, text: " c" },
    ]);
  });
});

describe("dictionaryRow", () => {
  it("explains type, allowed values, range and missing reasons", () => {
    const row = dictionaryRow(
      {
        name: "returned_to_ukraine",
        type: "integer",
        description: "People returned to Ukraine",
        constraints: { required: true, minimum: 0 },
        missingValues: ["", "not disclosed", "not reported"],
      },
      ["id"],
    );
    expect(row).toMatchObject({
      type: "whole number",
      required: true,
      allowed: null,
      rules: ["0 or more"],
      missing: [
        { value: "not disclosed", meaning: "The figure exists but the authorities withheld it." },
        { value: "not reported", meaning: "No source we found states it." },
      ],
    });
    expect(dictionaryRow({ name: "d", type: "string", "x-partialDate": true }).type).toMatch(
      /date/,
    );
    expect(dictionaryRow({ name: "id", type: "string" }, ["id"]).rules).toContain(
      "unique identifier of the row",
    );
  });
});

describe("foreign keys", () => {
  it("points a column at the dataset it refers to", () => {
    const descriptor = {
      resources: [
        {
          name: "exchanges",
          schema: {
            foreignKeys: [
              { fields: ["source_id"], reference: { resource: "sources", fields: ["id"] } },
            ],
          },
        },
      ],
    };
    const keys = foreignKeysOf(descriptor, "exchanges");
    expect(dictionaryRow({ name: "source_id", type: "string" }, [], keys).references).toEqual({
      resource: "sources",
      field: "id",
    });
    expect(dictionaryRow({ name: "notes", type: "string" }, [], keys).references).toBeNull();
    expect(foreignKeysOf(null, "x")).toEqual([]);
  });
});

describe("formatting", () => {
  it("writes qualifiers and partial dates at their precision", () => {
    expect(formatQualified(8000, "more than")).toBe("more than 8,000");
    expect(formatQualified(1358, "exact")).toBe("1,358");
    const day = parsePartialDate("2024-05-27");
    const month = parsePartialDate("2024-05");
    const year = parsePartialDate("2024");
    expect(day && formatPartialDate(day)).toBe("27 May 2024");
    expect(month && formatPartialDate(month)).toBe("May 2024");
    expect(year && formatPartialDate(year)).toBe("2024");
  });

  it("makes canonical URLs with trailing slashes for pages only", () => {
    expect(canonicalUrl("/data/exchanges", "https://x.org")).toBe("https://x.org/data/exchanges/");
    expect(canonicalUrl("/rss.xml", "https://x.org")).toBe("https://x.org/rss.xml");
  });
});
