import { describe, expect, it } from "vitest";
import { load, loadPackage } from "../../src/lib/data";
import {
  indexTranslations,
  numbersIn,
  outOfDateMarkdown,
  translationCoverage,
  translationProblems,
  type TranslatedFile,
  type TranslationCells,
} from "../../src/lib/data/translations";
import { proseIn } from "../../src/lib/data/prose";
import { keepNumbersTogether } from "../../src/lib/format";

describe("numbers in a translation", () => {
  it("reads 1,358 and 1 358 as one number, 1.5 and 1,5 as the same two", () => {
    expect(numbersIn("About 1,358 on 24 February 2022; 1.5%")).toEqual(
      numbersIn("Близько 1 358 на 24 лютого 2022; 1,5%"),
    );
    expect(numbersIn("1 358")).toEqual(["1358"]);
    expect(numbersIn("Близько 1 385")).not.toEqual(numbersIn("About 1,358"));
  });

  it("keeps a hand-written number together with a no-break space", () => {
    expect(keepNumbersTogether("понад 1 358 осіб у 2022 році")).toBe(
      "понад 1\u00a0358 осіб у 2022 році",
    );
  });
});

describe("translation rows against the cells they translate", () => {
  const files = new Map<string, TranslatedFile>([
    [
      "exchanges",
      {
        fields: [
          { name: "notes", descriptor: { name: "notes", "x-translate": true } },
          { name: "mediator", descriptor: { name: "mediator" } },
        ],
        cells: new Map([["2024-01-31", { notes: "About 1,358 returned." }]]),
      },
    ],
  ]);
  const row = (over: Partial<TranslationCells> = {}): TranslationCells => ({
    id: "exchanges/2024-01-31/notes/uk",
    resource: "exchanges",
    record_id: "2024-01-31",
    field: "notes",
    language: "uk",
    english: "About 1,358 returned.",
    text: "Повернуто близько 1 358.",
    ...over,
  });

  it("accepts a current translation and counts a changed English as out of date", () => {
    const { problems, states } = translationProblems(
      [
        row(),
        row({
          id: "exchanges/2024-01-31/notes/ru",
          language: "ru",
          english: "About 1,300 returned.",
          text: "Около 1 300.",
        }),
      ],
      files,
    );
    expect(problems).toEqual([]);
    expect(states).toEqual(["current", "out of date"]);
  });

  it("names a wrong id, a missing row, a column we do not translate and a changed number", () => {
    const { problems } = translationProblems(
      [
        row({ id: "exchanges/2024-01-31/uk" }),
        row({ id: "exchanges/2024-02-01/notes/uk", record_id: "2024-02-01" }),
        row({ id: "exchanges/2024-01-31/mediator/uk", field: "mediator" }),
        row({ text: "Повернуто близько 1 385." }),
      ],
      files,
    );
    expect(problems.map((p) => [p.index, p.code])).toEqual([
      [0, "translation-id"],
      [1, "translation-row"],
      [2, "translation-field"],
      [3, "translation-numbers"],
    ]);
    expect(problems[0]?.message).toContain('should be "exchanges/2024-01-31/notes/uk"');
    expect(problems[2]?.message).toContain("Use one of: notes");
    expect(problems[3]?.message).toContain("1385");
  });

  it("the index gives a translation only while its English is the cell's", () => {
    const index = indexTranslations(load("translations"));
    const first = load("translations")[0];
    if (!first) throw new Error("no translations");
    const { resource, record_id, field, language, english, text } = first;
    expect(index.textIn(resource, record_id, field, english, language)).toBe(text);
    expect(index.textIn(resource, record_id, field, `${english} Changed.`, language)).toBeNull();
  });
});

describe("the real translations (data/translations.csv)", () => {
  const rows = load("translations");

  it("are current, in their language's script, every one", () => {
    expect(rows.length).toBeGreaterThan(1000);
    for (const c of translationCoverage(loadPackage())) expect(c.outOfDate, c.language).toEqual([]);
    for (const t of rows) {
      expect(t.text, t.id).toMatch(/[\u0400-\u04ff]/);
      if (t.language === "uk") expect(t.text, t.id).not.toMatch(/[ыэъё]/);
      if (t.language === "ru") expect(t.text, t.id).not.toMatch(/[іїєґ]/);
    }
  });

  it("a reviewer's data:diff lists the translations a change left out of date", () => {
    expect(outOfDateMarkdown(translationCoverage(loadPackage()))).toBe("");
    const notes = loadPackage().resources["exchanges"]!;
    const t = rows.find((r) => r.resource === "exchanges" && r.field === "notes");
    if (!t) throw new Error("no exchange notes translated");
    const changed = {
      resources: {
        ...loadPackage().resources,
        exchanges: {
          ...notes,
          rows: notes.rows.map((r) =>
            r["id"] === t.record_id ? { ...r, notes: "New words." } : r,
          ),
        },
      },
    };
    const md = outOfDateMarkdown(translationCoverage(changed));
    expect(md).toContain("## Translations now out of date");
    expect(md).toContain(`- \`exchanges/${t.record_id}/notes/uk\``);
    expect(md).toContain(`- \`exchanges/${t.record_id}/notes/ru\``);
  });

  it("are what a page shows, and the English, marked, once the cell changes", () => {
    const t = rows.find(
      (r) => r.resource === "sources" && r.field === "summary" && r.language === "uk",
    );
    if (!t) throw new Error("no Ukrainian summary");
    expect(proseIn("sources", t.record_id, "summary", t.english, "uk")).toEqual({
      text: keepNumbersTogether(t.text),
      lang: null,
      translated: true,
    });
    expect(proseIn("sources", t.record_id, "summary", "Now says more.", "uk")).toEqual({
      text: "Now says more.",
      lang: "en",
      translated: false,
    });
    expect(proseIn("sources", t.record_id, "summary", t.english, "en").text).toBe(t.english);
  });
});
