import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { correctionSchema, storySchema } from "../../../src/lib/stories/frontmatter";
import {
  checkStoryFile,
  fieldPosition,
  mdxSyntaxProblems,
} from "../../../src/lib/stories/story-errors";

const schema = storySchema(() => new Set(["known-source", "other-source"]));
const root = mkdtempSync(join(tmpdir(), "story-errors-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Writes a story under root and checks it as the content loader does. */
function check(name: string, text: string, data: Record<string, unknown>): string | undefined {
  const dir = join(root, "src/content/stories", name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "index.mdx"), text);
  return checkStoryFile(join(dir, "index.mdx"), data, schema, { root }).error?.message;
}

const FRONT = `---
title: "T"
dek: "D"
byline: "B"
published: 01/12/2026
topics: ["exchanges"]
sources:
  - "known-source"
  - "no-such-source"
---
`;

describe("where a frontmatter problem is", () => {
  it("finds a field's value, a block-list item and an inline-list item", () => {
    expect(fieldPosition(FRONT, ["published"])).toEqual({ line: 5, column: 12 });
    expect(fieldPosition(FRONT, ["sources", 1])).toEqual({ line: 9, column: 5 });
    expect(fieldPosition('---\ntopics: ["a", "b"]\n---\n', ["topics", 1])).toEqual({
      line: 2,
      column: 15,
    });
  });

  it("points a missing field at the closing --- (the line to add it above)", () => {
    expect(fieldPosition(FRONT, ["contentNote"])).toEqual({ line: 10, column: 1 });
  });
});

describe("MDX the parser cannot read", () => {
  it("names an unclosed <Callout> at its line with the fix", () => {
    expect(
      mdxSyntaxProblems('---\ntitle: x\n---\n\nText.\n\n<Callout kind="context">\nMore.\n'),
    ).toEqual([
      {
        line: 7,
        column: 1,
        message:
          "<Callout> is opened here but never closed. Add </Callout> on its own line after its text, with a blank line before it.",
      },
    ]);
  });

  it("tells an editor who forgot the slash of <Cite> to add it", () => {
    expect(mdxSyntaxProblems('Text.<Cite id="a">\n')[0]?.message).toBe(
      "<Cite> is never closed. End it with a slash: <Cite ... />.",
    );
  });

  it("explains a stray brace and a bare < in words", () => {
    expect(mdxSyntaxProblems("Text { more\n")[0]?.message).toMatch(/^A \{ opens here/);
    expect(mdxSyntaxProblems("Fewer than 3<4 people\n")[0]?.message).toMatch(/^A < here/);
  });

  it("finds nothing in good MDX", () => {
    expect(
      mdxSyntaxProblems('Text.<Cite id="a" />\n\n<Callout kind="context">\nX\n</Callout>\n'),
    ).toEqual([]);
  });
});

describe("a story file as the loader checks it", () => {
  it("lists every problem in house style, file:line:col and a fix, in file order", () => {
    const text = `${FRONT.replace('title: "T"\n', "")}\nText.\n\n<Callout kind="context">\nMore.\n`;
    const message = check("broken", text, {
      dek: "D",
      byline: "B",
      published: "01/12/2026",
      topics: ["exchanges"],
      sources: ["known-source", "no-such-source"],
    });
    const file = "src/content/stories/broken/index.mdx";
    expect(message).toBe(
      [
        `${file}:4:12 published "01/12/2026" is not a date we can read. Dates are written year-month-day. Write published: 2026-12-01 if you mean 1 December 2026, or published: 2026-01-12 if you mean 12 January 2026.`,
        `${file}:8:5 source id "no-such-source" is not in data/sources.csv. Check the spelling against the id column of data/sources.csv, or ask a reporter to add the source there first.`,
        `${file}:9:1 title is missing. Add a line such as: title: "Calls home"`,
        `${file}:13:1 <Callout> is opened here but never closed. Add </Callout> on its own line after its text, with a blank line before it.`,
        `(4 problems in ${file}; see docs/editors.md, "Error messages".)`,
      ].join("\n"),
    );
  });

  it("passes a good story", () => {
    const text = `---\ntitle: "T"\n---\n\nText.<Cite id="known-source" />\n`;
    const data = {
      title: "T",
      dek: "D",
      byline: "B",
      published: new Date("2026-11-23T00:00:00Z"),
      topics: ["exchanges"],
      sources: ["known-source"],
    };
    expect(check("good", text, data)).toBeUndefined();
  });

  it("checks a correction note's frontmatter too", () => {
    const file = join(root, "note.md");
    writeFileSync(file, "---\ndate: 2026-11-24\nsumary: x\n---\n");
    const { error } = checkStoryFile(
      file,
      { date: new Date("2026-11-24T00:00:00Z"), sumary: "x" },
      correctionSchema,
      { root, mdx: false },
    );
    expect(error?.message.split("\n")).toEqual([
      'note.md:3:9 "sumary" is not a field we know. Did you mean summary? Rename it.',
      "note.md:4:1 summary is missing. Say what was wrong and what it now says.",
      "note.md:4:1 reason is missing. Say why it changed.",
      '(3 problems in note.md; see docs/editors.md, "Error messages".)',
    ]);
  });
});
