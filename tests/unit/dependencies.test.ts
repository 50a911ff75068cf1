import { readdirSync, readFileSync, statSync } from "node:fs";
import { isBuiltin } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * No phantom dependencies: every package the code imports by name is declared in package.json.
 * An undeclared package that happens to be installed (because something else depends on it)
 * can vanish or change version with any update of that something else.
 */
const ROOTS = ["src", "scripts", "tests", "bench"];
const CONFIGS = ["astro.config.mjs", "vitest.config.ts", "eslint.config.js"];
const CODE = /\.(ts|mts|js|mjs|astro|mdx)$/;

/** Every module specifier in `code`: static imports and re-exports, side-effect and dynamic imports. */
export function specifiers(code: string): string[] {
  const out: string[] = [];
  const patterns = [
    /^\s*(?:import|export)\s[^;]*?\sfrom\s*["']([^"'\n]+)["']/gm,
    /^\s*import\s*["']([^"'\n]+)["']/gm,
    /\bimport\s*\(\s*["']([^"'\n]+)["']\s*\)/g,
  ];
  for (const pattern of patterns) for (const m of code.matchAll(pattern)) out.push(m[1]!);
  return out;
}

/** The package a bare specifier names (`@scope/name/sub` -> `@scope/name`), or null. */
export function packageOf(specifier: string): string | null {
  if (/^[./]/.test(specifier) || /^[a-z]+:/.test(specifier) || isBuiltin(specifier)) return null;
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "node_modules" || name === "tmp") return [];
    return statSync(path).isDirectory() ? files(path) : CODE.test(name) ? [path] : [];
  });
}

export function undeclared(
  sources: { file: string; code: string }[],
  declared: ReadonlySet<string>,
): string[] {
  const out: string[] = [];
  for (const { file, code } of sources)
    for (const spec of specifiers(code)) {
      const pkg = packageOf(spec);
      if (pkg && !declared.has(pkg)) out.push(`${file}: "${spec}" (package ${pkg})`);
    }
  return out;
}

describe("dependencies", () => {
  const manifest = JSON.parse(readFileSync("package.json", "utf8")) as {
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
  };
  const declared = new Set([
    ...Object.keys(manifest.dependencies),
    ...Object.keys(manifest.devDependencies),
  ]);

  it("every package imported in src/, scripts/, tests/, bench/ and the configs is declared in package.json", () => {
    // This file's own examples of undeclared imports are strings, not imports.
    const self = join("tests", "unit", "dependencies.test.ts");
    const sources = [...ROOTS.flatMap(files), ...CONFIGS]
      .filter((file) => file !== self)
      .map((file) => ({
        file,
        code: readFileSync(file, "utf8"),
      }));
    expect(sources.length).toBeGreaterThan(50);
    expect(
      undeclared(sources, declared),
      "add each package to package.json (npm install <name>), or stop importing it",
    ).toEqual([]);
  });

  it("finds an undeclared import in every form (the check can fail)", () => {
    const code = [
      'import { a } from "left-pad";',
      'import type { B } from "@scope/pkg/sub";',
      'export { c } from "re-exported";',
      'import "side-effect/register";',
      'const d = await import("dynamic-pkg");',
      "import {",
      "  e,",
      '} from "multi-line";',
      'import { f } from "./local";',
      'import { g } from "node:fs";',
      'import { h } from "fs";',
      'import { i } from "astro:content";',
      'import { j } from "vitest";',
    ].join("\n");
    expect(undeclared([{ file: "x.ts", code }], new Set(["vitest"]))).toEqual([
      'x.ts: "left-pad" (package left-pad)',
      'x.ts: "@scope/pkg/sub" (package @scope/pkg)',
      'x.ts: "re-exported" (package re-exported)',
      'x.ts: "multi-line" (package multi-line)',
      'x.ts: "side-effect/register" (package side-effect)',
      'x.ts: "dynamic-pkg" (package dynamic-pkg)',
    ]);
  });
});
