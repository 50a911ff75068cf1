/**
 * `set:html` puts raw markup into a page. It is allowed in two places only: the chart renderer's
 * component, which receives SVG produced by src/lib/charts/render.ts, and RenderOnce, which
 * repeats HTML that Astro itself rendered from our chart components earlier in the build. A use
 * is the directive with a value (`set:html=`); a comment that names it is not a use.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = process.cwd();
const ALLOWED = ["src/components/charts/ChartSvg.astro", "src/components/charts/RenderOnce.astro"];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path) : [path];
  });
}

describe("set:html", () => {
  const uses = files(join(ROOT, "src"))
    .filter((f) => /\.(astro|mdx?|tsx?|jsx?|mjs)$/.test(f))
    .flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .map((line, i) => ({
          file: relative(ROOT, file).split("\\").join("/"),
          line: i + 1,
          text: line,
        }))
        .filter((l) => /set:html\s*=/.test(l.text)),
    );

  it("is used once by each of the two chart components that need it", () => {
    for (const file of ALLOWED) expect(uses.filter((u) => u.file === file)).toHaveLength(1);
  });

  it("appears nowhere else in src/", () => {
    const elsewhere = uses
      .filter((u) => !ALLOWED.includes(u.file))
      .map((u) => `${u.file}:${u.line}: ${u.text.trim()}`);
    expect(elsewhere, `set:html is only allowed in ${ALLOWED.join(" and ")}`).toEqual([]);
  });
});
