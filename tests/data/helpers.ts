// Build small data packages for the validator's tests: the valid fixture package, with some
// files replaced. Each package lives in its own temporary directory named `data`, so issues
// name files as `data/<file>` just as they do for the real package.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";

export const FIXTURES = join(import.meta.dirname, "../fixtures/data");
export const VALID = join(FIXTURES, "valid");
export const BYTES = join(FIXTURES, "bytes");

const created: string[] = [];
afterAll(() => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
});

/** Text of a file of the valid fixture package. */
export function validText(file: string): string {
  return readFileSync(join(VALID, file), "utf8");
}

/**
 * A copy of the valid package with files replaced (a string or bytes), or deleted (null).
 * Returns the package directory.
 */
export function packageWith(changes: Record<string, string | Uint8Array | null> = {}): string {
  const root = mkdtempSync(join(tmpdir(), "captivity-data-"));
  created.push(root);
  const dir = join(root, "data");
  cpSync(VALID, dir, { recursive: true });
  for (const [file, content] of Object.entries(changes)) {
    if (content === null) rmSync(join(dir, file));
    else writeFileSync(join(dir, file), content);
  }
  return dir;
}

/** The marker for where an issue is expected in a test file's text. */
export const HERE = "‸";

/**
 * Remove the marker from `text` and say where it was: 1-based line and column, counting
 * `\n` as the end of a line (and `\r\n` as one line end), as an editor shows it.
 */
export function marked(text: string): { text: string; line: number; column: number } {
  const at = text.indexOf(HERE);
  if (at === -1 || text.indexOf(HERE, at + 1) !== -1) throw new Error("mark exactly one place");
  const before = text.slice(0, at);
  const line = before.split("\n").length;
  return { text: before + text.slice(at + 1), line, column: at - before.lastIndexOf("\n") };
}

/** Replace `from` (which must occur exactly once) in a valid file's text. */
export function edit(file: string, from: string, to: string): string {
  const text = validText(file);
  const at = text.indexOf(from);
  if (at === -1 || text.indexOf(from, at + 1) !== -1)
    throw new Error(`"${from}" is not unique in ${file}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/**
 * "Today" for checks of a copy of the real data/: the day of its latest version, so the
 * tests stay true on any later day and a data update never has to move a pinned date.
 */
export const REAL_DATA_TODAY: string = (
  JSON.parse(readFileSync(join(import.meta.dirname, "../../data/datapackage.json"), "utf8")) as {
    updated: string;
  }
).updated;
