// The validator's small pieces, on their own: positions, encodings, dates, hints.
import { describe, expect, it } from "vitest";
import { LineIndex, decodeUtf8, findInvalidUtf8 } from "../../src/lib/data/text.ts";
import { parsePartialDate } from "../../src/lib/data/cells.ts";
import { closest, formatIssue, show } from "../../src/lib/data/errors.ts";
import { parseCsv } from "../../src/lib/data/csv.ts";

describe("LineIndex", () => {
  it("counts \\n, \\r\\n and a lone \\r as line ends", () => {
    const index = new LineIndex("ab\ncd\r\nef\rgh");
    expect([0, 3, 4, 7, 10, 11].map((o) => index.position(o))).toEqual([
      { line: 1, column: 1 },
      { line: 2, column: 1 },
      { line: 2, column: 2 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
      { line: 4, column: 2 },
    ]);
  });
});

describe("UTF-8", () => {
  it("reads a byte-order mark and says it was there", () => {
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toEqual({
      ok: true,
      text: "a",
      hadBom: true,
    });
  });

  it("finds the first bad byte of each line, counting characters (not bytes) for the column", () => {
    // "ї" is two bytes, "😀" four (two UTF-16 units, as editors count), 0xFC is Latin-1 "ü".
    const bytes = new Uint8Array([
      ...new TextEncoder().encode("їa\n😀b"),
      0xfc,
      0xfc,
      ...new TextEncoder().encode("\nok\n"),
      0xc3,
    ]);
    expect(findInvalidUtf8(bytes)).toEqual([
      { line: 2, column: 4, byte: 0xfc },
      { line: 4, column: 1, byte: 0xc3 },
    ]);
    expect(decodeUtf8(bytes).ok).toBe(false);
  });

  it("rejects overlong encodings and surrogates", () => {
    expect(findInvalidUtf8(new Uint8Array([0xc0, 0xaf]))).toHaveLength(1);
    expect(findInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toHaveLength(1);
  });
});

describe("parsePartialDate", () => {
  it("knows leap years", () => {
    expect(parsePartialDate("2024-02-29")?.day).toBe(29);
    expect(parsePartialDate("2023-02-29")).toBeNull();
    expect(parsePartialDate("2024-00")).toBeNull();
    expect(parsePartialDate("24-05-01")).toBeNull();
  });
});

describe("messages", () => {
  it("shows invisible characters and line breaks in found values", () => {
    expect(show("a\u00a0b\u200bc\nd")).toBe('"a[U+00A0]b[U+200B]c\\nd"');
  });

  it("suggests only near misses", () => {
    expect(closest("Turkiye", ["Türkiye", "UAE"])).toBe("Türkiye");
    expect(closest("exchnage", ["exchange", "stage"])).toBe("exchange");
    expect(closest("0", ["US", "UAE"])).toBeNull();
  });

  it("formats an issue as place (field): message", () => {
    expect(
      formatIssue({
        file: "data/exchanges.csv",
        line: 14,
        column: 3,
        field: "returned_to_ukraine",
        code: "not-integer",
        message: '"12a" is not a whole number.',
      }),
    ).toBe('data/exchanges.csv:14:3 (returned_to_ukraine): "12a" is not a whole number.');
  });
});

describe("parseCsv", () => {
  it("gives each cell's offset, across quoted line breaks and doubled quotes", () => {
    const text = 'a,b\n"x\ny",2\n"say ""hi""",3\n';
    const { header, records, problems } = parseCsv(text);
    expect(problems).toEqual([]);
    expect(header?.values).toEqual(["a", "b"]);
    expect(records.map((r) => r.values)).toEqual([
      ["x\ny", "2"],
      ['say "hi"', "3"],
    ]);
    expect(records.map((r) => r.offsets.map((o) => text[o]))).toEqual([
      ['"', "2"],
      ['"', "3"],
    ]);
    expect(records[1]?.cells[0]).toEqual({ value: 'say "hi"', offset: 12, quoted: true });
  });
});
