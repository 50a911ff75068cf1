/**
 * Our prose in the data, in the site's other languages (data/translations.csv): which text a
 * page shows for a cell, and what a row of translations must hold. The schema checks each cell
 * (a known file, a site language, no empty text); this checks each row against the cell it
 * translates, and the validator (validate.ts) places each problem at its file, line and column.
 *
 * A translation keeps the English it was made from. While that is the cell's text, the page shows
 * the translation; once the cell changes, the translation is out of date and the page shows the
 * English again (marked as English), so a corrected figure is never hidden behind an old
 * translation. Out-of-date rows are not errors: `npm run check:data` counts them.
 */
import type { CellValue } from "./cells.ts";
import { issueAt, type DatedResource } from "./dates.ts";
import type { Issue } from "./errors.ts";
import type { FieldSpec } from "./schema.ts";
import type { TranslationRow } from "./types.ts";

/** The resource that holds the translations. */
export const TRANSLATIONS = "translations";

/** A translation row's cells as written (before the schema narrows them). */
export type TranslationCells = Readonly<Record<keyof TranslationRow, string>>;

/** A row's id: `exchanges/2024-01-31/notes/uk`. */
export const translationId = (
  t: Pick<TranslationCells, "resource" | "record_id" | "field" | "language">,
): string => `${t.resource}/${t.record_id}/${t.field}/${t.language}`;

/** Whether datapackage.json marks a column as ours to translate (`"x-translate": true`). */
export const isTranslatable = (descriptor: Readonly<Record<string, unknown>>): boolean =>
  descriptor["x-translate"] === true;

/**
 * The numbers in a text, as digit strings in order of size: "1,358" and "1 358" are one number
 * (a thousands separator), "1.5" and "1,5" the same two. A translation must hold the same.
 */
export function numbersIn(text: string): string[] {
  const joined = text.replace(/(?<=\d)[,\u00a0\u202f ](?=\d{3}(?!\d))/g, "");
  return (joined.match(/\d+/g) ?? []).sort();
}

/** What one translation row says about its cell. */
export type TranslationState = "current" | "out of date";

/** The translations of one package, by cell, for lookups while pages are built. */
export interface TranslationIndex {
  /** The text to show for a cell in `language`: the translation while it is current, else null. */
  textIn(
    resource: string,
    recordId: string,
    field: string,
    english: string,
    language: string,
  ): string | null;
}

export function indexTranslations(rows: readonly TranslationRow[]): TranslationIndex {
  const byId = new Map(rows.map((r) => [translationId(r), r]));
  return {
    textIn(resource, recordId, field, english, language) {
      const row = byId.get(`${resource}/${recordId}/${field}/${language}`);
      return row !== undefined && row.english === english ? row.text : null;
    },
  };
}

/** One problem with a translation row, by its index in translations.csv. */
export interface TranslationProblem {
  index: number;
  field: string;
  code: string;
  message: string;
}

/** A translated cell's file: its columns and its rows' text, by row id. */
export interface TranslatedFile {
  fields: readonly Pick<FieldSpec, "name" | "descriptor">[];
  cells: ReadonlyMap<string, Readonly<Record<string, string>>>;
  /** The file has problems of its own: its rows are not checked against (no knock-on problems). */
  damaged?: boolean;
}

/**
 * Problems with the translations: an id that is not `<file>/<row>/<column>/<language>`, a row
 * or column that does not exist or is not ours to translate, and a translation whose numbers
 * differ from the English it translates. Also the state of each row (current or out of date).
 */
export function translationProblems(
  rows: readonly TranslationCells[],
  files: ReadonlyMap<string, TranslatedFile>,
): { problems: TranslationProblem[]; states: TranslationState[] } {
  const problems: TranslationProblem[] = [];
  const states: TranslationState[] = [];
  rows.forEach((t, index) => {
    const push = (field: string, code: string, message: string) =>
      problems.push({ index, field, code, message });
    const expected = translationId(t);
    if (t.id !== expected) {
      push(
        "id",
        "translation-id",
        `The id "${t.id}" should be "${expected}": the file, the row's id, the column and the language, joined by slashes. Write that id.`,
      );
    }
    const file = files.get(t.resource);
    const column = file?.fields.find((f) => f.name === t.field);
    const cells = file?.cells.get(t.record_id);
    if (file === undefined) {
      states.push("out of date");
      return;
    }
    if (column === undefined || !isTranslatable(column.descriptor)) {
      const allowed = file.fields.filter((f) => isTranslatable(f.descriptor)).map((f) => f.name);
      push(
        "field",
        "translation-field",
        `${t.resource}.csv has no column "${t.field}" that we translate. Use one of: ${allowed.join(", ")} (the columns marked "x-translate" in datapackage.json).`,
      );
    } else if (cells === undefined && !file.damaged) {
      push(
        "record_id",
        "translation-row",
        `${t.resource}.csv has no row "${t.record_id}". Check the id against that file, or delete this translation if the row was removed.`,
      );
    }
    if (numbersIn(t.english).join(" ") !== numbersIn(t.text).join(" ")) {
      push(
        "text",
        "translation-numbers",
        `The translation holds the numbers ${list(numbersIn(t.text))}, the English ${list(numbersIn(t.english))}. A translation keeps every figure, date and count of the English: correct the translation (write 1,358 as "1 358" and 1.5 as "1,5").`,
      );
    }
    const current = cells?.[t.field];
    states.push(current !== undefined && current === t.english ? "current" : "out of date");
  });
  return { problems, states };
}

