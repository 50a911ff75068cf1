/**
 * Story errors that arise before the story checker (remark-story.ts) can run: frontmatter that
 * cannot be read at all (an unclosed quote: yaml-errors.ts), frontmatter the checkers in
 * frontmatter.ts reject, and MDX the parser cannot read (an unclosed <Callout>).
 * All become house-style lines, `src/content/stories/<slug>/index.mdx:LINE:COL message`, with
 * the line found in the raw file. The content loader (src/content.config.ts) calls
 * `checkStoryFile`, and `frontmatterSyntaxError` when Astro cannot read the frontmatter; a
 * build stops on the error, and `npm run dev` keeps it in `pendingStoryError` so every page
 * shows it in the browser (src/middleware.ts) until the file is fixed.
 * Reads only the story file it checks.
 */
import { existsSync, readFileSync } from "node:fs";
import { relative } from "node:path";
import { mdxToMdast } from "satteri";
import type { Checker, FieldIssue } from "./frontmatter";
import { formatProblems, type StoryProblem } from "./problems";
import { frontmatterSyntaxProblems } from "./yaml-errors";

/** Line and column (1-based) of a frontmatter field, or of a list item when the path has an index. */
export function fieldPosition(
  raw: string,
  path: readonly (string | number)[],
): { line: number; column: number } {
  const lines = raw.split(/\r?\n/);
  if (lines[0]?.trim() !== "---") return { line: 1, column: 1 };
  let end = lines.findIndex((l, i) => i > 0 && l.trim() === "---");
  if (end < 0) end = lines.length;
  const [field, index] = path;
  if (typeof field !== "string") return { line: 1, column: 1 };
  const keyLine = lines.findIndex(
    (l, i) => i > 0 && i < end && new RegExp(`^${escape(field)}\\s*:`).test(l),
  );
  // A missing field: point at the closing --- (add the line above it).
  if (keyLine < 0) return { line: end + 1, column: 1 };
  const text = lines[keyLine] ?? "";
  const afterColon = text.indexOf(":") + 1;
  const valueColumn = afterColon + (text.slice(afterColon).search(/\S/) + 1 || 2);
  if (typeof index !== "number") return { line: keyLine + 1, column: valueColumn };

  const bracket = text.indexOf("[", afterColon);
  if (bracket >= 0) {
    // Inline list: find the index-th item between the brackets.
    const items = [...text.slice(bracket + 1).matchAll(/"[^"]*"|'[^']*'|[^,\]\s][^,\]]*/g)];
    const item = items[index];
    return {
      line: keyLine + 1,
      column: item?.index !== undefined ? bracket + 2 + item.index : valueColumn,
    };
  }
  // Block list: the index-th "- item" line under the key.
  let seen = -1;
  for (let i = keyLine + 1; i < end; i++) {
    const m = /^(\s*-\s*)/.exec(lines[i] ?? "");
    if (!m) {
      if (/^\S/.test(lines[i] ?? "")) break;
      continue;
    }
    if (++seen === index) return { line: i + 1, column: (m[1]?.length ?? 0) + 1 };
  }
  return { line: keyLine + 1, column: valueColumn };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The checkers' problems, placed in the raw file. */
export function frontmatterProblems(raw: string, issues: readonly FieldIssue[]): StoryProblem[] {
  return issues.map((issue) => ({ ...fieldPosition(raw, issue.path), message: issue.message }));
}

/** Self-closing components: an editor who forgets the slash leaves them "unclosed". */
const SELF_CLOSING = new Set(["Cite", "Chart", "KeyFigure", "PullQuote"]);

/** The parser's message turned into what to do. */
function explainSyntax(reason: string): string {
  let m = /^Expected a closing tag for `<([\w.]+)>`/.exec(reason);
  if (m) {
    const tag = m[1] ?? "";
    return SELF_CLOSING.has(tag)
      ? `<${tag}> is never closed. End it with a slash: <${tag} ... />.`
      : `<${tag}> is opened here but never closed. Add </${tag}> on its own line after its text, with a blank line before it.`;
  }
  m =
    /^Unexpected closing tag `<\/([\w.]+)>`, expected corresponding closing tag for `<([\w.]+)>` \((\d+):\d+\)/.exec(
      reason,
    );
  if (m) {
    return `</${m[1] ?? ""}> closes a tag that is not open here: <${m[2] ?? ""}> (line ${m[3] ?? "?"}) is still open. Close <${m[2] ?? ""}> first, or remove this </${m[1] ?? ""}>.`;
  }
  if (/closing brace for `\{`/.test(reason) || /in expression/.test(reason)) {
    return "A { opens here and never closes. Curly braces run code, which stories may not do: remove it, or write \\{ for a brace in the text.";
  }
  if (/Unexpected character after `<`/.test(reason)) {
    return 'A < here starts a tag MDX cannot read. For "less than" write the words or &lt;; for a component, check its name and quotes, e.g. <Chart name="exchanges" />.';
  }
  const said = reason.replace(/ \(\d+:\d+\)/g, "");
  return `MDX cannot read the text from here (${said}). Check the tag, quote or brace at this place.`;
}

/** MDX syntax errors (none, or the first: the parser stops there). */
export function mdxSyntaxProblems(raw: string): StoryProblem[] {
  try {
    mdxToMdast(raw);
    return [];
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const m = /^(\d+):(\d+): (.*?)(?: \([\w:-]+\))?$/s.exec(text);
    return [
      {
        line: Number(m?.[1] ?? 1),
        column: Number(m?.[2] ?? 1),
        message: explainSyntax((m?.[3] ?? text).trim()),
      },
    ];
  }
}

/** An error in a story file, in house style; `loc` points Astro's overlay at the first line. */
export class StoryFileError extends Error {
  readonly loc: { file: string; line: number; column: number };
  constructor(file: string, absolute: string, problems: readonly StoryProblem[]) {
    super(formatProblems(file, problems));
    this.name = "StoryError";
    // The lines say where; a stack into the loader would only bury them.
    this.stack = `${this.name}: ${this.message}`;
    const first = [...problems].sort((a, b) => a.line - b.line || a.column - b.column)[0];
    this.loc = { file: absolute, line: first?.line ?? 1, column: first?.column ?? 1 };
  }
}

/** A file's path as messages print it: relative to the project, with forward slashes. */
function shown(absolute: string, root: string | undefined): string {
  return relative(root ?? process.cwd(), absolute)
    .split("\\")
    .join("/");
}

/**
 * The error for a file whose frontmatter Astro could not read at all (`thrown` is what its
 * YAML reader threw), in house style with the line in the file; null when the frontmatter is
 * not the cause (the caller rethrows `thrown`).
 */
export function frontmatterSyntaxError(
  absolute: string,
  raw: string,
  thrown: unknown,
  options: { root?: string } = {},
): StoryFileError | null {
  const problems = frontmatterSyntaxProblems(raw, thrown);
  return problems.length > 0
    ? new StoryFileError(shown(absolute, options.root), absolute, problems)
    : null;
}

/**
 * Checks one story or correction file: its frontmatter (with `checker`) and its MDX syntax.
 * Returns the checker's best reading of the data and the error, if any.
 */
export function checkStoryFile<T>(
  absolute: string,
  data: unknown,
  checker: Checker<T>,
  options: { root?: string; mdx?: boolean } = {},
): { data: T; error: StoryFileError | null } {
  const file = shown(absolute, options.root);
  const raw = readFileSync(absolute, "utf8");
  const checked = checker.check(data);
  const problems = [
    ...frontmatterProblems(raw, checked.issues),
    ...(options.mdx === false ? [] : mdxSyntaxProblems(raw)),
  ];
  return {
    data: checked.data,
    error: problems.length > 0 ? new StoryFileError(file, absolute, problems) : null,
  };
}

// The dev server's pending errors, one per file and stage ("read": the frontmatter cannot be
// read at all; "check": the checkers' problems). On globalThis: the content loader and the
// pages' middleware run in one process but may load this module separately.
const KEY = Symbol.for("captivity-ledger.story-errors");
export type StoryErrorStage = "read" | "check";
interface Pending {
  file: string;
  stage: StoryErrorStage;
  error: StoryFileError;
}
function pending(): Map<string, Pending> {
  const store = globalThis as { [KEY]?: Map<string, Pending> };
  store[KEY] ??= new Map();
  return store[KEY];
}

/**
 * Records (or, with null, clears) the error of one file at one stage. A file that cannot be
 * read keeps its last "check" error, which shows again if the file goes back to that state.
 */
export function setStoryError(
  absolute: string,
  error: StoryFileError | null,
  stage: StoryErrorStage = "check",
): void {
  const key = `${stage}:${absolute}`;
  if (error) pending().set(key, { file: absolute, stage, error });
  else pending().delete(key);
}

/**
 * The first error still pending in a file that still exists, if any; a file that cannot be read
 * at all comes first (its older "check" error describes a version no longer on disk).
 */
export function pendingStoryError(): StoryFileError | null {
  const live = [...pending()].filter(([key, { file }]) => {
    if (existsSync(file)) return true;
    pending().delete(key);
    return false;
  });
  const first = live.find(([, p]) => p.stage === "read") ?? live[0];
  return first?.[1].error ?? null;
}
