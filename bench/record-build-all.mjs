// node bench/record-build-all.mjs [rows]   (default 100000; not part of npm run bench)
// The published site, all three languages, with data/exchanges.csv grown to `rows` rows: one
// `astro build` (no Pagefind, CAPTIVITY_HISTORY=off) of a copy in bench/tmp/three/, printing wall
// and CPU seconds, peak RSS and the page count. bench:record-build measures one language at two
// sizes; this checks the whole site's memory at the largest. Cap the JavaScript heap to see what
// the build needs rather than what V8 happens to keep:
//   NODE_OPTIONS=--max-old-space-size=1536 node bench/record-build-all.mjs 100000
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { astroBuild, copyProject, countHtml, growExchanges } from "./build-lib.mjs";

const rows = Number(process.argv[2] ?? 100_000);
const TMP = resolve("bench/tmp/three");
mkdirSync(TMP, { recursive: true });
const dir = copyProject(join(TMP, "site"));
growExchanges(dir, rows);
const result = astroBuild(dir, {
  logFile: join(TMP, "build.log"),
  keep: true,
  env: { CAPTIVITY_HISTORY: "off" },
});
const { seconds, cpu, peakMb } = result;
console.log(JSON.stringify({ rows, seconds, cpu, peakMb, error: result.error ?? null }));
console.log("html pages", countHtml(join(dir, "dist")));
