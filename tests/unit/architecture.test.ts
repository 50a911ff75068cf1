import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { existsSync } from "node:fs";
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
      // reads the English original a translation follows, for its fingerprint
      "src/lib/stories/translation.ts",
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

/** Relative imports and re-exports of a module (type-only ones included: they tie modules too). */
function relativeImports(text: string): string[] {
  const specs = [
    ...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;]*?\bfrom\s+["'](\.[^"']+)["']/g),
  ];
  return specs.map((m) => m[1] ?? "");
}

function resolveImport(from: string, spec: string): string | null {
  const base = normalize(join(dirname(from), spec));
  for (const candidate of [base, `${base}.ts`, join(base, "index.ts")]) {
    if (/\.(ts|mjs)$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return null;
}

/** Every import cycle of a module graph, each as the path that closes it (a -> b -> a). */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, "open");
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === "open") cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, "done");
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}

describe("src/lib has no import cycles", () => {
  it("finds a cycle when there is one (the check can fail)", () => {
    const graph = new Map([
      ["cells.ts", ["schema.ts"]],
      ["schema.ts", ["rules.ts"]],
      ["rules.ts", ["cells.ts"]],
      ["values.ts", []],
    ]);
    expect(findCycles(graph)).toEqual([["cells.ts", "schema.ts", "rules.ts", "cells.ts"]]);
    expect(
      findCycles(
        new Map([
          ["a.ts", ["b.ts"]],
          ["b.ts", []],
        ]),
      ),
    ).toEqual([]);
  });

  it("no module of src/lib imports, through any chain, a module that imports it back", () => {
    const graph = new Map<string, string[]>();
    for (const [file, text] of files("src/lib").filter(([f]) => f.endsWith(".ts"))) {
      const targets = relativeImports(text)
        .map((spec) => resolveImport(file, spec))
        .filter((t): t is string => t !== null && t.startsWith("src/lib/"));
      graph.set(file, [...new Set(targets)]);
    }
    expect(graph.size).toBeGreaterThan(20);
    expect(findCycles(graph).map((c) => c.join(" -> "))).toEqual([]);
  });
});
