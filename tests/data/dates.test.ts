// Dates that are well formed but cannot be right (src/lib/data/dates.ts): in the future, after
// the source that reports them was published, and `updated` older than the changelog. "Today"
// is pinned in every test; the place of each issue is marked with ‸ in the edited text.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatIssue, validatePackage } from "../../src/lib/data/index.ts";
import { dayRange, resolveToday } from "../../src/lib/data/dates.ts";
import { parsePartialDate } from "../../src/lib/data/cells.ts";
import { edit, marked, packageWith, REAL_DATA_TODAY } from "./helpers.ts";

const TODAY = "2026-12-01";
const EXCHANGE_1 = "2024-01-31,2024-01-31,,exchange";
const EXCHANGE_2 = "2024-05,2024-05,day not stated";
const EXCHANGE_3 = "2024-06-01-b,2024,,aborted";

/** Issues of the valid package with some files replaced, checked on TODAY. */
function check(changes: Record<string, string>, today = TODAY) {
  return validatePackage(packageWith(changes), { label: "data", today }).issues;
}

describe("future dates", () => {
  it("a mistyped year in an exchange date is rejected with file, line, column and field", () => {
    const { text, line, column } = marked(
      edit("exchanges.csv", EXCHANGE_1, "2024-01-31,‸2031-01-01,,exchange"),
    );
    const issues = check({ "exchanges.csv": text });
    expect(issues).toEqual([
      {
        file: "data/exchanges.csv",
        line,
        column,
        field: "date",
        code: "future-date",
        message: expect.stringMatching(
          /^"2031-01-01" is in the future \(today is 2026-12-01\)\. Check the date in the source/,
        ),
      },
    ]);
  });

  it.each([
    ["2027", true],
    ["2026-12-02", true],
    ["2027-01", true],
    ["2026", false],
    ["2026-12", false],
    ["2026-12-01", false],
  ])("exchange dated %s (today 2026-12-01): future %s", (date, future) => {
    const issues = check({
      "exchanges.csv": edit("exchanges.csv", EXCHANGE_3, `2024-06-01-b,${date},,aborted`),
    });
    expect(issues.map((i) => i.code)).toEqual(future ? ["future-date"] : []);
  });

  it("applies to every date column: a source's publication date, a total's as_of", () => {
    const sources = marked(
      edit("sources.csv", "Jane Roe;John Doe,2024-05-27,", "Jane Roe;John Doe,‸2029-05-27,"),
    );
    const totals = marked(edit("totals.csv", "total-2,2024,", "total-2,‸2028,"));
    const issues = check({ "sources.csv": sources.text, "totals.csv": totals.text });
    expect(issues.map((i) => [i.file, i.line, i.column, i.field, i.code])).toEqual([
      ["data/sources.csv", sources.line, sources.column, "published", "future-date"],
      ["data/totals.csv", totals.line, totals.column, "as_of", "future-date"],
    ]);
  });

  it("by the clock, today is the date in the first time zone to reach it", () => {
    const earliest = new Date(Date.now() + 14 * 3_600_000).toISOString().slice(0, 10);
    const saved = process.env["CAPTIVITY_TODAY"];
    delete process.env["CAPTIVITY_TODAY"];
    try {
      expect(resolveToday()).toBe(earliest);
    } finally {
      if (saved !== undefined) process.env["CAPTIVITY_TODAY"] = saved;
    }
  });

  it("$CAPTIVITY_TODAY sets today; a malformed one is refused with the form to use", () => {
    const saved = process.env["CAPTIVITY_TODAY"];
    try {
      process.env["CAPTIVITY_TODAY"] = "2025-03-04";
      expect(resolveToday()).toBe("2025-03-04");
      process.env["CAPTIVITY_TODAY"] = "04/03/2025";
      expect(() => resolveToday()).toThrow(/give it as YYYY-MM-DD/);
      expect(() => resolveToday("2025-02-30")).toThrow(/a day that exists/);
    } finally {
      if (saved === undefined) delete process.env["CAPTIVITY_TODAY"];
      else process.env["CAPTIVITY_TODAY"] = saved;
    }
  });
});

