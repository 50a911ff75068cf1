import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type {
  Reporter,
  SerializedError,
  TestModule,
  TestRunEndReason,
  TestSuite,
} from "vitest/node";

export interface Summary {
  passed: number;
  failed: number;
  skipped: number;
}

/**
 * Counts a finished run. A failure is any of: a failed test; an error recorded on a file or a
 * suite rather than on a test (a failing beforeAll/afterAll hook, an import or syntax error);
 * an unhandled error or rejection; an interrupted run. Tests that never ran because their
 * suite's set-up failed count as skipped, and the set-up itself as failed.
 */
export function summarise(
  testModules: ReadonlyArray<TestModule>,
  unhandledErrors: ReadonlyArray<SerializedError> = [],
  reason: TestRunEndReason = "passed",
): Summary {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const mod of testModules) {
    let failedHere = 0;
    const suites: (TestModule | TestSuite)[] = [mod, ...mod.children.allSuites()];
    for (const suite of suites) failedHere += suite.errors().length;
    for (const test of mod.children.allTests()) {
      const state = test.result().state;
      if (state === "passed") passed++;
      else if (state === "failed") failedHere++;
      else skipped++;
    }
    // A file vitest marks failed with no error we could attribute still counts once.
    if (mod.state() === "failed" && failedHere === 0) failedHere = 1;
    failed += failedHere;
  }
  failed += unhandledErrors.length;
  if (reason === "interrupted") failed++;
  return { passed, failed, skipped };
}

export const summaryLine = (s: Summary): string =>
  `${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped`;

/**
 * Ends the run with the plain line `N passed, N failed, N skipped`, which CI reads as the test
 * count (vitest's own summary is not a format it reads, and leaves hook and unhandled errors
 * out of its test count).
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
    reason: TestRunEndReason,
  ): void {
    const line = summaryLine(summarise(testModules, unhandledErrors, reason));
    // scripts/test.mjs sets SUMMARY_FILE and prints the line itself, last, after its own notes.
    const file = process.env.SUMMARY_FILE;
    if (file) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${line}\n`);
    } else process.stdout.write(`\n${line}\n`);
  }
}
