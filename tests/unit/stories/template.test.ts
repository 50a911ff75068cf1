import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import * as prettier from "prettier";
import { afterAll, describe, expect, it } from "vitest";
import { storySchema } from "../../../src/lib/stories/frontmatter";
import { slugify } from "../../../src/lib/stories/slug";
import { knownSourceIds } from "../../../src/lib/stories/sources";
import { checkStoryFile } from "../../../src/lib/stories/story-errors";
import {
  EXAMPLE_SOURCE_ID,
  SCAFFOLD_TEXT,
  scaffoldTextLeft,
  storyTemplate,
} from "../../../src/lib/stories/template";

describe("new story scaffold", () => {
  it("makes a plain address from any title", () => {
    expect(slugify("“I want to live”: Ukraine's hotline")).toBe("i-want-to-live-ukraine-s-hotline");
    expect(slugify("Über   Kyiv — 2024!")).toBe("uber-kyiv-2024");
    expect(slugify("!!!")).toBe("");
  });

  it("writes a draft whose examples cite only the stand-in id and the KeyFigure row's source", () => {
    const text = storyTemplate({
      title: 'A "quoted" title',
      today: "2026-11-23",
      total: { id: "total-1", sourceId: "seed-b" },
    });
    expect(text).toContain('title: "A \\"quoted\\" title"');
    expect(text).toContain("draft: true");
    expect(text).toContain("published: 2026-11-23");
    expect(text).toContain(`sources:\n  - "${EXAMPLE_SOURCE_ID}"\n  - "seed-b"\n`);
    for (const tag of ["<Cite", "<Chart", "<KeyFigure", "<PullQuote", "<Callout"])
      expect(text).toContain(tag);
  });

  it("every example text of the scaffold is one the checker finds (and so refuses outside drafts)", () => {
    const text = storyTemplate({
      title: "A title",
      today: "2026-11-23",
      total: { id: "total-1", sourceId: "seed-b" },
    });
    const found = scaffoldTextLeft(text).map((p) => p.message);
    expect(found).toHaveLength(Object.keys(SCAFFOLD_TEXT).length);
    for (const words of Object.values(SCAFFOLD_TEXT))
      expect(found.some((m) => m.startsWith(`"${words}"`))).toBe(true);
  });
});

describe("npm run new:story", () => {
  const dir = mkdtempSync(join(tmpdir(), "new-story-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    "writes a story that passes Prettier (npm run check) and the frontmatter checker untouched",
    { timeout: 30_000 },
    async () => {
      execFileSync(
        process.execPath,
        ["scripts/new-story.mjs", "A long title for a story, to test line widths"],
        {
          env: { ...process.env, CAPTIVITY_STORIES_DIR: dir },
          encoding: "utf8",
        },
      );
      const file = join(dir, "a-long-title-for-a-story-to-test-line-widths", "index.mdx");
      const text = readFileSync(file, "utf8");
      // What `prettier --check` does, with the settings it would use for a story in the project.
      const options = await prettier.resolveConfig(resolve("src/content/stories/x/index.mdx"));
      expect(await prettier.check(text, { ...options, filepath: file })).toBe(true);

      const { data, error } = checkStoryFile(
        file,
        yamlFrontmatter(text),
        storySchema(knownSourceIds),
        {
          root: dir,
        },
      );
      expect(error).toBeNull();
      expect(data.draft).toBe(true);
      // The stand-in id is what stops it being published as it is.
      const published = storySchema(knownSourceIds).safeParse({
        ...yamlFrontmatter(text),
        draft: false,
      });
      expect(published.success).toBe(false);
    },
  );

  it("would fail Prettier on a badly formatted story (the check can fail)", async () => {
    const options = await prettier.resolveConfig(resolve("src/content/stories/x/index.mdx"));
    const bad = '---\ntitle: "x"\n---\n\nSome *emphasis*   here.\n';
    expect(await prettier.check(bad, { ...options, filepath: "x/index.mdx" })).toBe(false);
  });
});

/** The scaffold's frontmatter as YAML reads it (plain key: value, quoted strings, lists). */
function yamlFrontmatter(text: string): Record<string, unknown> {
  const block = text.split("---")[1] ?? "";
  const data: Record<string, unknown> = {};
  let listKey: string | null = null;
  for (const line of block.split("\n")) {
    const item = /^\s+-\s+(.*)$/.exec(line);
    if (item && listKey) {
      (data[listKey] as unknown[]).push(JSON.parse(item[1] ?? ""));
      continue;
    }
    const m = /^(\w+):\s*(.*)$/.exec(line);
    if (!m) continue;
    const [, key = "", value = ""] = m;
    listKey = null;
    if (value === "") {
      data[key] = [];
      listKey = key;
    } else if (value === "true" || value === "false") data[key] = value === "true";
    else if (/^\d{4}-\d{2}-\d{2}$/.test(value)) data[key] = new Date(`${value}T00:00:00Z`);
    else data[key] = value.startsWith('"') || value.startsWith("[") ? JSON.parse(value) : value;
  }
  return data;
}
