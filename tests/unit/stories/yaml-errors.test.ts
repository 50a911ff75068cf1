/**
 * Frontmatter the YAML reader cannot read: each kind of mistake gets its own line, column
 * (in the .mdx file, counting the first --- as line 1) and fix. The reader Astro uses (js-yaml,
 * through @astrojs/mdx) must really reject each example, so the cases are real failures.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import mdx from "@astrojs/mdx";
import { afterAll, describe, expect, it } from "vitest";
import {
  frontmatterSyntaxError,
  pendingStoryError,
  setStoryError,
} from "../../../src/lib/stories/story-errors";
import { frontmatterSyntaxProblems } from "../../../src/lib/stories/yaml-errors";

/** A story whose frontmatter lines are `lines` (line 1 is ---, so lines[0] is line 2). */
function story(...lines: string[]): string {
  return `---\n${lines.join("\n")}\n---\n\nA sentence.\n`;
}

const GOOD = [
  'title: "Calls home"',
  'dek: "What the story shows."',
  'byline: "Captivity Ledger staff"',
  "published: 2026-11-23",
  'topics: ["exchanges"]',
  "sources:",
  '  - "known-source"',
];

/** The .mdx entry type the MDX integration gives Astro's content loaders. */
interface EntryType {
  getEntryInfo(params: { fileUrl: URL; contents: string }): Promise<unknown>;
}
let entryType: EntryType | undefined;
await mdx().hooks["astro:config:setup"]?.({
  config: {},
  updateConfig: () => undefined,
  addPageExtension: () => undefined,
  addRenderer: () => undefined,
  addContentEntryType: (type: EntryType) => (entryType = type),
} as never);

/** What Astro's reader throws on `raw`, read as the content loader reads a story (nothing if it reads). */
async function astroReads(raw: string): Promise<unknown> {
  if (!entryType) throw new Error("@astrojs/mdx gave no .mdx entry type");
  try {
    await entryType.getEntryInfo({ fileUrl: pathToFileURL("/story/index.mdx"), contents: raw });
    return undefined;
  } catch (error) {
    return error;
  }
}

/** The problems for `raw`, after checking that Astro's reader really rejects it. */
async function problems(raw: string) {
  const thrown = await astroReads(raw);
  expect(thrown, "Astro's reader accepts this frontmatter").toBeDefined();
  return frontmatterSyntaxProblems(raw, thrown);
}

