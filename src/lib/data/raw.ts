/**
 * The cells of each row exactly as written in its CSV file, for a record page's "this row as
 * CSV and JSON" and for the row history (history.ts), which reads every past version of every
 * file. The typed rows of the reader say what a cell means; these say what the file holds.
 *
 * The files were validated by the reader (csv.ts, papaparse) before they were published, so
 * this is a small, fast splitter (RFC 4180: quoted cells, doubled quotes, quoted line breaks,
 * CRLF) rather than a second full parser: history parses a 10,000-row file in milliseconds,
 * once per data version. tests/unit/site/records.test.ts holds it to the reader on real data.
 */
import type { LoadedResource } from "./validate.ts";

export interface RawRow {
  /** Cell texts in file order, unquoted. */
  cells: readonly string[];
  /** The row's text in the file, without its line ending (a quoted line break stays in). */
  line: string;
}

export interface RawTable {
  header: readonly string[];
  /** The header line as written. */
  headerLine: string;
  /** Row id (the `key` column) -> its raw row. */
  rows: ReadonlyMap<string, RawRow>;
}

const tables = new WeakMap<LoadedResource, RawTable>();

/** Raw cells and lines of every row of a loaded resource, keyed by id (memoised per resource). */
export function rawTable(resource: LoadedResource): RawTable {
  let table = tables.get(resource);
  if (table === undefined) {
    table = parseRawTable(resource.csvText, resource.primaryKey[0] ?? "id");
    tables.set(resource, table);
  }
  return table;
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** The cells of one record's text: quoted cells, doubled quotes, quoted line breaks. */
export function splitRecord(text: string): string[] {
  const cells: string[] = [];
  const n = text.length;
  let i = 0;
  for (;;) {
    let value = "";
    if (text.charCodeAt(i) === QUOTE) {
      let from = i + 1;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q < 0) {
          value += text.slice(from);
          i = n;
          break;
        }
        value += text.slice(from, q);
        if (text.charCodeAt(q + 1) === QUOTE) {
          value += '"';
          from = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
    }
    // Up to the next comma (anything after a closing quote belongs to the cell).
    let j = text.indexOf(",", i);
    if (j < 0) j = n;
    cells.push(value + text.slice(i, j));
    if (j >= n) return cells;
    i = j + 1;
  }
}

/** A record whose cells are split only when asked for (history compares whole lines). */
class LazyRow implements RawRow {
  readonly line: string;
  private split: readonly string[] | null = null;
  constructor(line: string) {
    this.line = line;
  }
  get cells(): readonly string[] {
    this.split ??= splitRecord(this.line);
    return this.split;
  }
  toJSON(): RawRow {
    return { cells: this.cells, line: this.line };
  }
}

/** The text of each record (blank lines skipped), found without splitting cells. */
export function recordLines(csvText: string): string[] {
  const text = csvText.charCodeAt(0) === 0xfeff ? csvText.slice(1) : csvText;
  const lines: string[] = [];
  const n = text.length;
  let i = 0;
  let quote = text.indexOf('"');
  while (i < n) {
    const c0 = text.charCodeAt(i);
    if (c0 === LF || c0 === CR) {
      i++; // a blank line, or the LF of a CRLF
      continue;
    }
    // The record ends at the first line break outside quotes: quotes before it pair up (a
    // doubled quote inside a cell counts twice, so it changes nothing).
    let from = i;
    let open = false;
    let end: number;
    for (;;) {
      const nl = text.indexOf("\n", from);
      end = nl < 0 ? n : nl;
      // `quote` is the next quote at or after `from`, kept across records: searching afresh
      // per line would scan to the end of a file without quotes once per line.
      if (quote >= 0 && quote < from) quote = text.indexOf('"', from);
      while (quote >= 0 && quote < end) {
        open = !open;
        quote = text.indexOf('"', quote + 1);
      }
      if (!open || nl < 0) break;
      from = end + 1;
    }
    const stop = end > i && text.charCodeAt(end - 1) === CR ? end - 1 : end;
    lines.push(text.slice(i, stop));
    i = end + 1;
  }
  return lines;
}

/** CSV text -> its records (blank lines skipped), each with its cells and its own text. */
export function splitCsv(csvText: string): RawRow[] {
  return recordLines(csvText).map((line) => ({ cells: splitRecord(line), line }));
}

/** The first cell of a record's text, without splitting the rest. */
function firstCell(line: string): string {
  if (line.charCodeAt(0) === QUOTE) return splitRecord(line)[0] ?? "";
  const comma = line.indexOf(",");
  return comma < 0 ? line : line.slice(0, comma);
}

/** Pure: CSV text -> raw table keyed by the `key` column; cells are split when first read. */
export function parseRawTable(csvText: string, key = "id"): RawTable {
  const [headerLine, ...lines] = recordLines(csvText);
  const names = headerLine === undefined ? [] : splitRecord(headerLine);
  const keyAt = Math.max(0, names.indexOf(key));
  const rows = new Map<string, RawRow>();
  for (const line of lines) {
    const row = new LazyRow(line);
    rows.set(keyAt === 0 ? firstCell(line) : (row.cells[keyAt] ?? ""), row);
  }
  return { header: names, headerLine: headerLine ?? "", rows };
}
