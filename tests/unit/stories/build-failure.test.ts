/**
 * The one slow test: a real `astro build` of a copy of the project with a broken story must
 * fail and name the file, line and fix. Copies only what a build needs (config, src, public,
 * the fixture data package) into a temporary folder and links node_modules.
 */
import { execFile } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { HAND_IN_ENV } from "../../../scripts/lib/hand-in.mjs";

const run = promisify(execFile);
const ROOT = resolve(".");
const tmp = mkdtempSync(join(tmpdir(), "stories-build-"));

const BROKEN = `---
title: "A broken story"
dek: "It has an unknown chart name on line 11."
byline: "Test"
published: 2026-11-23
topics: ["exchanges"]
sources: ["test-source-a"]
---

A sentence.<Cite id="test-source-a" />
<Chart name="exchange" />
`;

const FRONTMATTER = `---
dek: "It has no title and a day-first date."
byline: "Test"
published: 01/12/2026
topics: ["exchanges"]
sources: ["test-source-a"]
---

A sentence.<Cite id="test-source-a" />

<Callout kind="context">
Never closed.
`;

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Builds a copy of the project whose only story is `text`; the exit code and the output. */
async function buildWith(
  name: string,
  text: string,
  more: Record<string, string> = {},
  files: Record<string, string> = {},
  extraEnv: Record<string, string> = {},
): Promise<{ code: number; output: string }> {
  const dir = join(tmp, name);
  for (const entry of ["package.json", "astro.config.mjs", "tsconfig.json", "src", "public"]) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  rmSync(join(dir, "src/content/stories"), { recursive: true, force: true });
  cpSync(join(ROOT, "tests/fixtures/data/valid"), join(dir, "data"), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  mkdirSync(join(dir, "src/content/stories/broken"), { recursive: true });
  writeFileSync(join(dir, "src/content/stories/broken/index.mdx"), text);
  for (const [slug, story] of Object.entries(more)) {
    mkdirSync(join(dir, "src/content/stories", slug), { recursive: true });
    writeFileSync(join(dir, "src/content/stories", slug, "index.mdx"), story);
  }
  for (const [path, text] of Object.entries(files))
    writeFileSync(join(dir, "src/content/stories", path), text);

  const astro = join(ROOT, "node_modules/astro/bin/astro.mjs");
  const env = { ...process.env, CAPTIVITY_DATA_DIR: join(dir, "data"), ...extraEnv };
  return run(process.execPath, [astro, "build", "--outDir", join(dir, "dist")], {
    cwd: dir,
    env,
    maxBuffer: 20 * 1024 * 1024,
  }).then(
    (r) => ({ code: 0, output: r.stdout + r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({
      code: e.code,
      output: e.stdout + e.stderr,
    }),
  );
}

describe("astro build with a broken story", () => {
  it("fails, naming the file, line, column and the fix", { timeout: 180_000 }, async () => {
    const outcome = await buildWith("chart", BROKEN);
    expect(outcome.code).not.toBe(0);
    expect(outcome.output).toContain(
      'src/content/stories/broken/index.mdx:11:1 "exchange" is not a chart. Write name= one of: "exchanges", "contact", "abuses".',
    );
  });

  it(
    "fails on frontmatter and MDX syntax errors with their lines, not at :0:0",
    { timeout: 180_000 },
    async () => {
      const outcome = await buildWith("frontmatter", FRONTMATTER);
      expect(outcome.code).not.toBe(0);
      const file = "src/content/stories/broken/index.mdx";
      expect(outcome.output).toContain(
        `${file}:4:12 published "01/12/2026" is not a date we can read.`,
      );
      expect(outcome.output).toContain(
        `${file}:7:1 title is missing. Add a line such as: title: "Calls home"`,
      );
      expect(outcome.output).toContain(
        `${file}:11:1 <Callout> is opened here but never closed. Add </Callout>`,
      );
      expect(outcome.output).not.toContain(":0:0");
    },
  );

  it(
    "fails on a frontmatter it cannot read (story and translation), naming line and fix",
    { timeout: 180_000 },
    async () => {
      const good = BROKEN.replace('<Chart name="exchange" />\n', "");
      const unclosed = good.replace('title: "A broken story"', 'title: "A broken story');
      const outcome = await buildWith("yaml", unclosed);
      expect(outcome.code).not.toBe(0);
      expect(outcome.output).toContain(
        `src/content/stories/broken/index.mdx:2:8 The quote that opens title's value is never closed. Add " at the end of the value, or drop both quotes.`,
      );
      expect(outcome.output).not.toContain("YAMLException");

      // A translation beside a good original: a tab before a field.
      const translation = `---\ntitle: "Зламана історія"\n\tdek: "Речення."\nbyline: "Тест"\n---\n\nРечення.\n`;
      const other = await buildWith("yaml-uk", good, {}, { "broken/uk.mdx": translation });
      expect(other.code).not.toBe(0);
      expect(other.output).toContain(
        "src/content/stories/broken/uk.mdx:3:1 This line is indented with a tab, which the frontmatter cannot read.",
      );
    },
  );

  it(
    "leaves a broken draft out and publishes the other stories, without warnings",
    { timeout: 180_000 },
    async () => {
      const draft = FRONTMATTER.replace("---\ndek:", "---\ndraft: true\ndek:");
      const good = BROKEN.replace('<Chart name="exchange" />\n', "").replace(
        "---\ntitle:",
        "---\ndraft: false\ntitle:",
      );
      // A draft whose frontmatter cannot be read at all (a quote never closed) is left out too.
      const unreadable = draft.replace('a day-first date."', "a day-first date, and no end quote.");
      expect(unreadable).not.toBe(draft);
      const outcome = await buildWith("draft", draft, { good, unreadable });
      expect(outcome.code, outcome.output.slice(-3000)).toBe(0);
      expect(outcome.output).toContain(
        "src/content/stories/broken/index.mdx: a draft, left out of this build.",
      );
      expect(outcome.output).toContain(
        "src/content/stories/unreadable/index.mdx: a draft, left out of this build.",
      );
      expect(outcome.output).toContain("/stories/good/index.html");
      expect(outcome.output).not.toContain("/stories/broken/index.html");
      // No corrections yet is normal: no "does not exist or is empty" on every page.
      expect(outcome.output).not.toMatch(/\[WARN\]/);
      // The copy is not a git checkout (as a downloaded tarball is not): it builds, and each
      // record page says why it has no history instead of showing none.
      const record = readFileSync(
        join(tmp, "draft", "dist", "data", "exchanges", "2024-01-31", "index.html"),
        "utf8",
      ).replace(/<[^>]+>/g, "");
      expect(record).toContain(
        "The history of this row is unavailable in this copy of the site (the data folder is not in a git checkout",
      );
    },
  );

  it(
    "but npm run check:story's build checks drafts too, naming their problems",
    { timeout: 180_000 },
    async () => {
      const draft = FRONTMATTER.replace("---\ndek:", "---\ndraft: true\ndek:");
      const outcome = await buildWith("draft-checked", draft, {}, {}, HAND_IN_ENV);
      expect(outcome.code).not.toBe(0);
      expect(outcome.output).toContain(
        'src/content/stories/broken/index.mdx:8:1 title is missing. Add a line such as: title: "Calls home"',
      );
    },
  );
});
