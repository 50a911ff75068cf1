// Spreadsheet round trips (src/lib/data/diagnose.ts): the cause comes first. Each case starts
// from a copy of the real data/ and changes one file the way a spreadsheet does: rows saved
// with semicolons, dates rewritten day- or month-first (ids made of dates included), a byte-
// order mark and Windows line endings. Without the diagnosis these gave "1 cells", "not a date"
// and a hundred ids that point nowhere.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { afterAll, describe, expect, it } from "vitest";
import { formatIssue, validatePackage, type Issue } from "../../src/lib/data/index.ts";
import { spreadsheetDate } from "../../src/lib/data/diagnose.ts";
import { REAL_DATA_TODAY } from "./helpers.ts";

const DATA = join(process.cwd(), "data");
const root = mkdtempSync(join(tmpdir(), "captivity-spreadsheet-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let copies = 0;

const real = (file: string): string => readFileSync(join(DATA, file), "utf8");

/** Issues of a copy of the real package with some files replaced. */
function check(changes: Record<string, string>): Issue[] {
  const dir = join(root, String(++copies), "data");
  cpSync(DATA, dir, { recursive: true });
  for (const [file, text] of Object.entries(changes)) writeFileSync(join(dir, file), text);
  return validatePackage(dir, { label: "data", today: REAL_DATA_TODAY }).issues;
}

/** Re-save a CSV as a spreadsheet would: every data cell through `cell`, with this separator. */
function resave(
  text: string,
  { cell = (v: string) => v, delimiter = ",", newline = "\n", bom = false } = {},
): string {
  const rows = Papa.parse<string[]>(text, { delimiter: ",", skipEmptyLines: true }).data;
  const out = rows.map((row, i) => (i === 0 ? row : row.map(cell)));
  return (bom ? "\ufeff" : "") + Papa.unparse(out, { delimiter, newline }) + newline;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const dayFirst = (v: string) => v.replace(ISO_DAY, "$3/$2/$1");
const monthFirst = (v: string) =>
  v.replace(ISO_DAY, (_, y: string, m: string, d: string) => `${Number(m)}/${Number(d)}/${y}`);

/** Lines of the real exchanges.csv, and the line (1-based) of the row with this id. */
function exchangesLine(id: string): { lines: string[]; line: number } {
  const lines = real("exchanges.csv").split("\n");
  const index = lines.findIndex((l) => l.startsWith(`${id},`));
  if (index === -1) throw new Error(`no exchange ${id}`);
  return { lines, line: index + 1 };
}

/** How many exchange claims point to an exchange id. */
function claimsOf(id: string): number {
  return real("exchange_claims.csv")
    .split("\n")
    .filter((l) => l.split(",")[1] === id).length;
}

describe("one row pasted with semicolons", () => {
  it("is diagnosed as a semicolon row, with the ids pointing to it folded", () => {
    const id = "2024-01-31";
    const { lines, line } = exchangesLine(id);
    lines[line - 1] =
      resave(`h\n${lines[line - 1] ?? ""}`, { delimiter: ";" }).split("\n")[1] ?? "";
    const issues = check({ "exchanges.csv": lines.join("\n") });
    expect(issues.map((i) => [i.file, i.line, i.column, i.code])).toEqual([
      ["data/exchanges.csv", line, 1, "semicolon-row"],
    ]);
    const message = issues[0]?.message ?? "";
    expect(message).toMatch(/^This row uses semicolons \(;\) as separators instead of commas/);
    expect(message).not.toContain("1 cells");
    const claims = claimsOf(id);
    expect(claims).toBeGreaterThan(0);
    expect(message).toContain(
      `This also explains ${claims} problem${claims === 1 ? "" : "s"} in other files (${claims} in exchange_claims.csv)`,
    );
  });

  it("in a file with Windows line endings and a byte-order mark, on the right line", () => {
    const { lines, line } = exchangesLine("2022-03-16");
    lines[line - 1] =
      resave(`h\n${lines[line - 1] ?? ""}`, { delimiter: ";" }).split("\n")[1] ?? "";
    const issues = check({ "exchanges.csv": `\ufeff${lines.join("\r\n")}` });
    expect(issues.map((i) => [i.line, i.column, i.code])).toEqual([[line, 1, "semicolon-row"]]);
  });

  it("a few such rows are each named; most rows of the file get one message", () => {
    const lines = real("exchanges.csv").split("\n");
    const original = [...lines];
    const semi = (n: number) => {
      lines[n] = resave(`h\n${original[n] ?? ""}`, { delimiter: ";" }).split("\n")[1] ?? "";
    };
    for (const n of [1, 2, 5]) semi(n);
    expect(check({ "exchanges.csv": lines.join("\n") }).map((i) => [i.line, i.code])).toEqual([
      [2, "semicolon-row"],
      [3, "semicolon-row"],
      [6, "semicolon-row"],
    ]);
    const rows = lines.filter((l) => l !== "").length - 1;
    const half = Math.ceil(rows / 2);
    for (let n = 1; n <= half; n++) semi(n);
    const issues = check({ "exchanges.csv": lines.join("\n") });
    expect(issues.map((i) => [i.line, i.code])).toEqual([[2, "semicolon-rows"]]);
    expect(issues[0]?.message).toMatch(
      new RegExp(`^${half} rows of this file \\(lines 2, 3, 4 and`),
    );
  });

  it("a few dates typed day first get one message each, not the whole-file advice", () => {
    const lines = real("exchanges.csv").split("\n");
    for (const n of [1, 2, 3]) {
      lines[n] = (lines[n] ?? "").replace(/^([^,]*),(\d{4})-(\d{2})-(\d{2}),/, "$1,$4/$3/$2,");
    }
    const issues = check({ "exchanges.csv": lines.join("\n") });
    expect(issues.map((i) => [i.line, i.field, i.code])).toEqual([
      [2, "date", "not-date"],
      [3, "date", "not-date"],
      [4, "date", "not-date"],
    ]);
    for (const issue of issues) expect(issue.message).not.toContain("git restore");
  });

  it("a row that is merely short is still a wrong cell count", () => {
    const { lines, line } = exchangesLine("2022-03-01");
    lines[line - 1] = (lines[line - 1] ?? "").split(",").slice(0, 5).join(",");
    expect(check({ "exchanges.csv": lines.join("\n") }).map((i) => i.code)).toEqual([
      "wrong-cell-count",
    ]);
  });
});

describe("a day-first date or id gets the ISO date to write", () => {
  it.each([
    ["01-03-2022", /2022-03-01 if it means day 1, month 3; or 2022-01-03 if the month comes first/],
    ["01/03/2022", /2022-03-01 if it means day 1, month 3; or 2022-01-03 if the month comes first/],
    ["16/03/2022", /Write it year first: 2022-03-16 \(it can only be day first\)/],
    ["3/16/2022", /Write it year first: 2022-03-16 \(it can only be month first\)/],
    [
      "01.03.2022",
      /^This date is written day first: .* Write it year first: 2022-03-01 \(it can only/,
    ],
  ])("date cell %s", (written, hint) => {
    const { lines, line } = exchangesLine("2022-03-16");
    lines[line - 1] = (lines[line - 1] ?? "").replace(
      /^2022-03-16,2022-03-16,/,
      `2022-03-16,${written},`,
    );
    const issues = check({ "exchanges.csv": lines.join("\n") });
    expect(issues.map((i) => [i.line, i.column, i.field, i.code])).toEqual([
      [line, 12, "date", "not-date"],
    ]);
    expect(issues[0]?.message).toMatch(hint);
  });

  it("an id written 01-03-2022 (which passes the id pattern) is reported, with the fix", () => {
    const { lines, line } = exchangesLine("2022-03-01");
    lines[line - 1] = (lines[line - 1] ?? "").replace(/^2022-03-01,/, "01-03-2022,");
    const issues = check({ "exchanges.csv": lines.join("\n") });
    expect(issues.map((i) => [i.line, i.column, i.code])).toEqual([[line, 1, "day-first-id"]]);
    expect(issues[0]?.message).toMatch(/^This id is a date written day first or month first/);
    expect(issues[0]?.message).toContain("2022-03-01 if it means day 1, month 3");
  });

  it("an id written 01/03/2022 is not told to become 01-03-2022", () => {
    const { lines, line } = exchangesLine("2022-03-16");
    lines[line - 1] = (lines[line - 1] ?? "").replace(/^2022-03-16,/, "16/03/2022,");
    const issues = check({ "exchanges.csv": lines.join("\n") });
    expect(issues.map((i) => [i.line, i.column, i.code])).toEqual([[line, 1, "pattern-mismatch"]]);
    expect(issues[0]?.message).toContain("Write it year first: 2022-03-16");
    expect(issues[0]?.message).not.toContain("16-03-2022");
  });

  it.each([
    ["Mar-22", "2022-03"],
    ["mar 2022", "2022-03"],
    ["1.3.2022", null],
  ])("spreadsheetDate(%j)", (value, month) => {
    expect(spreadsheetDate(value)?.month ?? null).toBe(month);
  });
});

describe("a file converted wholesale by a spreadsheet gives one leading message", () => {
  it("every row saved with semicolons under a comma header", () => {
    const lines = real("exchanges.csv").split("\n");
    const text = `${lines[0]}\n${resave(real("exchanges.csv"), { delimiter: ";" }).split("\n").slice(1).join("\n")}`;
    const issues = check({ "exchanges.csv": text });
    expect(issues.map((i) => [i.file, i.line, i.code])).toEqual([
      ["data/exchanges.csv", 2, "semicolon-rows"],
    ]);
    const rows = lines.filter((l, i) => i > 0 && l !== "").length;
    expect(issues[0]?.message).toMatch(
      new RegExp(
        `^${rows} rows of this file \\(lines 2, 3, 4 and ${rows - 3} more\\) use semicolons`,
      ),
    );
    expect(issues[0]?.message).toMatch(/in other files \(\d+ in exchange_claims\.csv\)/);
  });

  it("Excel's CSV UTF-8 with day-first dates: BOM, CRLF and every date rewritten", () => {
    const text = resave(real("exchanges.csv"), { cell: dayFirst, newline: "\r\n", bom: true });
    const issues = check({ "exchanges.csv": text });
    expect(issues.map((i) => [i.file, i.line, i.column, i.field, i.code])).toEqual([
      ["data/exchanges.csv", 2, 1, undefined, "spreadsheet-dates"],
    ]);
    const message = issues[0]?.message ?? "";
    expect(message).toMatch(
      /^A spreadsheet rewrote the dates of this file: \d+ cells on \d+ lines/,
    );
    expect(message).toContain('starting with "01/03/2022" for 2022-03-01');
    expect(message).toMatch(/They are day first: "\d{2}\/\d{2}\/\d{4}" can only be read that way/);
    expect(message).toContain("git restore data/exchanges.csv");
    expect(message).toContain("starts with a byte-order mark and has Windows line endings");
    expect(message).toMatch(/\d+ in exchange_claims\.csv/);
  });

  it("month-first dates (a US spreadsheet) are named month first", () => {
    const issues = check({ "exchanges.csv": resave(real("exchanges.csv"), { cell: monthFirst }) });
    expect(issues.map((i) => i.code)).toEqual(["spreadsheet-dates"]);
    expect(issues[0]?.message).toContain('starting with "3/1/2022" for 2022-03-01');
    expect(issues[0]?.message).toMatch(/They are month first/);
  });

  it("sources.csv with its publication dates rewritten", () => {
    const issues = check({ "sources.csv": resave(real("sources.csv"), { cell: dayFirst }) });
    expect(issues.map((i) => [i.file, i.code])).toEqual([
      ["data/sources.csv", "spreadsheet-dates"],
    ]);
  });

  it("keeps the problems the cause does not explain", () => {
    const converted = resave(real("exchanges.csv"), { cell: dayFirst }).split("\n");
    // A real mistake in the same file, and an id in another file that points nowhere.
    converted[2] = (converted[2] ?? "").replace(/,exchange,([^,]*),(\d+),/, ",exchange,$1,$2a,");
    const claims = real("exchange_claims.csv").replace(/^([^,\n]+),2024-01-31,/m, "$1,2024-01-32,");
    const issues = check({ "exchanges.csv": converted.join("\n"), "exchange_claims.csv": claims });
    expect(issues.map((i) => [i.file, i.line, i.code])).toEqual([
      ["data/exchange_claims.csv", 2, "unknown-foreign-key"],
      ["data/exchanges.csv", 2, "spreadsheet-dates"],
      ["data/exchanges.csv", 3, "not-integer"],
    ]);
  });

  it("a whole file saved with semicolons (header too) is still one message", () => {
    const issues = check({ "exchanges.csv": resave(real("exchanges.csv"), { delimiter: ";" }) });
    expect(issues.map(formatIssue)).toEqual([
      expect.stringMatching(/^data\/exchanges\.csv:1:3: This file uses semicolons/),
    ]);
  });

  it("a BOM and CRLF alone are fine", () => {
    const text = resave(real("exchanges.csv"), { newline: "\r\n", bom: true });
    expect(check({ "exchanges.csv": text }).map(formatIssue)).toEqual([]);
  });
});
