/**
 * Spreadsheet round trips: name the cause first.
 *
 * A spreadsheet that saves a CSV may write a row with semicolons between cells, or rewrite
 * every date day-first (`2022-03-01` -> `01/03/2022`), ids included. The cell checks then see
 * the symptoms: "1 cells", "not a date", ids that point nowhere. This pass runs on the finished
 * list of issues and the files' texts:
 * - it rewrites a symptom whose cause it recognises (a semicolon row, a day-first date or id)
 *   into a message that names the cause and gives the fix, with the ISO date to write;
 * - when a whole file shows the same cause (on half of its rows or more), it gives ONE leading message for
 *   the file and folds the knock-on problems (in that file and in files whose ids point to it)
 *   into a count, so the cause is not buried under hundreds of lines.
 * Problems it cannot explain are kept as they are.
 */
import type { Issue } from "./errors.ts";
import { show, sortIssues } from "./errors.ts";

/** One CSV file as this pass reads it. */
export interface DiagnosedFile {
  /** File label, as in issues (`data/exchanges.csv`). */
  file: string;
  /** Resource name (`exchanges`). */
  name: string;
  /** The file's text without the byte-order mark (issue columns count from it). */
  text: string;
  hadBom: boolean;
  /** Fields that hold ids of another resource, with that resource's name. */
  foreignKeys: readonly { field: string; resource: string }[];
  /** Column index of the single-field primary key, or null. */
  keyColumn: number | null;
  /**
   * The resource's own id cells (single-field primary key) with their place; only those for
   * which `maybeSpreadsheetDate` holds are needed.
   */
  keyCells: readonly { value: string; line: number; column: number }[];
}

/**
 * A cause is taken as the whole file's when it shows on at least this many lines and on at
 * least half of the file's rows: a few rows pasted or typed wrongly get one message each, with
 * their own fix (restoring the file would throw away the reporter's work).
 */
export const FOLD_AT = 3;

function wholeFile(lines: number, rows: number): boolean {
  return lines >= FOLD_AT && lines * 2 >= rows;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/** `01/03/2022`, `1.3.2022`, `01-03-2022` (a whole cell), or the start of an id. */
const NUMERIC_DATE = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?=$|-)/;
/** `Mar-22` or `Mar 2022`: how spreadsheets show a month they read from `2022-03`. */
const MONTH_NAME = /^([A-Za-z]{3})[- ](\d{2}|\d{4})$/;

/** A cheap first test: could this value be a date a spreadsheet rewrote? */
export function maybeSpreadsheetDate(value: string): boolean {
  return /^(?:\d{1,2}[./-]|[A-Za-z]{3}[- ]\d)/.test(value);
}

/** A date as a spreadsheet rewrote it, and what it was: `01/03/2022` -> 2022-03-01 (or 2022-01-03). */
export interface SpreadsheetDate {
  found: string;
  /** The rest of an id after the date (`-b` in `01-03-2022-b`), else "". */
  rest: string;
  /** ISO reading with the day first, if that is a real date. */
  dayFirst: string | null;
  /** ISO reading with the month first, if that is a real date. */
  monthFirst: string | null;
  /** Month-name form (`Mar-22`): the year-month it stands for. */
  month: string | null;
}

