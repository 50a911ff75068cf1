import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../../src/lib/data/csv";
import { loadPackage } from "../../../src/lib/data";
import { parseRawTable, rawTable, splitCsv } from "../../../src/lib/data/raw";
import { foreignKeysOf, type SchemaField } from "../../../src/lib/site/dictionary";
import {
  LIST_COLUMNS,
  ROWS_PER_PAGE,
  pageCount,
  pageLinks,
  recordModel,
  recordPath,
  rowListPath,
  rowPage,
  rowsCitedInBody,
  type RecordModel,
} from "../../../src/lib/site/records";
import { recordHref } from "../../../src/lib/charts/sources";
import { useDataDir } from "../../support/data-dir";

useDataDir();

function model(resourceName: string, id: string): RecordModel {
  const pkg = loadPackage();
  const resource = pkg.resources[resourceName]!;
  const table = rawTable(resource);
  const raw = table.rows.get(id)!;
  return recordModel({
    resource: {
      name: resource.name,
      title: resource.title,
      fields: resource.fields as unknown as SchemaField[],
      primaryKey: resource.primaryKey,
    },
    foreignKeys: foreignKeysOf(pkg.descriptor, resource.name),
    id,
    row: resource.rows.find((r) => r["id"] === id)!,
    raw: { header: table.header, headerLine: table.headerLine, cells: raw.cells, line: raw.line },
    packageTitle: pkg.title,
    version: pkg.version,
    updated: pkg.updated,
    url: `https://example.org${recordPath(resource.name, id)}`,
  });
}

const field = (m: RecordModel, name: string) => m.fields.find((f) => f.name === name)!;

describe("addresses", () => {
  it("gives each row a permanent path; sources keep /sources/<id>/", () => {
    expect(recordPath("exchanges", "2024-01-31")).toBe("/data/exchanges/2024-01-31/");
    expect(recordPath("sources", "ap-1")).toBe("/sources/ap-1/");
  });

  it("charts link the same record address (src/lib/charts keeps its own copy)", () => {
    for (const [r, id] of [
      ["exchanges", "2024-01-31"],
      ["abuses", "a b/c"],
    ] as const) {
      expect(recordHref(r, id, "en")).toBe(recordPath(r, id));
      expect(recordHref(r, id, "uk")).toBe(`/uk${recordPath(r, id)}`);
    }
  });

  it("puts page 1 of a row list on the dataset page and the rest under rows/", () => {
    expect(rowListPath("totals", 1)).toBe("/data/totals/");
    expect(rowListPath("totals", 3)).toBe("/data/totals/rows/3/");
  });

  it("pages rows in hundreds, never growing a page with the data", () => {
    const rows = Array.from({ length: 250 }, (_, i) => i);
    expect(ROWS_PER_PAGE).toBe(100);
    expect(pageCount(250)).toBe(3);
    expect(pageCount(0)).toBe(1);
    expect(rowPage(rows, 3)).toEqual(rows.slice(200));
    expect(rowPage(rows, 2)).toHaveLength(100);
    const links = pageLinks("totals", 250, 2);
    expect(links.map((l) => [l.href, l.current])).toEqual([
      ["/data/totals/", false],
      ["/data/totals/rows/2/", true],
      ["/data/totals/rows/3/", false],
    ]);
  });

  it("lists key columns that exist in every resource of the fixture package", () => {
    const pkg = loadPackage();
    for (const [name, columns] of Object.entries(LIST_COLUMNS)) {
      const fields = pkg.resources[name]!.fields.map((f) => f["name"]);
      expect(fields).toEqual(expect.arrayContaining([...columns]));
    }
  });
});

