/**
 * A record, a row list cell, the data dictionary and a citation in Ukrainian and Russian, from
 * the fixture package: allowed values, reasons, qualifiers, dates and numbers in the page's
 * language; free text kept as written and flagged as English; English output unchanged.
 */
import { describe, expect, it } from "vitest";
import { loadPackage } from "../../../src/lib/data";
import { rawTable } from "../../../src/lib/data/raw";
import { dictionaryRow, foreignKeysOf, type SchemaField } from "../../../src/lib/site/dictionary";
import {
  cellText,
  rawCellWords,
  recordModel,
  recordPath,
  type RecordModel,
} from "../../../src/lib/site/records";
import { citation, citationOf } from "../../../src/lib/site/cite";
import type { Locale } from "../../../src/lib/i18n";
import { historyGapWords } from "../../../src/lib/site/record-data";
import { useDataDir } from "../../support/data-dir";

useDataDir();

function model(resourceName: string, id: string, locale: Locale): RecordModel {
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
    updated: "2026-03-11",
    url: `https://example.org${recordPath(resource.name, id)}`,
    locale,
  });
}

const field = (m: RecordModel, name: string) => m.fields.find((f) => f.name === name)!;
const NBSP = "\u00a0";

describe("a record in Ukrainian and Russian", () => {
  it("writes a missing value as its reason and meaning in the language, never as 0", () => {
    const uk = field(model("exchanges", "2024-05", "uk"), "returned_to_ukraine");
    expect(uk.value).toBe("не розголошено");
    expect(uk.missingMeaning).toBe("Число існує, але влада його не оприлюднила.");
    const ru = field(model("exchanges", "2024-05", "ru"), "returned_to_ukraine");
    expect(ru.value).toBe("не раскрыто");
    expect(ru.missingMeaning).toMatch(/власти его не обнародовали/);
  });

  it("translates allowed values, qualifiers, lists and partial dates; numbers in the locale", () => {
    const uk = model("exchanges", "2024-05", "uk");
    expect(field(uk, "kind").value).toBe("етап");
    expect(field(uk, "mediator").value).toBe("Туреччина, США");
    expect(field(uk, "date").value).toBe("травень 2024 р. (день невідомий)");
    expect(field(model("totals", "total-1", "uk"), "figure").value).toBe(`понад 1${NBSP}000`);
    expect(field(model("totals", "total-1", "ru"), "figure").value).toBe(`более 1${NBSP}000`);
    expect(field(model("abuses", "abuse-2", "ru"), "figure").value).toBe("9 из 10");
    expect(field(model("abuses", "abuse-3", "uk"), "percent").value).toBe("12,5%");
  });

  it("keeps free text as written, marked English, and links within the language", () => {
    const uk = model("exchanges", "2024-01-31", "uk");
    expect(field(uk, "notes")).toMatchObject({
      value: "Fixture row.",
      lang: "en",
      inEnglish: true,
    });
    expect(field(model("totals", "total-1", "uk"), "stated_by")).toMatchObject({
      lang: "en",
      inEnglish: false, // a name: no "(in English)" note
    });
    expect(field(uk, "kind").lang).toBeNull();
    expect(field(uk, "exchange_number").lang).toBeNull();
    expect(field(model("exchanges", "2024-05", "uk"), "notes").lang).toBeNull(); // empty cell
  });

  it("cites the record in the language, the package's English title marked", () => {
    const m = model("exchanges", "2024-01-31", "uk");
    expect(m.citation).toMatch(
      /^Captivity Ledger\. «.+», запис 2024-01-31, у пакеті даних .+, версія \d+\.\d+\.\d+ \(11 березня 2026 р\.\)\. https:/,
    );
    expect(m.citationParts.filter((p) => p.lang === "en").map((p) => p.text)).toEqual([
      loadPackage().title,
    ]);
  });

  it("leaves English exactly as before", () => {
    const m = model("exchanges", "2024-05", "en");
    expect(field(m, "returned_to_ukraine").value).toBe("not disclosed");
    expect(field(m, "notes")).toMatchObject({ value: "none given", lang: null, inEnglish: false });
    expect(field(model("totals", "total-1", "en"), "figure").value).toBe("more than 1,000");
    expect(
      citation({
        resourceTitle: "T",
        packageTitle: "P",
        version: "1.0.0",
        updated: "2026-03-11",
        url: "u",
      }),
    ).toBe('Captivity Ledger. "T", in P, version 1.0.0 (11 March 2026). u');
    expect(
      citationOf({
        resourceTitle: null,
        packageTitle: "P",
        version: "1",
        updated: "2026-03-11",
        url: "u",
        locale: "ru",
      }),
    ).toEqual([
      { text: "Captivity Ledger. " },
      { text: "P", lang: "en" },
      { text: ", версия 1 (11 марта 2026 г.). u" },
    ]);
  });
});

