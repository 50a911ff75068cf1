import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The summary line `N passed, N failed, N skipped` (tests/support/summary-reporter.ts) counts
 * every failure, proved on a tiny project (tests/fixtures/reporter) whose files hold one of
 * each: a failing test, a failing beforeAll, a failing afterAll (alone and after a failing
 * test), an unhandled rejection in a passing test, and a file that cannot load.
 */
const FIXTURE = resolve("tests/fixtures/reporter");

function runFixture(reporter: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, SUMMARY_REPORTER: reporter, NO_COLOR: "1" };
  // Inherited from `npm test`, it would make the fixture run overwrite the real summary.
  delete env["SUMMARY_FILE"];
  const run = spawnSync(
    process.execPath,
    [resolve("node_modules/vitest/vitest.mjs"), "run", "--root", FIXTURE],
    { env, encoding: "utf8", timeout: 90_000 },
  );
  return { status: run.status, out: `${run.stdout}\n${run.stderr}` };
}

describe("summary line on a project with every kind of failure", () => {
  const { status, out } = runFixture(resolve("tests/support/summary-reporter.ts"));
  const line = out.trim().split("\n").filter(Boolean).at(-1);

  it("counts the failing test, both failing hooks, the unhandled rejection and the broken file", () => {
    // passed: passes.test.ts (2), after-all (1), unhandled (1); skipped: it.skip and the test
    // whose beforeAll failed; failed: fails.test.ts (test + afterAll), before-all, after-all,
    // the unhandled rejection, import-error.test.ts.
    expect(line).toBe("4 passed, 6 failed, 2 skipped");
  }, 120_000);

  it("fails the run (non-zero exit), as the line says", () => {
    expect(status).not.toBe(0);
  });
});
