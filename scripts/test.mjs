// `npm test`: the whole gate, in the order a failure is cheapest to find.
//   1. type check, lint, format check (npm run check)
//   2. build the site (npm run build, which validates data/ first)
//   3. unit, data, build-output and browser tests (vitest), ending with
//      `N passed, N failed, N skipped`, where failed also counts failing hooks (beforeAll,
//      afterAll), files that cannot load and unhandled errors (tests/support/summary-reporter.ts)
// Browser tests need Chromium. Without one they are skipped loudly, and with CI=true the run fails.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { findChromiumPath } from "./lib/chromium.mjs";

// Astro would otherwise send anonymous usage data to its servers; this project contacts none.
process.env.ASTRO_TELEMETRY_DISABLED = "1";

const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `Node ${process.versions.node} is too old (need >= 22.12). Run tests with \`npm test\`, which uses the Node from node_modules/.bin after \`npm install\`.`,
  );
  process.exit(1);
}

function run(label, command) {
  console.log(`\n=== ${label}: ${command}`);
  const result = spawnSync(command, { stdio: "inherit", shell: true });
  if (result.status !== 0) {
    console.error(`\n${label} failed (exit ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}

// Every step runs every time: there is no switch to skip the check or the build, so the tests
// never read a dist/ left over from an older build. (For a quicker loop, run one file:
// `npx vitest run tests/unit/...`.)
// A CI build refuses to run without SITE_URL (src/lib/site/site-url.ts), and so does anything
// that loads astro.config.mjs (`astro check` too). What is built here is tested, served locally
// to the browser tests and never published, so it may use the local address; the deploy
// workflow builds with the real one. Set before the first step: with CI=true (as in .ci/run)
// the type check loads the config and would stop without it.
if (!process.env.SITE_URL) process.env.SITE_URL = "http://localhost:4321";
// Likewise the readers' contact address (src/lib/site/contact.ts): this build is never
// published, so a local mailbox stands in for the team's.
if (!process.env.CONTACT_EMAIL) process.env.CONTACT_EMAIL = "corrections@localhost";
run("Type check, lint and format", "npm run check");
run("Build", "npm run build");

const chromium = findChromiumPath();
const ci = process.env.CI === "true" || process.env.CI === "1";
const banner = [
  "",
  "!".repeat(78),
  "!! BROWSER TESTS SKIPPED: no Chromium found.",
  "!! Install it with `sudo apt-get install chromium`, or point CHROME_PATH at a Chromium",
  "!! or Chrome binary, then run `npm test` again.",
  "!".repeat(78),
  "",
].join("\n");
if (!chromium) {
  if (ci) {
    console.error(banner.replace("SKIPPED", "CANNOT RUN") + "With CI=true this is a failure.");
    process.exit(1);
  }
  console.warn(banner);
}

// Screenshots of failing pages (tests/support/audit.ts) land here; CI keeps the folder as an
// artifact. Start empty so what is there belongs to this run.
const SCREENSHOTS = "test-results/screenshots";
rmSync(SCREENSHOTS, { recursive: true, force: true });
// The reporter writes `N passed, N failed, N skipped` here; it is printed as the last line.
const SUMMARY = "test-results/summary.txt";
rmSync(SUMMARY, { force: true });

console.log(`\n=== Tests: vitest run${chromium ? ` (Chromium: ${chromium})` : ""}`);
const vitest = spawnSync("vitest run", {
  stdio: "inherit",
  shell: true,
  env: {
    ...process.env,
    TZ: "UTC",
    SUMMARY_FILE: SUMMARY,
    ...(chromium ? { CHROME_PATH: chromium } : {}),
  },
});
if (!chromium) console.warn(banner);
if (existsSync(SCREENSHOTS) && readdirSync(SCREENSHOTS).length)
  console.log(
    `Screenshots of failing pages: ${SCREENSHOTS}/ (${readdirSync(SCREENSHOTS).length} files)`,
  );
console.log(
  `\n${existsSync(SUMMARY) ? readFileSync(SUMMARY, "utf8").trim() : "0 passed, 1 failed, 0 skipped (vitest did not finish)"}`,
);
process.exit(vitest.status ?? 1);