describe("a changed cell in the history, in the language", () => {
  const status: SchemaField = {
    name: "status",
    type: "string",
    constraints: { enum: ["banned", "none in practice"] },
  };
  const figure: SchemaField = {
    name: "figure",
    type: "integer",
    missingValues: ["not disclosed"],
  };
  const notes: SchemaField = { name: "notes", type: "string" };
  const dict = (f: SchemaField, locale: Locale) => dictionaryRow(f, [], [], { locale });

  it("writes old and new allowed values, reasons and numbers in the language", () => {
    expect(rawCellWords(status, "banned", "uk", dict(status, "uk"))).toEqual({
      text: "заборонено",
      lang: null,
    });
    expect(rawCellWords(status, "none in practice", "ru", dict(status, "ru")).text).toBe(
      "на практике нет",
    );
    expect(rawCellWords(figure, "not disclosed", "uk", dict(figure, "uk")).text).toBe(
      "не розголошено",
    );
    expect(rawCellWords(figure, "1358", "ru", dict(figure, "ru")).text).toBe(`1${NBSP}358`);
    expect(rawCellWords(figure, null, "uk", dict(figure, "uk")).text).toBe(
      "(такого стовпця не було)",
    );
    expect(rawCellWords(figure, "", "ru", dict(figure, "ru")).text).toBe("(пусто)");
  });

  it("marks free text as English and leaves English cells as written", () => {
    expect(rawCellWords(notes, "A note.", "uk", dict(notes, "uk"))).toEqual({
      text: "A note.",
      lang: "en",
    });
    expect(rawCellWords(status, "banned", "en", dict(status, "en"))).toEqual({
      text: "banned",
      lang: null,
    });
    // A value the dictionary does not know stays as written (the data test names it).
    expect(rawCellWords(status, "unheard of", "uk", dict(status, "uk")).text).toBe("unheard of");
  });
});

describe("a row list cell and the dictionary in the language", () => {
  it("writes a cell as the record page does", () => {
    const row = loadPackage().resources["totals"]!.rows.find((r) => r["id"] === "total-1")!;
    const names = new Set(Object.keys(row));
    expect(cellText("figure", row, names, "uk")).toBe(`понад 1${NBSP}000`);
    expect(cellText("measure", row, names, "ru")).toBe(
      "возвращены в Украину, военные и гражданские",
    );
    expect(cellText("figure", row, names)).toBe("more than 1,000");
  });

  it("gives titles, types, rules and reasons from the language's dictionary", () => {
    const row = dictionaryRow(
      {
        name: "returned_to_ukraine",
        type: "integer",
        title: "Returned to Ukraine",
        constraints: { required: true, minimum: 0 },
        missingValues: ["", "not disclosed"],
      },
      ["id"],
      [],
      { locale: "uk", resource: "exchanges" },
    );
    expect(row).toMatchObject({
      title: "Повернуто в Україну",
      type: "ціле число",
      rules: ["0 або більше"],
      missing: [
        {
          value: "not disclosed",
          label: "не розголошено",
          meaning: "Число існує, але влада його не оприлюднила.",
        },
      ],
    });
    const abuses = dictionaryRow(
      { name: "figure", type: "number", missingValues: [{ value: "not stated", label: "x" }] },
      [],
      [],
      { locale: "ru", resource: "abuses" },
    );
    // A field that explains a reason its own way has its own translation.
    expect(abuses.missing[0]?.meaning).not.toBe("x");
    expect(abuses.missing[0]?.label).toBe("не указано");
  });
});

describe("why the history is unavailable, in the language", () => {
  const shallow = {
    available: false,
    reason: "the git checkout is shallow: fetch the full history (git fetch --unshallow)",
    why: "shallow",
  } as const;

  it("explains a known gap in the page's language and keeps English as it was", () => {
    expect(historyGapWords(shallow, "uk")).toEqual({
      text: "git-копія неповна (shallow): потрібна вся історія (git fetch --unshallow)",
      lang: null,
    });
    expect(historyGapWords({ ...shallow, why: "not-git" }, "ru")?.text).toMatch(/^папка с данными/);
    expect(historyGapWords(shallow, "en")).toEqual({ text: shallow.reason, lang: null });
  });

  it("keeps an unforeseen error's English message, marked English", () => {
    expect(
      historyGapWords({ available: false, reason: "fatal: bad object", why: "error" }, "uk"),
    ).toEqual({ text: "fatal: bad object", lang: "en" });
  });
});
