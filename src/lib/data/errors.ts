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

const ESCAPES: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };
const INVISIBLE = new Set([0xa0, 0xad, 0x2007, 0x200b, 0x200c, 0x200d, 0x202f, 0x2060, 0xfeff]);

/** Quote a found value for a message, making line breaks, tabs and invisible characters visible. */
export function show(value: string): string {
  const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
  let visible = "";
  for (const c of shown) {
    const code = c.charCodeAt(0);
    if (code < 0x20 || INVISIBLE.has(code)) {
      visible += ESCAPES[c] ?? `[U+${code.toString(16).toUpperCase().padStart(4, "0")}]`;
    } else {
      visible += c;
    }
  }
  return `"${visible}"`;
}

/**
 * The candidate closest to `value` by case-insensitive edit distance, if it is close enough
 * to be a likely typo: at most 2 edits, and at most a third of the shorter word (at least 1).
 */
export function closest(value: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const d = distance(value.toLowerCase(), candidate.toLowerCase());
    const allowed = Math.max(1, Math.floor(Math.min(value.length, candidate.length) / 3));
    if (d <= allowed && d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 3;
}
