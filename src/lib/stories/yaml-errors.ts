/**
 * Frontmatter the YAML reader cannot read at all: an unclosed quote, a tab indent, a line with
 * no colon, a field written twice. Astro reads a story's frontmatter (between the two --- lines)
 * with js-yaml before any checker runs (in @astrojs/mdx's getEntryInfo); when that fails, the
 * content loader (src/content.config.ts) asks this module what went wrong, and the answer is
 * a house-style problem: the line and column in the .mdx file (counting the first --- as line
 * 1) and what to do, in words an editor can act on.
 *
 * The common mistakes are recognised line by line, so each gets its own message at its own
 * place (js-yaml often points a line or two later). Anything else falls back to the `yaml`
 * package's reading, then to js-yaml's own position, with a general fix.
 * Framework-free (only the `yaml` package), so scripts and tests can use it directly.
 */
import { LineCounter, parseDocument } from "yaml";
import type { StoryProblem } from "./problems";

/** The frontmatter as Astro finds it (@astrojs/internal-helpers/frontmatter). */
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

/** The frontmatter's text and the file line (1-based) its first character is on. */
function frontmatterOf(raw: string): { text: string; firstLine: number } | null {
  const m = FRONTMATTER.exec(raw);
  if (!m || m[1] === undefined) return null;
  // The group is followed by the closing --- (three characters).
  const start = m.index + m[0].length - 3 - m[1].length;
  return { text: m[1], firstLine: raw.slice(0, start).split("\n").length };
}

/** Where a value starts on a `key: value` or `- value` line, and what kind of line it is. */
interface Line {
  /** File line number (1-based). */
  number: number;
  text: string;
  indent: number;
  /** The field name, for a `name: value` line. */
  key?: string;
  /** 0-based index in `text` where the value starts, when there is one on this line. */
  valueAt?: number;
  /** A `- item` line. */
  item?: boolean;
}

const KEY_LINE = /^(\s*)([A-Za-z_][\w-]*)\s*:(?=\s|$)/;
const ITEM_LINE = /^(\s*)-(?=\s|$)/;

function readLine(text: string, number: number): Line {
  const indent = /^[ \t]*/.exec(text)?.[0].length ?? 0;
  const key = KEY_LINE.exec(text);
  if (key) {
    const after = key[0].length;
    const rest = text.slice(after);
    const offset = rest.search(/\S/);
    return {
      number,
      text,
      indent,
      key: key[2] ?? "",
      ...(offset >= 0 && !rest.trimStart().startsWith("#") ? { valueAt: after + offset } : {}),
    };
  }
  const item = ITEM_LINE.exec(text);
  if (item) {
    const after = item[0].length;
    const offset = text.slice(after).search(/\S/);
    return {
      number,
      text,
      indent,
      item: true,
      ...(offset >= 0 ? { valueAt: after + offset } : {}),
    };
  }
  return { number, text, indent };
}

/** Index of the quote closing the one at `open`, or -1. */
function closingQuote(text: string, open: number): number {
  const quote = text[open];
  for (let i = open + 1; i < text.length; i++) {
    if (quote === '"' && text[i] === "\\") {
      i++;
      continue;
    }
    if (text[i] !== quote) continue;
    if (quote === "'" && text[i + 1] === "'") {
      i++;
      continue;
    }
    return i;
  }
  return -1;
}

/** What a line's value is called in a message: "title's value", "this list item". */
function whose(line: Line): string {
  return line.key ? `${line.key}'s value` : "this list item";
}

