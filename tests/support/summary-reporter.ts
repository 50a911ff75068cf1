import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { Reporter, TestModule } from "vitest/node";

/**
 * Ends the run with the plain line `N passed, N failed, N skipped`, which CI reads as the test
 * count (vitest's own summary is not a format it reads).
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const mod of testModules) {
      // A file that fails before its tests run (an import or setup error) counts as a failure.
      if (
        mod.state() === "failed" &&
        ![...mod.children.allTests()].some((t) => t.result().state === "failed")
      ) {
        failed++;
      }
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") passed++;
        else if (state === "failed") failed++;
        else skipped++;
      }
    }
    const line = `${passed} passed, ${failed} failed, ${skipped} skipped`;
    // scripts/test.mjs sets SUMMARY_FILE and prints the line itself, last, after its own notes.
    const file = process.env.SUMMARY_FILE;
    if (file) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${line}\n`);
    } else process.stdout.write(`\n${line}\n`);
  }
}
