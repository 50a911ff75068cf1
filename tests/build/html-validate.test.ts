import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { HtmlValidate, StaticConfigLoader, type ConfigData } from "html-validate";
import { htmlFiles, DIST_DIR } from "../support/pages";

// html-validate (.htmlvalidate.json: html-validate:recommended + html-validate:document) on
// every built page. A failure names the page, the line and column in the built file, the rule
// and what it found, with the element's selector to find the component that wrote it.
const DIST = DIST_DIR;
const files = htmlFiles(DIST);
// The project's config, whichever folder the build went to (TEST_DIST may be outside the repo,
// where a file-system lookup would silently fall back to the defaults).
const config = JSON.parse(readFileSync(resolve(".htmlvalidate.json"), "utf8")) as ConfigData;
const validator = new HtmlValidate(new StaticConfigLoader(config));

/** Every error html-validate reports for one file, as `file:line:column [rule] message`. */
async function validate(path: string): Promise<string[]> {
  const report = await validator.validateString(readFileSync(path, "utf8"), path);
  return report.results.flatMap((r) =>
    r.messages
      .filter((m) => m.severity === 2)
      .map(
        (m) =>
          `${relative(process.cwd(), path)}:${m.line}:${m.column} [${m.ruleId}] ${m.message}${m.selector ? ` (at ${m.selector})` : ""}`,
      ),
  );
}

describe("html-validate on every built page", () => {
  it("has built pages to validate", () => {
    expect(files, `no HTML in ${DIST}: build the site first (npm run build)`).not.toEqual([]);
  });

  it.each(files)("dist/%s has no html-validate errors", async (file) => {
    expect(await validate(join(DIST, file))).toEqual([]);
  });
});

describe("html-validate gate on fixtures", () => {
  const dir = resolve("tests/fixtures/e2e/html-validate");

  it("passes a valid page", async () => {
    expect(await validate(join(dir, "good.html"))).toEqual([]);
  });

  it("reports page, line, rule and selector for an invalid page", async () => {
    const errors = await validate(join(dir, "bad.html"));
    expect(errors).toContainEqual(expect.stringMatching(/bad\.html:10:\d+ \[no-dup-id\]/));
    expect(errors).toContainEqual(expect.stringMatching(/bad\.html:11:\d+ \[wcag\/h37\].*\(at /));
  });
});
