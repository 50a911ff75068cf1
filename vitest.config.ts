import { defineConfig } from "vitest/config";

// Two projects: "unit" needs nothing but Node; "browser" needs the built site in dist/ and a
// Chromium (see tests/support/chromium.ts). `npm test` runs both through scripts/test.mjs.
export default defineConfig({
  test: {
    reporters: ["default", "./tests/support/summary-reporter.ts"],
    env: { TZ: "UTC" },
    projects: [
      {
        test: {
          name: "unit",
          include: [
            "tests/unit/**/*.test.ts",
            "tests/data/**/*.test.ts",
            "tests/build/**/*.test.ts",
          ],
          environment: "node",
        },
      },
      {
        test: {
          name: "browser",
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
