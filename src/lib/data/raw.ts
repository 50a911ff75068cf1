/**
 * The cells of each row exactly as written in its CSV file, for a record page's "this row as
 * CSV and JSON": the typed rows of the reader say what a cell means, these say what the file
 * holds. Read from the loaded package's text (no file is read again), once per resource.
 */
import { parseCsv } from "./csv.ts";
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
  /** Row id (first primary-key column) -> its raw row. */
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

/** Pure: CSV text -> raw table keyed by the `key` column. */
export function parseRawTable(csvText: string, key = "id"): RawTable {
  const text = csvText.replace(/^\uFEFF/, "");
  const { header, records } = parseCsv(text);
  const names = header ? [...header.values] : [];
  const keyAt = Math.max(0, names.indexOf(key));
  const lineOf = (start: number, end: number): string =>
    text.slice(start, end).replace(/(\r?\n)+$/, "");
  const rows = new Map<string, RawRow>();
  records.forEach((record, i) => {
    const next = records[i + 1]?.offset ?? text.length;
    rows.set(record.values[keyAt] ?? "", {
      cells: record.values,
      line: lineOf(record.offset, next),
    });
  });
  return {
    header: names,
    headerLine: header ? lineOf(header.offset, records[0]?.offset ?? text.length) : "",
    rows,
  };
}
