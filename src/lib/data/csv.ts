/**
 * CSV text -> records of cells, each cell with its character offset in the file.
 * papaparse does the parsing (delimiter pinned, no typing, no header magic, no skipped lines);
 * this module adds what papaparse does not give: where each cell starts, and problems
 * (quotes, blank lines, wrong delimiter) as offsets that the validator turns into lines.
 */
import Papa from "papaparse";

export interface Cell {
  value: string;
  /** Offset of the cell's first character (its opening quote, if quoted) in the text. */
  offset: number;
  quoted: boolean;
}

/**
 * One record: its cell texts (as papaparse gives them) and where each cell starts. Cells are
 * kept as two arrays, not one object per cell, so that 100,000 rows stay cheap to hold;
 * `cellAt` builds a Cell when one is needed.
 */
export interface CsvRecord {
  values: readonly string[];
  offsets: readonly number[];
  /** Offset of the record's first character. */
  offset: number;
  /** The cells as objects, built on each access (for callers that want them all). */
  readonly cells: Cell[];
}

class Record implements CsvRecord {
  readonly values: readonly string[];
  readonly offsets: readonly number[];
  readonly offset: number;
  private readonly text: string;

  constructor(text: string, values: readonly string[], offsets: readonly number[], offset: number) {
    this.text = text;
    this.values = values;
    this.offsets = offsets;
    this.offset = offset;
  }

  get cells(): Cell[] {
    const cells: Cell[] = [];
    for (let c = 0; c < this.values.length; c++) {
      const cell = cellAt(this.text, this, c);
      if (cell) cells.push(cell);
    }
    return cells;
  }
}

/** Cell `c` of a record in `text`, or undefined past the record's end. */
export function cellAt(text: string, record: CsvRecord, c: number): Cell | undefined {
  const value = record.values[c];
  const offset = record.offsets[c];
  if (value === undefined || offset === undefined) return undefined;
  return { value, offset, quoted: text.charCodeAt(offset) === QUOTE };
}

export interface CsvProblem {
  offset: number;
  code: string;
  message: string;
}

export interface ParsedCsv {
  /** The header record, or null when the file could not be read at all. */
  header: CsvRecord | null;
  /** Data records, without the header and without trailing blank lines. */
  records: CsvRecord[];
  problems: CsvProblem[];
}

const QUOTE = 34;
const COMMA = 44;

/** Parse CSV text (BOM already removed). Never throws; problems say what could not be read. */
export function parseCsv(text: string): ParsedCsv {
  const problems: CsvProblem[] = [];
  if (text.trim() === "") {
    problems.push({
      offset: 0,
      code: "empty-file",
      message:
        "The file is empty. It needs at least the header row (the column names). Export the sheet again, or restore the file from the last version.",
    });
    return { header: null, records: [], problems };
  }

  const firstBreak = text.search(/\r|\n/);
  const headerLine = firstBreak === -1 ? text : text.slice(0, firstBreak);
  if (!headerLine.includes(",")) {
    if (headerLine.includes(";")) {
      problems.push({
        offset: headerLine.indexOf(";"),
        code: "semicolon-delimited",
        message:
          "This file uses semicolons (;) between columns. Export it again as comma-separated: in your spreadsheet choose File > Download (or Save as) > CSV UTF-8 (comma delimited).",
      });
      return { header: null, records: [], problems };
    }
    if (headerLine.includes("\t")) {
      problems.push({
        offset: headerLine.indexOf("\t"),
        code: "tab-delimited",
        message:
          "This file uses tabs between columns. Export it again as comma-separated: CSV UTF-8 (comma delimited).",
      });
      return { header: null, records: [], problems };
    }
  }

  const result = Papa.parse<string[]>(text, {
    delimiter: ",",
    quoteChar: '"',
    escapeChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
  });
  const linebreak = result.meta.linebreak || "\n";
  const data = result.data;
  // papaparse gives one record index per quote error; the first one is where reading failed.
  let firstQuoteError = Number.POSITIVE_INFINITY;
  for (const error of result.errors) {
    if (error.type === "Quotes" && error.row !== undefined && error.row < firstQuoteError) {
      firstQuoteError = error.row;
    }
  }

  // The last record that is not a bare empty line: those after it are trailing blank lines.
  let last = data.length - 1;
  while (last >= 0 && isBlank(data[last])) last--;

  const records: CsvRecord[] = [];
  let pos = 0;
  for (let r = 0; r <= last; r++) {
    const values = data[r] ?? [];
    const recordOffset = pos;
    if (r === firstQuoteError) {
      problems.push(quoteProblem(text, recordOffset));
      break;
    }
    const offsets: number[] = [];
    let broken = false;
    for (let c = 0; c < values.length; c++) {
      if (c > 0) {
        if (text.charCodeAt(pos) !== COMMA) {
          broken = true;
          break;
        }
        pos++;
      }
      const value = values[c] ?? "";
      const quoted = text.charCodeAt(pos) === QUOTE;
      offsets.push(pos);
      pos += quoted ? value.length + 2 + countQuotes(value) : value.length;
    }
    if (broken || (pos < text.length && !text.startsWith(linebreak, pos))) {
      problems.push(quoteProblem(text, recordOffset));
      break;
    }
    pos += linebreak.length;
    if (isBlank(values)) {
      problems.push({
        offset: recordOffset,
        code: "blank-line",
        message:
          "This line is empty. Delete the empty line (empty lines are allowed only at the end of the file).",
      });
      continue;
    }
    records.push(new Record(text, values, offsets, recordOffset));
  }

  const [header = null, ...rest] = records;
  return { header, records: rest, problems };
}

function isBlank(values: readonly string[] | undefined): boolean {
  return values === undefined || (values.length === 1 && values[0] === "");
}

function countQuotes(value: string): number {
  let n = 0;
  for (let i = value.indexOf('"'); i !== -1; i = value.indexOf('"', i + 1)) n++;
  return n;
}

/**
 * Find the quote that broke reading in the record starting at `start`: a quoted cell that is
 * never closed, or a quote inside a quoted cell that is not doubled.
 */
function quoteProblem(text: string, start: number): CsvProblem {
  const after = "Lines after it could not be read, so they were not checked.";
  let pos = start;
  while (pos < text.length) {
    if (text.charCodeAt(pos) === QUOTE) {
      const opening = pos;
      let i = pos + 1;
      for (;;) {
        const close = text.indexOf('"', i);
        if (close === -1) {
          return {
            offset: opening,
            code: "unterminated-quote",
            message: `This cell opens a quote (") that is never closed. Add the closing quote at the end of the cell, or remove the opening one. ${after}`,
          };
        }
        if (text.charCodeAt(close + 1) === QUOTE) {
          i = close + 2;
          continue;
        }
        const next = text[close + 1];
        if (next === undefined || next === "," || next === "\n" || next === "\r") {
          pos = close + 1;
          break;
        }
        return {
          offset: close,
          code: "stray-quote",
          message: `A quote (") inside a quoted cell must be written twice (""). Double it, or let your spreadsheet export the file. ${after}`,
        };
      }
      continue;
    }
    // Skip an unquoted cell.
    while (pos < text.length && text[pos] !== "," && text[pos] !== "\n" && text[pos] !== "\r")
      pos++;
    if (text[pos] === "\n" || text[pos] === "\r") break;
    pos++;
  }
  return {
    offset: start,
    code: "malformed-quote",
    message: `This line's quotes (") could not be read. Check that every quoted cell starts and ends with a quote and that quotes inside it are doubled (""). ${after}`,
  };
}