function realDay(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Read a cell value as a date a spreadsheet rewrote, or null. */
export function spreadsheetDate(value: string): SpreadsheetDate | null {
  const numeric = NUMERIC_DATE.exec(value);
  if (numeric) {
    const [a, b, y] = [Number(numeric[1]), Number(numeric[3]), Number(numeric[4])];
    const dayFirst = realDay(y, b, a);
    // Dates with dots (01.03.2022) are written day first wherever dots are used.
    const monthFirst = numeric[2] === "." ? null : realDay(y, a, b);
    if (!dayFirst && !monthFirst) return null;
    const found = numeric[0];
    return { found, rest: value.slice(found.length), dayFirst, monthFirst, month: null };
  }
  const named = MONTH_NAME.exec(value);
  const index = named ? MONTHS.indexOf((named[1] ?? "").toLowerCase()) : -1;
  if (named && index !== -1) {
    const year = (named[2] ?? "").length === 2 ? `20${named[2]}` : (named[2] ?? "");
    const month = `${year}-${String(index + 1).padStart(2, "0")}`;
    return { found: value, rest: "", dayFirst: null, monthFirst: null, month };
  }
  return null;
}

/** Which order the dates of a file are in, judged from those that can be read only one way. */
type Order = "day" | "month" | "unknown";

function fileOrder(dates: readonly SpreadsheetDate[]): Order {
  const day = dates.some((d) => d.dayFirst && !d.monthFirst);
  const month = dates.some((d) => d.monthFirst && !d.dayFirst);
  return day === month ? "unknown" : day ? "day" : "month";
}

/** The ISO value to write for a rewritten date (with an id's rest), as the file's order says. */
function isoFor(date: SpreadsheetDate, order: Order): string | null {
  if (date.month) return date.month;
  const pick =
    order === "month"
      ? (date.monthFirst ?? date.dayFirst)
      : order === "day"
        ? (date.dayFirst ?? date.monthFirst)
        : date.dayFirst && date.monthFirst && date.dayFirst !== date.monthFirst
          ? null
          : (date.dayFirst ?? date.monthFirst);
  return pick === null ? null : pick + date.rest;
}

/** What to write instead of one rewritten date, in words (`order`: judged from this date alone). */
function suggestion(date: SpreadsheetDate, order: Order): string {
  if (date.month) {
    return `Write the year and month: ${date.month} (check the year in the source).`;
  }
  const iso = isoFor(date, order);
  if (iso !== null) {
    const why = order === "unknown" ? "" : ` (it can only be ${order} first)`;
    return `Write it year first: ${iso}${why}.`;
  }
  return `Write it year first: ${date.dayFirst ?? ""}${date.rest} if it means day ${Number(date.found.split(/[./-]/)[0])}, month ${Number(date.found.split(/[./-]/)[1])}; or ${date.monthFirst ?? ""}${date.rest} if the month comes first. Both are real dates: check the source.`;
}

/** Offsets of line starts (\n, \r\n and \r end lines, as in text.ts). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

/** The text of line `line` (1-based), without its line break. */
function lineText(text: string, starts: readonly number[], line: number): string {
  const start = starts[line - 1];
  if (start === undefined) return "";
  const end = starts[line] ?? text.length;
  return text.slice(start, end).replace(/\r?\n$|\r$/, "");
}

/** The cell (or list item) starting at a line and column: up to a comma, a `;` or the line end. */
function cellAtPlace(
  text: string,
  starts: readonly number[],
  line: number,
  column: number,
): string {
  const rest = lineText(text, starts, line).slice(column - 1);
  if (rest.startsWith('"')) {
    const m = /^"((?:[^"]|"")*)"/.exec(rest);
    return m ? (m[1] ?? "").replaceAll('""', '"') : rest;
  }
  return /^[^,;]*/.exec(rest)?.[0] ?? "";
}