describe("dates after the source that reports them", () => {
  it("an exchange dated after its source's publication is rejected, naming the source", () => {
    // test-source-a was published on 2024-05-27 (sources.csv line 2).
    const { text, line, column } = marked(
      edit("exchanges.csv", EXCHANGE_1, "2024-01-31,‸2024-06-01,,exchange"),
    );
    const issues = check({ "exchanges.csv": text });
    expect(issues).toEqual([
      expect.objectContaining({
        file: "data/exchanges.csv",
        line,
        column,
        field: "date",
        code: "after-source",
      }),
    ]);
    expect(issues[0]?.message).toBe(
      '"2024-06-01" is after the source of this row was published: test-source-a is dated 2024-05-27 in data/sources.csv line 2, and it cannot report the exchange before it happened. Check this date, and the source\'s "published"; if the date comes from a later source, make that one the row\'s source_id.',
    );
  });

  it("the same day as the source is fine", () => {
    const text = edit("exchanges.csv", EXCHANGE_1, "2024-01-31,2024-05-27,,exchange");
    expect(check({ "exchanges.csv": text }).map(formatIssue)).toEqual([]);
  });

  it("respects a source dated to the month only: any day of that month may be right", () => {
    // test-source-b was published "2024-05" (month only in the capture).
    const inside = edit("exchanges.csv", EXCHANGE_2, "2024-05,2024-05-31,day not stated");
    expect(check({ "exchanges.csv": inside }).map(formatIssue)).toEqual([]);
    const after = marked(edit("exchanges.csv", EXCHANGE_2, "2024-05,‸2024-06,day not stated"));
    const issues = check({ "exchanges.csv": after.text });
    expect(issues.map((i) => [i.line, i.column, i.code])).toEqual([
      [after.line, after.column, "after-source"],
    ]);
    expect(issues[0]?.message).toContain("is dated 2024-05 (as precise as it is known)");
  });

  it('a source whose date is "not stated" is not compared', () => {
    // test-source-c has published "not stated".
    const text = edit("exchanges.csv", EXCHANGE_3, "2024-06-01-b,2026-11,,aborted");
    expect(check({ "exchanges.csv": text }).map(formatIssue)).toEqual([]);
  });

  it("checks totals.as_of and the abuses' report and period dates", () => {
    const totals = marked(edit("totals.csv", "total-2,2024,", "total-2,‸2025,"));
    const abuses = marked(
      edit("abuses.csv", "abuse-1,2024-03,2023-12,", "abuse-1,2024-03,‸2024-12,"),
    );
    const issues = check({ "totals.csv": totals.text, "abuses.csv": abuses.text });
    expect(issues.map((i) => [i.file, i.line, i.column, i.field, i.code])).toEqual([
      ["data/abuses.csv", abuses.line, abuses.column, "period_start", "after-source"],
      ["data/totals.csv", totals.line, totals.column, "as_of", "after-source"],
    ]);
    expect(issues[0]?.message).toContain("it cannot report a period before it began.");
    expect(issues[1]?.message).toContain("it cannot report a figure as of a later day.");
  });

  it("does not judge dates whose meaning allows a later date than the source", () => {
    // A rule may be announced before it starts; other_source_ids may be background reading.
    const communication = edit(
      "communication.csv",
      "not stated,not stated,not stated,A fixture practice",
      "2025-01,2025-06,not stated,A fixture practice",
    );
    expect(check({ "communication.csv": communication }).map(formatIssue)).toEqual([]);
  });

  it("a future date is reported once, as future, not also as after its source", () => {
    const text = edit("exchanges.csv", EXCHANGE_1, "2024-01-31,2031-01-01,,exchange");
    expect(check({ "exchanges.csv": text }).map((i) => i.code)).toEqual(["future-date"]);
  });
});

describe("datapackage.json updated and the changelog", () => {
  it('"updated" older than the newest changelog entry is rejected at its line', () => {
    const { text, line, column } = marked(
      edit("datapackage.json", '"updated": "2026-01-15"', '‸"updated": "2026-01-10"'),
    );
    const issues = check({ "datapackage.json": text });
    expect(issues).toEqual([
      {
        file: "data/datapackage.json",
        line,
        column,
        code: "updated-before-changelog",
        message:
          '"updated" is 2026-01-10, older than the newest entry of CHANGELOG.md ("## 1.2.0 - 2026-01-15", line 3). "updated" is the date of the latest change: set it to 2026-01-15 (or the later date of your change, with its changelog entry).',
      },
    ]);
  });

  it('"updated" and changelog dates in the future are rejected', () => {
    const descriptor = marked(
      edit("datapackage.json", '"updated": "2026-01-15"', '‸"updated": "2027-01-15"'),
    );
    const changelog = edit("CHANGELOG.md", "## 1.2.0 - 2026-01-15", "## 1.2.0 - 2027-01-15");
    const issues = check({ "datapackage.json": descriptor.text, "CHANGELOG.md": changelog });
    expect(issues.map((i) => [i.file, i.line, i.column, i.code])).toEqual([
      ["data/CHANGELOG.md", 3, 1, "future-date"],
      ["data/datapackage.json", descriptor.line, descriptor.column, "future-date"],
    ]);
  });

  it('"updated" later than the changelog is fine', () => {
    const text = edit("datapackage.json", '"updated": "2026-01-15"', '"updated": "2026-02-01"');
    expect(check({ "datapackage.json": text }).map(formatIssue)).toEqual([]);
  });
});

describe("dayRange", () => {
  it.each([
    ["2024-02", "2024-02-01", "2024-02-29"],
    ["2023", "2023-01-01", "2023-12-31"],
    ["2024-05-27", "2024-05-27", "2024-05-27"],
  ])("%s covers %s to %s", (iso, first, last) => {
    const date = parsePartialDate(iso);
    if (!date) throw new Error(iso);
    expect(dayRange(date)).toEqual({ first, last });
  });
});

// The reporter's typo from issue 12, in a copy of the real data/: `npm run check:data` fails.
describe("npm run check:data on the real data with a future exchange date", () => {
  const root = mkdtempSync(join(tmpdir(), "captivity-dates-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("exits 1 and names file, line, column and field", () => {
    const dir = join(root, "data");
    cpSync(join(process.cwd(), "data"), dir, { recursive: true });
    const file = join(dir, "exchanges.csv");
    const lines = readFileSync(file, "utf8").split("\n");
    const last = lines.findLastIndex((l) => /^\d{4}-\d{2}-\d{2},\d{4}-\d{2}-\d{2},/.test(l));
    const row = lines[last] ?? "";
    const typo = row.replace(/^([^,]*),\d{4}-\d{2}-\d{2},/, "$1,2031-01-01,");
    lines[last] = typo;
    writeFileSync(file, lines.join("\n"));
    const run = spawnSync(process.execPath, [join(process.cwd(), "scripts/check-data.ts")], {
      env: { ...process.env, CAPTIVITY_DATA_DIR: dir, CAPTIVITY_TODAY: REAL_DATA_TODAY },
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    const column = typo.indexOf("2031-01-01") + 1;
    expect(run.stderr).toContain(
      `exchanges.csv:${last + 1}:${column} (date): "2031-01-01" is in the future (today is ${REAL_DATA_TODAY}).`,
    );
    expect(run.stderr).toMatch(/\n1 problem in 1 file\. Nothing was published\./);
  });
});
