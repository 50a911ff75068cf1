import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/** Every source file under a folder, as [path, text]. */
function files(dir: string): [string, string][] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.(ts|mjs|astro|mdx)$/.test(f))
    .map((f) => join(dir, f))
    .map((f) => [f, readFileSync(f, "utf8")]);
}

describe("what may import what (docs/architecture.md)", () => {
  it("src/lib is framework-free: no astro:* or astro/* modules (astro/zod), no components", () => {
    const offenders = files("src/lib").filter(([, text]) =>
      /from\s+["'](astro(:|\/)[^"']+|astro|zod|[^"']+\.astro)["']/.test(text),
    );
    expect(offenders.map(([f]) => f)).toEqual([]);
  });

  it("only src/lib/data reads files (the story checkers may read the MDX file they check)", () => {
    const allowed = new Set([
      "src/lib/stories/remark-story.ts",
      // reads the story file it checks, for the lines of frontmatter and syntax errors
      "src/lib/stories/story-errors.ts",
    ]);
    const offenders = files("src").filter(
      ([f, text]) =>
        !f.startsWith("src/lib/data/") &&
        !allowed.has(f) &&
        /from\s+["'](node:)?fs(\/promises)?["']/.test(text),
    );
    expect(offenders.map(([f]) => f)).toEqual([]);
  });

  it("stories import nothing (the MDX vocabulary is provided to them)", () => {
    const offenders = files("src/content/stories").filter(([, text]) => /^\s*import\s/m.test(text));
    expect(offenders.map(([f]) => f)).toEqual([]);
  });
});
