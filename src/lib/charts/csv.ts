/** The chart's rows as CSV text, for the download beside each chart (figure.ts, chartCsvFiles). */
import Papa from "papaparse";
import type { TableModel } from "./model.ts";

/**
 * CSV text of exactly the rows in the table, in the CSV columns. No formula escaping: the
 * validator rejects formula-like cells before anything is published (see PITFALLS.md).
 */
export function toCsv(table: TableModel): string {
  const fields = table.csvColumns.slice();
  const data = table.rows.map((row) => fields.map((key) => row[key] ?? ""));
  return Papa.unparse({ fields, data }, { newline: "\r\n" });
}