/** The problems found by reading the frontmatter line by line (none if it looks right). */
function lineProblems(lines: readonly Line[]): StoryProblem[] {
  const problems: StoryProblem[] = [];
  const seen = new Map<string, number>();
  let parent: Line | undefined; // the last unindented field
  let firstItem: Line | undefined; // the first "- item" under it
  let skipBelow = -1; // indent above which lines belong to a block or multi-line value
  const at = (line: Line, index: number, message: string) =>
    problems.push({ line: line.number, column: index + 1, message });

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const body = line.text.trim();
    if (body === "" || body.startsWith("#")) continue;
    if (skipBelow >= 0 && line.indent > skipBelow && !/^\s*\t/.test(line.text)) continue;
    skipBelow = -1;

    const tab = /^[ ]*\t/.exec(line.text);
    if (tab) {
      at(
        line,
        tab[0].length - 1,
        "This line is indented with a tab, which the frontmatter cannot read. Indent with spaces instead (two spaces before each - item of a list).",
      );
      continue;
    }

    if (line.indent === 0 && !line.item) {
      if (!line.key) {
        const glued = /^([A-Za-z_][\w-]*):(\S)/.exec(line.text);
        if (glued)
          at(
            line,
            (glued[1] ?? "").length + 1,
            `Put a space after the colon: ${glued[1] ?? ""}: ${line.text.slice((glued[1] ?? "").length + 1)}`,
          );
        else {
          const word = /^[A-Za-z_][\w-]*/.exec(line.text)?.[0];
          const rest = word ? line.text.slice(word.length).trim() : "";
          at(
            line,
            0,
            word
              ? `This line has no colon after the field name. Write it as ${word}: ${rest || "..."}`
              : 'This line is not a field. Each line of the frontmatter is name: value, e.g. title: "Calls home"; a list item starts with two spaces and a dash.',
          );
        }
        parent = undefined;
        continue;
      }
      const first = seen.get(line.key);
      if (first !== undefined)
        at(
          line,
          0,
          `${line.key} is written twice (first on line ${first}). Keep one of the two lines and delete the other.`,
        );
      else seen.set(line.key, line.number);
      parent = line;
      firstItem = undefined;
    } else if (line.item) {
      if (parent && parent.valueAt === undefined) {
        if (!firstItem) firstItem = line;
        else if (line.indent !== firstItem.indent)
          at(
            line,
            0,
            `This list item is indented differently from the one on line ${firstItem.number}. Line up the dashes: put ${firstItem.indent} spaces before each -.`,
          );
      }
    } else if (line.key && parent) {
      if (parent.valueAt !== undefined || firstItem)
        at(
          line,
          0,
          `This line is indented, but fields start at the beginning of the line. Remove the spaces before ${line.key}.`,
        );
      continue;
    }

    if (line.valueAt === undefined) continue;
    const value = line.text.slice(line.valueAt);
    const start = value[0] ?? "";
    if (start === '"' || start === "'") {
      const close = closingQuote(line.text, line.valueAt);
      if (close < 0) {
        // A quoted value may go on over indented lines; it is unclosed if none of them closes it.
        let closedLater = false;
        for (let j = i + 1; j < lines.length; j++) {
          const next = lines[j] as Line;
          if (next.indent === 0 && next.text.trim() !== "") break;
          if (next.text.includes(start)) closedLater = true;
        }
        if (!closedLater)
          at(
            line,
            line.valueAt,
            `The quote that opens ${whose(line)} is never closed. Add ${start} at the end of the value, or drop both quotes.`,
          );
        else skipBelow = line.indent;
        continue;
      }
      const after = line.text.slice(close + 1);
      const extra = after.search(/\S/);
      if (extra >= 0 && !after.trimStart().startsWith("#")) {
        const other = start === '"' ? "'" : '"';
        // "The "big" exchange": the outer quotes go; "Calls" home: the quotes are the editor's.
        const typed = value.trimEnd();
        const whole = typed.length > 1 && typed.endsWith(start) ? typed.slice(1, -1) : typed;
        at(
          line,
          close + 1 + extra,
          `The quotes around ${whose(line)} close before the value ends. To use ${start} inside a value, put the whole value in ${other === "'" ? "single" : "double"} quotes: ${line.key ? `${line.key}: ` : "- "}${other}${whole}${other}`,
        );
      }
      continue;
    }
    if (start === "[") {
      const problem = flowListProblem(line.text, line.valueAt);
      if (problem) at(line, problem.index, problem.message);
      continue;
    }
    if (start === "|" || start === ">") {
      skipBelow = line.indent;
      continue;
    }
    if ("@`%*&!".includes(start)) {
      at(
        line,
        line.valueAt,
        `A value cannot start with ${start}. Put the whole value in quotes: ${line.key ? `${line.key}: ` : "- "}"${value.trimEnd()}"`,
      );
      continue;
    }
    const colon = value.search(/:(\s|$)/);
    if (colon >= 0) {
      at(
        line,
        line.valueAt + colon,
        `${line.key ? `${line.key}'s value` : "This list item"} has a colon followed by a space, which the frontmatter reads as a new field. Put the whole value in quotes: ${line.key ? `${line.key}: ` : "- "}"${value.trimEnd()}"`,
      );
    }
  }
  return problems;
}

