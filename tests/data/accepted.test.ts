// What spreadsheets export must pass untouched: byte-order mark, CRLF, quoted commas, quotes
// and line breaks, a blank last line (or none). And the valid corpus raises no false alarm.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatIssue, validatePackage } from "../../src/lib/data/index.ts";
import { BYTES, VALID, edit, packageWith } from "./helpers.ts";

function claimsFrom(fixture: string) {
  const bytes = readFileSync(join(BYTES, fixture));
  const { issues, pkg } = validatePackage(packageWith({ "exchange_claims.csv": bytes }), {
    label: "data",
  });
  expect(issues.map(formatIssue)).toEqual([]);
  const resource = pkg?.resources["exchange_claims"];
  if (!resource) throw new Error("no exchange_claims");
  return { resource, bytes };
}

describe("accepted exports", () => {
  it.each([
    "exchange_claims.bom.csv",
    "exchange_claims.crlf.csv",
    "exchange_claims.no-final-newline.csv",
  ])("%s has no issues and reads the same rows", (fixture) => {
    const { resource } = claimsFrom(fixture);
    expect(resource.rows.map((r) => [r["id"], r["claimant"], r["figure"], r["notes"]])).toEqual([
      ["claim-1", "Russia", 12, null],
      ["claim-2", "Türkiye", 10, "A claim."],
    ]);
  });

  it("BOM + CRLF + quoted comma, doubled quotes and a line break + two blank last lines", () => {
    const { resource, bytes } = claimsFrom("exchange_claims.bom-crlf-quoted.csv");
    expect(resource.rows.map((r) => r["notes"])).toEqual([
      null,
      'A claim, with a comma, "quotes" and\r\ntwo lines.',
      "After the quoted line break.",
    ]);
    // csvText keeps the file exactly, byte-order mark included.
    expect(Buffer.from(resource.csvText, "utf8").equals(bytes)).toBe(true);
  });
});

describe("versions", () => {
  it("orders pre-releases by Semantic Versioning: rc.9 is older than rc.10, not newer", () => {
    const dir = packageWith({
      "datapackage.json": edit(
        "datapackage.json",
        '"version": "1.2.0"',
        '"version": "1.3.0-rc.10"',
      ).replace('"updated": "2026-01-15"', '"updated": "2026-01-20"'),
      "CHANGELOG.md": edit(
        "CHANGELOG.md",
        "## 1.2.0 - 2026-01-15",
        "## 1.3.0-rc.10 - 2026-01-20\n\n- Candidate ten.\n\n## 1.3.0-rc.9 - 2026-01-18\n\n- Candidate nine.\n\n## 1.2.0 - 2026-01-15",
      ),
    });
    const { issues, pkg } = validatePackage(dir, { label: "data" });
    expect(issues.map(formatIssue)).toEqual([]);
    expect(pkg?.version).toBe("1.3.0-rc.10");
  });
});

describe("the valid corpus", () => {
  const { issues, pkg } = validatePackage(VALID, { label: "data" });

  it("has no issues at all", () => {
    expect(issues.map(formatIssue)).toEqual([]);
    expect(pkg?.version).toBe("1.2.0");
    expect(Object.keys(pkg?.resources ?? {})).toEqual([
      "sources",
      "source_titles",
      "exchanges",
      "exchange_claims",
      "totals",
      "communication",
      "abuses",
      "corrections",
      "correction_texts",
      "translations",
    ]);
  });

  it("types cells by the schema: numbers, reasons, partial dates, lists, blanks", () => {
    const exchanges = pkg?.resources["exchanges"]?.rows ?? [];
    const [first, second, third] = exchanges;
    expect(first?.["returned_to_ukraine"]).toBe(10);
    expect(first?.["russia_military"]).toEqual({ missing: "not reported" });
    expect(first?.["mediator"]).toEqual(["UAE"]);
    expect(first?.["other_source_ids"]).toEqual(["test-source-b", "test-source-c"]);
    expect(first?.["date_note"]).toBeNull();
    expect(first?.["date"]).toEqual({
      iso: "2024-01-31",
      precision: "day",
      year: 2024,
      month: 1,
      day: 31,
      start: new Date("2024-01-31T00:00:00Z"),
    });
    expect(second?.["date"]).toMatchObject({
      iso: "2024-05",
      precision: "month",
      month: 5,
      day: null,
    });
    expect(second?.["mediator"]).toEqual(["Türkiye", "US"]);
    expect(second?.["exchange_number"]).toEqual({ missing: "not stated" });
    expect(third?.["date"]).toMatchObject({
      precision: "year",
      month: null,
      start: new Date("2024-01-01T00:00:00Z"),
    });
    expect(third?.["mediator"]).toEqual({ missing: "not stated" });
    expect(third?.["returned_to_ukraine"]).toBe(0);
    expect(third?.["notes"]).toBe('Aborted, with "quotes".');

    const abuses = pkg?.resources["abuses"]?.rows ?? [];
    expect(
      abuses.map((r) => [r["figure"], r["figure_kind"], r["denominator"], r["percent"]]),
    ).toEqual([
      [12, "at least", { missing: "not applicable" }, { missing: "not applicable" }],
      [9, "share", 10, 90],
      [2.5, "about", { missing: "not applicable" }, 12.5],
      // A share published only as a percentage: the count stays a reason, never a number.
      [{ missing: "not stated" }, "share", 142, 86],
    ]);
    const sources = pkg?.resources["sources"]?.rows ?? [];
    expect(sources[1]?.["summary"]).toBe("Two lines\nin one cell.");
    expect(sources[1]?.["title"]).toBe("Тестовий заголовок");
  });

  it("describes each resource: fields as declared, primary key, row count", () => {
    const claims = pkg?.resources["exchange_claims"];
    expect(claims?.path).toBe("exchange_claims.csv");
    expect(claims?.primaryKey).toEqual(["id"]);
    expect(claims?.rowCount).toBe(2);
    expect(claims?.fields.map((f) => f["name"])).toEqual([
      "id",
      "exchange_id",
      "direction",
      "claimant",
      "figure",
      "qualifier",
      "source_id",
      "notes",
    ]);
  });
});