const list = (numbers: readonly string[]): string =>
  numbers.length === 0 ? "(none)" : numbers.join(", ");

const text = (value: CellValue | undefined): string =>
  typeof value === "string" ? value : value === null || value === undefined ? "" : String(value);

/**
 * Our prose in one file, by row id: each row's cells in the columns marked "x-translate" that
 * hold text (a reason such as "not stated" is not our prose: each language's dictionary gives it).
 */
function proseCells(
  fields: readonly Readonly<Record<string, unknown>>[],
  rows: readonly Readonly<Record<string, unknown>>[],
): Map<string, Record<string, string>> {
  const columns = fields.filter(isTranslatable).map((f) => String(f["name"]));
  const cells = new Map<string, Record<string, string>>();
  for (const row of rows) {
    const prose: Record<string, string> = {};
    for (const c of columns) {
      const value = row[c];
      if (typeof value === "string" && value !== "") prose[c] = value;
    }
    cells.set(String(row["id"]), prose);
  }
  return cells;
}

/** The files we translate: their columns and their prose (the English a translation keeps). */
function translatedFiles(
  resources: ReadonlyMap<string, DatedResource>,
  damaged: ReadonlySet<string>,
): Map<string, TranslatedFile> {
  const files = new Map<string, TranslatedFile>();
  for (const [name, resource] of resources) {
    if (name === TRANSLATIONS) continue;
    const cells = proseCells(
      resource.fields.map((f) => f.descriptor),
      resource.rows.map((r) => r.values),
    );
    files.set(name, { fields: resource.fields, cells, damaged: damaged.has(resource.file) });
  }
  return files;
}

/**
 * The row checks on checked resources, as issues with their place (validate.ts). `damaged`
 * names files that already have problems: translations are not checked against their rows.
 */
export function translationIssues(
  resources: ReadonlyMap<string, DatedResource>,
  damaged: ReadonlySet<string> = new Set(),
): Issue[] {
  const translations = resources.get(TRANSLATIONS);
  if (!translations) return [];
  const rows = translations.rows.map((r) => ({
    id: text(r.values["id"]),
    resource: text(r.values["resource"]),
    record_id: text(r.values["record_id"]),
    field: text(r.values["field"]),
    language: text(r.values["language"]),
    english: text(r.values["english"]),
    text: text(r.values["text"]),
    ok: r.failed === null || r.failed.size === 0,
  }));
  const { problems } = translationProblems(rows, translatedFiles(resources, damaged));
  const issues: Issue[] = [];
  for (const p of problems) {
    // Rows whose cells already failed are reported once, by the schema checks.
    if (!rows[p.index]?.ok) continue;
    issues.push(...issueAt(translations, p.index, p.field, p.code, p.message));
  }
  return issues;
}

/** How much of our prose each language has, for `npm run check:data`'s summary. */
export interface TranslationCoverage {
  language: string;
  /** Cells of ours (columns marked "x-translate") that hold prose, not a reason. */
  cells: number;
  /** Of those, translated and current. */
  current: number;
  /** Translations whose English has changed since: the pages show the English. */
  outOfDate: string[];
}

/** Per language of translations.csv, how many prose cells are translated and which are out of date. */
export function translationCoverage(pkg: {
  resources: Readonly<
    Record<
      string,
      {
        fields: readonly Readonly<Record<string, unknown>>[];
        rows: readonly Readonly<Record<string, unknown>>[];
      }
    >
  >;
}): TranslationCoverage[] {
  const translations = (pkg.resources[TRANSLATIONS]?.rows ?? []) as unknown as TranslationRow[];
  const languages = [...new Set(translations.map((t) => t.language))].sort();
  const prose = new Map<string, string>();
  for (const [name, resource] of Object.entries(pkg.resources)) {
    if (name === TRANSLATIONS) continue;
    for (const [id, cells] of proseCells(resource.fields, resource.rows))
      for (const [column, text] of Object.entries(cells))
        prose.set(`${name}/${id}/${column}`, text);
  }
  return languages.map((language) => {
    const mine = translations.filter((t) => t.language === language);
    const outOfDate = mine
      .filter((t) => prose.get(`${t.resource}/${t.record_id}/${t.field}`) !== t.english)
      .map((t) => t.id);
    return { language, cells: prose.size, current: mine.length - outOfDate.length, outOfDate };
  });
}

/** For `npm run data:diff`: the translations a change left out of date, as Markdown ("" if none). */
export function outOfDateMarkdown(coverage: readonly TranslationCoverage[]): string {
  const stale = coverage.filter((c) => c.outOfDate.length > 0);
  if (stale.length === 0) return "";
  const lines = ["## Translations now out of date", ""];
  lines.push(
    "Their English cell changed: the Ukrainian and Russian pages show the English until each is translated again (docs/reporters.md).",
    "",
  );
  for (const c of stale) for (const id of c.outOfDate) lines.push(`- \`${id}\``);
  return `${lines.join("\n")}\n`;
}