describe("frontmatter that cannot be read", () => {
  it("reads a good frontmatter (and a folded dek with quotes and colons) as fine", async () => {
    expect(frontmatterSyntaxProblems(story(...GOOD))).toEqual([]);
    const folded = story(...GOOD, "contentNote: >", '  It says "beaten": twice.');
    expect(await astroReads(folded)).toBeUndefined();
    expect(frontmatterSyntaxProblems(folded)).toEqual([]);
  });

  it("reports nothing for a frontmatter that reads, even if it looks odd line by line", async () => {
    // A quoted value may go on over an indented line; a value may start with a YAML tag (!!str),
    // which the line rules would take for a mistake.
    const odd = story(
      ...GOOD.slice(0, 2),
      "byline: !!str Captivity Ledger staff",
      ...GOOD.slice(3),
      'contentNote: "One sentence',
      '  that goes on."',
    );
    expect(await astroReads(odd)).toBeUndefined();
    expect(frontmatterSyntaxProblems(odd, new Error("not about the frontmatter"))).toEqual([]);
  });

  it("places an unclosed quote where it opens, not where the reader gave up", async () => {
    const raw = story('title: "Calls home', ...GOOD.slice(1));
    expect(await problems(raw)).toEqual([
      {
        line: 2,
        column: 8,
        message:
          "The quote that opens title's value is never closed. Add \" at the end of the value, or drop both quotes.",
      },
    ]);
    // js-yaml itself points two lines further down.
    expect(((await astroReads(raw)) as { mark: { line: number } }).mark.line).not.toBe(1);
  });

  it("names a tab used for indentation", async () => {
    const raw = story(...GOOD.slice(0, 6), '\t- "known-source"');
    expect(await problems(raw)).toEqual([
      {
        line: 8,
        column: 1,
        message:
          "This line is indented with a tab, which the frontmatter cannot read. Indent with spaces instead (two spaces before each - item of a list).",
      },
    ]);
  });

  it("names a line with no colon and shows it written right", async () => {
    const raw = story(GOOD[0] ?? "", 'dek "What the story shows."', ...GOOD.slice(2));
    expect(await problems(raw)).toEqual([
      {
        line: 3,
        column: 1,
        message:
          'This line has no colon after the field name. Write it as dek: "What the story shows."',
      },
    ]);
  });

  it("names a field written twice, with the line of the first", async () => {
    const raw = story(...GOOD, 'title: "Calls home, again"');
    expect(await problems(raw)).toEqual([
      {
        line: 9,
        column: 1,
        message:
          "title is written twice (first on line 2). Keep one of the two lines and delete the other.",
      },
    ]);
  });

  it("explains quotes inside a quoted value, a colon in a plain value and an unclosed list", async () => {
    expect(await problems(story('title: "The "big" exchange"', ...GOOD.slice(1)))).toEqual([
      {
        line: 2,
        column: 14,
        message:
          "The quotes around title's value close before the value ends. To use \" inside a value, put the whole value in single quotes: title: 'The \"big\" exchange'",
      },
    ]);
    expect(await problems(story("title: Calls home: the numbers", ...GOOD.slice(1)))).toEqual([
      {
        line: 2,
        column: 18,
        message:
          'title\'s value has a colon followed by a space, which the frontmatter reads as a new field. Put the whole value in quotes: title: "Calls home: the numbers"',
      },
    ]);
    expect(
      await problems(story(...GOOD.slice(0, 4), 'topics: ["exchanges"', ...GOOD.slice(5))),
    ).toEqual([
      {
        line: 6,
        column: 9,
        message:
          'The list opened with [ is never closed. End it with ] on the same line, e.g. topics: ["exchanges"].',
      },
    ]);
  });

  it("names an indented field and a list item out of line", async () => {
    expect(await problems(story(GOOD[0] ?? "", '  dek: "What the story shows."'))).toEqual([
      {
        line: 3,
        column: 1,
        message:
          "This line is indented, but fields start at the beginning of the line. Remove the spaces before dek.",
      },
    ]);
    expect(await problems(story(...GOOD, ' - "other-source"'))).toEqual([
      {
        line: 9,
        column: 1,
        message:
          "This list item is indented differently from the one on line 8. Line up the dashes: put 2 spaces before each -.",
      },
    ]);
  });

  it("counts lines from the file's first line, blank lines and Windows line ends included", async () => {
    const raw = story(...GOOD, "", "# a comment", 'byline: "Again"').replace(/\n/g, "\r\n");
    expect((await problems(raw)).map((p) => [p.line, p.column])).toEqual([[11, 1]]);
  });

  it("falls back to the reader's own place with a general fix for anything else", async () => {
    const raw = story(...GOOD, "contentNote: [a, {b]");
    const [problem, ...rest] = await problems(raw);
    expect(rest).toEqual([]);
    expect(problem?.line).toBe(9);
    expect(problem?.message).toMatch(
      /^The frontmatter cannot be read from here \(.+\)\. Check the quotes, colons and indentation on this line/,
    );
  });
});

describe("the error a build or the dev server shows", () => {
  const root = mkdtempSync(join(tmpdir(), "yaml-errors-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("names the file, line and column in house style", async () => {
    const dir = join(root, "src/content/stories/calls-home");
    mkdirSync(dir, { recursive: true });
    const file = join(dir, "uk.mdx");
    const raw = story('title: "Дзвінки додому', 'dek: "Що показує історія."');
    writeFileSync(file, raw);
    const error = frontmatterSyntaxError(file, raw, await astroReads(raw), { root });
    expect(error?.message).toBe(
      "src/content/stories/calls-home/uk.mdx:2:8 The quote that opens title's value is never closed. Add \" at the end of the value, or drop both quotes.\n" +
        '(1 problem in src/content/stories/calls-home/uk.mdx; see docs/editors.md, "Error messages".)',
    );
    expect(error?.loc).toEqual({ file, line: 2, column: 8 });
  });

  it("shows an unreadable file before its older field problems, and clears by stage", async () => {
    const file = join(root, "pending.mdx");
    writeFileSync(file, "x");
    const older = frontmatterSyntaxError(file, story("title: @x"), undefined, { root });
    const unread = frontmatterSyntaxError(file, story('title: "x'), undefined, { root });
    expect(older && unread).toBeTruthy();
    setStoryError(file, older, "check");
    setStoryError(file, unread, "read");
    expect(pendingStoryError()).toBe(unread);
    setStoryError(file, null, "read");
    expect(pendingStoryError()).toBe(older);
    setStoryError(file, null, "check");
    expect(pendingStoryError()).toBeNull();
  });
});
