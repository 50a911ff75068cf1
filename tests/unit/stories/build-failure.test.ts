/**
 * The one slow test: a real `astro build` of a copy of the project with a broken story must
 * fail and name the file, line and fix. Copies only what a build needs (config, src, public,
 * the fixture data package) into a temporary folder and links node_modules.
 */
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

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

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("astro build with a broken story", () => {
  it("fails, naming the file, line, column and the fix", { timeout: 180_000 }, async () => {
    for (const entry of ["package.json", "astro.config.mjs", "tsconfig.json", "src", "public"]) {
      cpSync(join(ROOT, entry), join(tmp, entry), { recursive: true });
    }
    rmSync(join(tmp, "src/content/stories"), { recursive: true, force: true });
    cpSync(join(ROOT, "tests/fixtures/data/valid"), join(tmp, "data"), { recursive: true });
    symlinkSync(join(ROOT, "node_modules"), join(tmp, "node_modules"), "dir");
    mkdirSync(join(tmp, "src/content/stories/broken"), { recursive: true });
    writeFileSync(join(tmp, "src/content/stories/broken/index.mdx"), BROKEN);

    const astro = join(ROOT, "node_modules/astro/bin/astro.mjs");
    const env = { ...process.env, CAPTIVITY_DATA_DIR: join(tmp, "data") };
    const outcome = await run(process.execPath, [astro, "build", "--outDir", join(tmp, "dist")], {
      cwd: tmp,
      env,
      maxBuffer: 20 * 1024 * 1024,
    }).then(
      (r) => ({ code: 0, output: r.stdout + r.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({
        code: e.code,
        output: e.stdout + e.stderr,
      }),
    );

    expect(outcome.code).not.toBe(0);
    expect(outcome.output).toContain(
      'src/content/stories/broken/index.mdx:11:1 "exchange" is not a chart. Write name= one of: "exchanges", "contact", "abuses".',
    );
  });
});