describe("recordModel", () => {
  it("writes every field with the dictionary's label (or the column name as words), in plain words", () => {
    const m = model("exchanges", "2024-01-31");
    expect(m.fields.map((f) => f.name)).toEqual(
      loadPackage().resources["exchanges"]!.fields.map((f) => f["name"]),
    );
    expect(field(m, "returned_to_ukraine")).toMatchObject({
      label: "Returned to ukraine", // the fixture's schema gives no titles
      value: "10",
    });
    expect(field(m, "date").value).toBe("31 January 2024");
    expect(field(m, "mediator").value).toBe("UAE");
  });

  it("writes a missing value as its reason with its meaning, never as 0", () => {
    const m = model("exchanges", "2024-05");
    const f = field(m, "returned_to_ukraine");
    expect(f.value).toBe("not disclosed");
    expect(f.value).not.toMatch(/\b0\b/);
    expect(f.missingMeaning).toMatch(/withheld|disclosed/i);
    expect(field(m, "date").value).toBe("May 2024 (the day is not known)");
    expect(field(m, "notes").value).toBe("none given");
  });

  it("writes qualifiers out and shares against their denominator", () => {
    expect(field(model("totals", "total-1"), "figure").value).toBe("more than 1,000");
    expect(field(model("abuses", "abuse-1"), "figure").value).toBe("at least 12");
    expect(field(model("abuses", "abuse-2"), "figure").value).toBe("9 of 10");
    expect(field(model("abuses", "abuse-2"), "percent").value).toBe("90%");
  });

  it("links sources to their pages, main source first", () => {
    const m = model("exchanges", "2024-01-31");
    expect(m.sourceIds).toEqual(["test-source-a", "test-source-b", "test-source-c"]);
    expect(field(m, "source_id").links).toEqual([
      { text: "test-source-a", href: "/sources/test-source-a/" },
    ]);
  });

  it("gives the exact CSV line and the raw cells as JSON", () => {
    const m = model("exchanges", "2024-01-31");
    const text = loadPackage().resources["exchanges"]!.csvText;
    const [header, line] = m.csv.split("\n");
    expect(text.split(/\r?\n/)).toContain(line);
    expect(text.startsWith(header!)).toBe(true);
    expect(JSON.parse(m.json)).toMatchObject({ id: "2024-01-31", returned_to_ukraine: "10" });
    expect(m.citation).toMatch(/record 2024-01-31, .*version \d+\.\d+\.\d+ \(.+\)\. https:/);
  });

  it("prints a reference to a row that has no page as text, not a broken link", () => {
    const table = parseRawTable("id,source_id,other_source_ids\nx,gone,kept;gone\n");
    const raw = table.rows.get("x")!;
    const m = recordModel({
      resource: {
        name: "t",
        title: "T",
        fields: [{ name: "id" }, { name: "source_id" }, { name: "other_source_ids", type: "list" }],
        primaryKey: ["id"],
      },
      foreignKeys: [
        { fields: ["source_id"], reference: { resource: "sources", fields: ["id"] } },
        { fields: ["other_source_ids"], reference: { resource: "sources", fields: ["id"] } },
      ],
      id: "x",
      row: null,
      raw: { header: table.header, headerLine: table.headerLine, cells: raw.cells, line: raw.line },
      packageTitle: "P",
      version: "1.0.0",
      updated: "2026-01-02",
      url: "https://example.org/data/t/x/",
      exists: (_resource, id) => id === "kept",
    });
    expect(field(m, "source_id")).toMatchObject({ value: "gone", links: [] });
    expect(field(m, "other_source_ids")).toMatchObject({ value: "kept;gone", links: [] });
    // The Sources section still names every source, linked or not (record-data.ts).
    expect(m.sourceIds).toEqual(["gone", "kept"]);
  });

  it("reads a removed row's last version from its raw cells", () => {
    const table = parseRawTable("id,figure,notes\nx,not stated,\n");
    const raw = table.rows.get("x")!;
    const m = recordModel({
      resource: {
        name: "t",
        title: "T",
        fields: [
          { name: "id" },
          { name: "figure", type: "integer", missingValues: ["not stated"] },
          { name: "notes" },
        ],
        primaryKey: ["id"],
      },
      foreignKeys: [],
      id: "x",
      row: null,
      raw: { header: table.header, headerLine: table.headerLine, cells: raw.cells, line: raw.line },
      packageTitle: "P",
      version: "1.0.0",
      updated: "2026-01-02",
      url: "https://example.org/data/t/x/",
    });
    expect(field(m, "figure")).toMatchObject({ value: "not stated" });
    expect(field(m, "figure").missingMeaning).toBeTruthy();
    expect(field(m, "notes").value).toBe("none given");
    expect(m.csv).toBe("id,figure,notes\nx,not stated,");
  });
});

describe("parseRawTable", () => {
  it("keeps a quoted line break inside one row and drops the line ending", () => {
    const t = parseRawTable('id,notes\r\na,"two\nlines"\r\nb,x\r\n');
    expect(t.rows.get("a")?.cells).toEqual(["a", "two\nlines"]);
    expect(t.rows.get("a")?.line).toBe('a,"two\nlines"');
    expect(t.rows.get("b")?.line).toBe("b,x");
    expect(t.headerLine).toBe("id,notes");
  });
});

describe("rowsCitedInBody", () => {
  it("finds KeyFigure row references as resource/id", () => {
    const body = `<KeyFigure\n  label="x"\n  row="totals:t-1"\n/>\n<KeyFigure row="abuses:a-2" field="figure" />\nrow="totals:t-1"`;
    expect(rowsCitedInBody(body)).toEqual(["totals/t-1", "abuses/a-2"]);
  });
});

describe("splitCsv agrees with the reader", () => {
  it("on every file of the real package: same rows, same cells as the validated csv parser", () => {
    for (const file of readdirSync("data").filter((f) => f.endsWith(".csv"))) {
      const text = readFileSync(join("data", file), "utf8").replace(/^\uFEFF/, "");
      const reader = parseCsv(text);
      const split = splitCsv(text);
      expect(
        split.map((r) => r.cells),
        file,
      ).toEqual([reader.header!.values, ...reader.records.map((r) => r.values)]);
    }
  });

  it("splits quoted commas, doubled quotes, CRLF and skips blank lines", () => {
    expect(splitCsv('a,b\r\n"x, y","say ""hi"""\r\n\r\n,\n')).toEqual([
      { cells: ["a", "b"], line: "a,b" },
      { cells: ["x, y", 'say "hi"'], line: '"x, y","say ""hi"""' },
      { cells: ["", ""], line: "," },
    ]);
  });
});
