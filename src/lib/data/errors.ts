/**
 * Issues found in the data package, and the one error the reader throws.
 * Every issue names a place in a file (1-based line and column), the column's field when
 * there is one, a stable code for tests and tools, and a message a reporter can act on.
 */

export interface Issue {
  /** File the issue is in, e.g. `data/exchanges.csv`. */
  file: string;
  /** 1-based line in the file (not the record number: quoted line breaks count). */
  line: number;
  /** 1-based character column on that line. */
  column: number;
  /** Field (CSV column name) the cell belongs to, when the issue is about a cell. */
  field?: string;
  /** Stable kebab-case code, e.g. `not-integer`. */
  code: string;
  /** What was found and what to write instead, in plain words. */
  message: string;
}

/** `data/exchanges.csv:14:3 (returned_to_ukraine): "12a" is not a whole number. ...` */
export function formatIssue(issue: Issue): string {
  const field = issue.field === undefined ? "" : ` (${issue.field})`;
  return `${issue.file}:${issue.line}:${issue.column}${field}: ${issue.message}`;
}

/** Files in name order, then lines, then columns: the order a reporter fixes them in. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  return [...issues].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column,
  );
}

/** Thrown by `load()` / `loadPackage()` when the package has any issue; lists them all. */
export class DataPackageError extends Error {
  readonly issues: readonly Issue[];

  constructor(issues: readonly Issue[]) {
    const sorted = sortIssues(issues);
    super(
      `The data package has ${sorted.length} problem${sorted.length === 1 ? "" : "s"}` +
        ` (run \`npm run check:data\` for the same list):\n` +
        sorted.map(formatIssue).join("\n"),
    );
    this.name = "DataPackageError";
    this.issues = sorted;
  }
}

/** Quote a found value for a message, showing invisible characters. */
export function show(value: string): string {
  const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
  return JSON.stringify(shown);
}