/** An unclosed [ list, or two items without a comma between them. */
function flowListProblem(text: string, open: number): { index: number; message: string } | null {
  let expectItem = true;
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i] ?? "";
    if (/\s/.test(c)) continue;
    if (c === "]") return null;
    if (c === ",") {
      expectItem = true;
      continue;
    }
    if (c === "#" && /\s/.test(text[i - 1] ?? "")) break;
    if (!expectItem)
      return {
        index: i,
        message:
          'The items of a list are separated by commas. Add a comma before this item, e.g. topics: ["exchanges", "contact"].',
      };
    if (c === '"' || c === "'") {
      const close = closingQuote(text, i);
      if (close < 0)
        return {
          index: i,
          message: `The quote that opens this list item is never closed. Add ${c} at the end of the item.`,
        };
      i = close;
    } else {
      while (i + 1 < text.length && !/[,\]]/.test(text[i + 1] ?? "")) i++;
    }
    expectItem = false;
  }
  return {
    index: open,
    message:
      'The list opened with [ is never closed. End it with ] on the same line, e.g. topics: ["exchanges"].',
  };
}

/** 0-based line and column of `offset` in `text`. */
function place(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const lines = before.split("\n");
  return { line: lines.length - 1, column: (lines.at(-1) ?? "").length };
}

const GENERAL =
  "Check the quotes, colons and indentation on this line against another story's frontmatter: each line is name: value, text with a colon or quotes inside goes in quotes, and list items are indented with spaces.";

/**
 * The problems in a story file's frontmatter that stop it from being read at all, in file
 * lines and columns. `thrown` is the error Astro's reader (js-yaml) threw, if any: when nothing
 * here recognises the problem, its position is used. Empty when the frontmatter reads fine
 * (or there is none: the field checks in frontmatter.ts report that), whatever else went wrong.
 */
export function frontmatterSyntaxProblems(raw: string, thrown?: unknown): StoryProblem[] {
  const found = frontmatterOf(raw);
  if (!found) return [];
  const counter = new LineCounter();
  const doc = parseDocument(found.text, { lineCounter: counter, prettyErrors: false });
  const first = doc.errors[0];
  // Only a frontmatter that really cannot be read is reported: the line rules below look for
  // the likely mistake, and must not find one in a frontmatter that reads fine.
  const mark = (thrown as { mark?: { position?: unknown } } | undefined)?.mark;
  if (!first && mark === undefined) return [];

  const lines = found.text
    .split("\n")
    .map((text, index) => readLine(text.replace(/\r$/, ""), found.firstLine + index));
  const problems = lineProblems(lines);
  if (problems.length > 0) return problems;

  if (first) {
    const pos = counter.linePos(first.pos[0]);
    const said = first.message.split("\n")[0]?.replace(/\s+at line \d+.*$/, "") ?? "";
    return [
      {
        line: found.firstLine + pos.line - 1,
        column: pos.col,
        message: `The frontmatter cannot be read from here (${said}). ${GENERAL}`,
      },
    ];
  }

  if (typeof mark?.position === "number") {
    const pos = place(found.text, mark.position);
    const reason = (thrown as { reason?: unknown }).reason;
    return [
      {
        line: found.firstLine + pos.line,
        column: pos.column + 1,
        message: `The frontmatter cannot be read from here${typeof reason === "string" ? ` (${reason})` : ""}. ${GENERAL}`,
      },
    ];
  }
  return [];
}