/** Split a line at `delimiter` outside quotes; cells come back without their quotes. */
function splitLine(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') {
      if (quoted && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = !quoted;
    } else if (c === delimiter && !quoted) {
      cells.push(cell);
      cell = "";
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `lines 2, 3, 4 and 75 more` */
function lineList(lines: readonly number[]): string {
  const shown = lines.slice(0, 3).join(", ");
  const more = lines.length - 3;
  return lines.length === 1
    ? `line ${shown}`
    : `lines ${shown}${more > 0 ? ` and ${more} more` : ""}`;
}

function savedBy(file: DiagnosedFile): string {
  const marks = [
    file.hadBom ? "starts with a byte-order mark" : "",
    file.text.includes("\r\n") ? "has Windows line endings (CRLF)" : "",
  ].filter(Boolean);
  return marks.length === 0
    ? ""
    : ` The file also ${marks.join(" and ")}, another sign that a spreadsheet saved it; ${marks.length === 1 ? "that is" : "those are"} harmless.`;
}

interface Cause {
  file: DiagnosedFile;
  /** Where the message goes (the first row or cell with the cause). */
  place: Issue;
  code: string;
  /** Issues explained by the cause (left out of the list). */
  folded: Set<Issue>;
  /** Id values of the damaged rows as they should read: knock-ons in other files use them. */
  repairedKeys: Set<string>;
  /** The message, once the knock-ons in other files are counted. */
  message(elsewhere: Map<string, number>): string;
}

function elsewhereText(elsewhere: Map<string, number>, whose: string): string {
  if (elsewhere.size === 0) return "";
  const total = [...elsewhere.values()].reduce((a, b) => a + b, 0);
  const parts = [...elsewhere].map(([file, n]) => `${n} in ${file.replace(/^.*\//, "")}`);
  return ` This also explains ${plural(total, "problem")} in other files (${parts.join(", ")}): ids that point to ${whose}, left out of this list.`;
}

/** Rewrite recognised symptoms, fold whole-file causes; other issues pass through unchanged. */
export function diagnose(issues: readonly Issue[], files: readonly DiagnosedFile[]): Issue[] {
  const byFile = new Map(files.map((f) => [f.file, f]));
  const byName = new Map(files.map((f) => [f.name, f]));
  // Line starts are found only for files that have issues (a clean 100,000-row file costs nothing).
  const startsMemo = new Map<string, number[]>();
  const startsOf = (file: DiagnosedFile): number[] => {
    let starts = startsMemo.get(file.file);
    if (!starts) startsMemo.set(file.file, (starts = lineStarts(file.text)));
    return starts;
  };
  const causes: Cause[] = [];

  // Ids that begin with a day-first date pass the id pattern (digits and hyphens): report
  // them, unless their cell already has a problem.
  const found: Issue[] = [...issues];
  const placed = new Set(issues.map((i) => `${i.file}:${i.line}:${i.column}`));
  for (const file of files) {
    for (const key of file.keyCells) {
      const date = NUMERIC_DATE.exec(key.value) ? spreadsheetDate(key.value) : null;
      if (!date || placed.has(`${file.file}:${key.line}:${key.column}`)) continue;
      found.push({
        file: file.file,
        line: key.line,
        column: key.column,
        code: "day-first-id",
        message: "",
      });
    }
  }

  if (found.length === 0) return [];
  for (const file of files) {
    const list = sortIssues(found.filter((i) => i.file === file.file));
    if (list.length === 0) continue;
    const fileStarts = startsOf(file);
    const width = splitLine(lineText(file.text, fileStarts, 1), ",").length;
    const keyAt = new Map(file.keyCells.map((k) => [`${k.line}:${k.column}`, k.value]));

    // Rows written with semicolons.
    const semicolonRows: { issue: Issue; cells: string[]; commaCells: number }[] = [];
    for (const issue of list) {
      if (issue.code !== "wrong-cell-count") continue;
      const line = lineText(file.text, fileStarts, issue.line);
      const cells = splitLine(line, ";");
      if (line.includes(";") && cells.length === width) {
        semicolonRows.push({ issue, cells, commaCells: splitLine(line, ",").length });
      }
    }
    const rowKey = (cells: readonly string[]): string[] =>
      file.keyColumn === null ? [] : [cells[file.keyColumn] ?? ""];

    // Data rows, roughly: non-empty lines after the header (a quoted line break adds one).
    const rows = fileStarts.filter((start, i) => i > 0 && start < file.text.length).length;
    if (wholeFile(semicolonRows.length, rows)) {
      const lines = semicolonRows.map((r) => r.issue.line);
      const first = semicolonRows[0]?.issue ?? list[0];
      if (first) {
        causes.push({
          file,
          place: first,
          code: "semicolon-rows",
          folded: new Set(semicolonRows.map((r) => r.issue)),
          repairedKeys: new Set(semicolonRows.flatMap((r) => rowKey(r.cells))),
          message: (elsewhere) =>
            `${plural(lines.length, "row")} of this file (${lineList(lines)}) use semicolons (;) between cells, while the header uses commas: a spreadsheet saved the file with the separator of its language settings. Export it again as "CSV UTF-8 (comma delimited)" (docs/reporters.md, step 1) and run the check again; these rows were not checked.${elsewhereText(elsewhere, "these rows")}${savedBy(file)}`,
        });
      }
    } else {
      for (const row of semicolonRows) {
        causes.push({
          file,
          place: row.issue,
          code: "semicolon-row",
          folded: new Set([row.issue]),
          repairedKeys: new Set(rowKey(row.cells)),
          message: (elsewhere) =>
            `This row uses semicolons (;) as separators instead of commas, so it reads as ${plural(row.commaCells, "cell")} where the header has ${width}. It was probably pasted from a sheet saved with semicolons. Replace the semicolons between cells with commas (keep those inside a list such as UAE;US, and put a text holding a comma in quotes), or export the sheet again as "CSV UTF-8 (comma delimited)". This row's values were not checked.${elsewhereText(elsewhere, "this row")}`,
        });
      }
    }

    // Dates and ids a spreadsheet rewrote.
    const dated: { issue: Issue; date: SpreadsheetDate; value: string; key: boolean }[] = [];
    for (const issue of list) {
      if (issue.code === "wrong-cell-count") continue;
      const value = cellAtPlace(file.text, fileStarts, issue.line, issue.column);
      const date = spreadsheetDate(value);
      const key = keyAt.get(`${issue.line}:${issue.column}`) === value;
      if (date) dated.push({ issue, date, value, key });
    }
    const order = fileOrder(dated.map((d) => d.date));
    const repairedKey = (d: (typeof dated)[number]): string[] => {
      const iso = d.key ? isoFor(d.date, order) : null;
      return iso === null ? [] : [iso];
    };

    if (wholeFile(new Set(dated.map((d) => d.issue.line)).size, rows)) {
      const first = dated[0];
      if (first) {
        const lines = [...new Set(dated.map((d) => d.issue.line))];
        const example = isoFor(first.date, order);
        const telling = dated.find((d) =>
          order === "day" ? !d.date.monthFirst : order === "month" ? !d.date.dayFirst : false,
        );
        const orderText = telling
          ? ` They are ${order} first: ${show(telling.value)} can only be read that way.`
          : dated.some(
                (d) =>
                  d.date.dayFirst && d.date.monthFirst && d.date.dayFirst !== d.date.monthFirst,
              )
            ? " Whether the day or the month comes first cannot be told from this file: compare with the source or the last version."
            : "";
        causes.push({
          file,
          place: first.issue,
          code: "spreadsheet-dates",
          folded: new Set(dated.map((d) => d.issue)),
          repairedKeys: new Set(dated.flatMap(repairedKey)),
          message: (elsewhere) =>
            `A spreadsheet rewrote the dates of this file: ${plural(dated.length, "cell")} on ${plural(lines.length, "line")} (${lineList(lines)}) are no longer year first, starting with ${show(first.value)}${example === null ? "" : ` for ${example}`}.${orderText} Do not retype them one by one: restore the file (git restore ${file.file}) and make your change again, opening the CSV with those columns as text (LibreOffice: in the import window click each date column and set Column type to Text; Google Sheets: File > Import, untick "Convert text to numbers, dates, and formulas"; Excel: Data > From Text/CSV > Transform Data, then set those columns to Text).${elsewhereText(elsewhere, "these rows")}${savedBy(file)}`,
        });
      }
    } else {
      for (const d of dated) {
        const id =
          d.key ||
          ["day-first-id", "pattern-mismatch", "unknown-foreign-key"].includes(d.issue.code);
        const what = !id
          ? "This date is written"
          : d.date.rest === ""
            ? "This id is a date written"
            : "This id starts with a date written";
        const how = d.date.month
          ? "the way a spreadsheet shows a month"
          : d.date.dayFirst && d.date.monthFirst && d.date.dayFirst !== d.date.monthFirst
            ? "day first or month first"
            : d.date.dayFirst
              ? "day first"
              : "month first";
        causes.push({
          file,
          place: d.issue,
          code: d.issue.code, // the symptom keeps its code; the message names the cause
          folded: new Set([d.issue]),
          repairedKeys: new Set(repairedKey(d)),
          message: (elsewhere) =>
            `${what} ${how}: ${show(d.value)}, as a spreadsheet may save it. ${suggestion(d.date, fileOrder([d.date]))} Dates, and ids made from dates, are always written year first (YYYY-MM-DD).${elsewhereText(elsewhere, "this row")}`,
        });
      }
    }
  }

  // Knock-ons in other files: ids pointing to rows of a damaged file that will exist once the
  // cause is fixed.
  const folded = new Set<Issue>(causes.flatMap((c) => [...c.folded]));
  const elsewhere = new Map<Cause, Map<string, number>>(causes.map((c) => [c, new Map()]));
  for (const issue of found) {
    if (folded.has(issue)) continue;
    // A translation of a row whose id the cause damaged (its file is named in another column).
    const translation = issue.code === "translation-row";
    if (issue.code !== "unknown-foreign-key" && !translation) continue;
    const file = byFile.get(issue.file);
    const target = file?.foreignKeys.find((fk) => fk.field === issue.field)?.resource;
    const targetFile = target === undefined ? undefined : byName.get(target);
    if (!file || (!targetFile && !translation)) continue;
    const value = cellAtPlace(file.text, startsOf(file), issue.line, issue.column);
    // A translation's id starts with the name of the file it translates; any cause in that
    // file may have damaged the row (an ambiguous date id has no one repaired key): once the
    // cause is fixed, check:data names any translation still without its row.
    const translated = translation
      ? byName.get(cellAtPlace(file.text, startsOf(file), issue.line, 1).split("/")[0] ?? "")
      : undefined;
    const cause = causes.find((c) =>
      translation ? c.file === translated : c.file === targetFile && c.repairedKeys.has(value),
    );
    if (!cause) continue;
    folded.add(issue);
    const counts = elsewhere.get(cause);
    counts?.set(issue.file, (counts.get(issue.file) ?? 0) + 1);
  }

  const out = found.filter((i) => !folded.has(i));
  for (const cause of causes) {
    const { place } = cause;
    // A whole-file cause is about the file, not one column.
    const field = cause.folded.size > 1 ? undefined : place.field;
    out.push({
      file: place.file,
      line: place.line,
      column: place.column,
      ...(field === undefined ? {} : { field }),
      code: cause.code,
      message: cause.message(elsewhere.get(cause) ?? new Map()),
    });
  }
  return out;
}
