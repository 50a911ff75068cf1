// npm run bench:record-build [-- --rows=10000,100000] [-- --keep]
// What Astro's build of the record pages costs (issue 15: "at 100,000 rows report the build time
// per record page (target <= 2 ms, linear) and peak memory (target <= 2 GB)"). bench:records
// times only the site's own view code (recordView); this builds the pages.
//
// A copy of the project in bench/tmp/record-build/ (as bench:build and bench:locales make them:
// node_modules linked package by package) publishes English only (LOCALE_CONFIG cut to "en", as
// bench:locales does), so the record pages are about one per data row: each added language adds
// the same pages again (bench:locales shows the build growing linearly per language). Its
// data/exchanges.csv is grown to each --rows size (default 10,000 and 100,000; the project's rows
// repeated with new ids, as bench:build does). The build runs with CAPTIVITY_HISTORY=off: no data
// history is read (no history section, no pages for removed rows); bench:records times history
// on its own.
//
// Each build is `astro build` only (no Pagefind) from cold caches, after one untimed warm-up
// build at the smallest size. Per size: record pages built (dist/data/exchanges/*/index.html),
// all .html pages, wall and CPU seconds (user + system) and peak RSS (/usr/bin/time -v), Astro's
// page generation phase, and the sum, mean and median of Astro's own per-page times ("(+N ms)")
// for /data/exchanges/<id>/ pages. Milliseconds per record page, two ways: the extra wall (and
// CPU) time between two sizes divided by the extra record pages (marginal: start-up and the
// other pages drop out), and Astro's mean render time per record page. The build is linear when
// the marginal cost per page stays flat from one pair of sizes to the next, and the mean render
// per page stays flat as the rows grow. Astro rounds each page's time to a whole millisecond, so
// at about 1 ms a page the marginal generation time is steadier than the mean of the logged
// times. The time after generation (astro:build:done hooks: the sitemap) is reported apart.
//
// Writes bench/tmp/record-build.{md,json} and prints the Markdown. --keep keeps the copy and each
// build's log.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join, resolve } from "node:path";
import {
  TIME,
  astroBuild,
  copyProject,
  countHtml,
  growExchanges,
  listArg,
  pageTimes,
} from "./build-lib.mjs";
import { publishOnly } from "./locales-lib.mjs";

const TMP = resolve("bench/tmp/record-build");
const KEEP = process.argv.includes("--keep");
const rowsArg = listArg("rows");
const SIZES = (rowsArg ?? [10_000, 100_000]).sort((a, b) => a - b);
if (!SIZES.every((n) => Number.isInteger(n) && n > 0)) {
  console.error("--rows= takes whole numbers of exchange rows, e.g. --rows=10000,100000.");
  process.exit(2);
}
const ENV = { CAPTIVITY_HISTORY: "off" };
const RECORD_PAGE = /^\/data\/exchanges\/(?!rows\/)[^/]+\/(?:index\.html)?$/;

/** dist/data/exchanges/<id>/index.html files (the rows/ pages are lists, not records). */
function recordPages(dist) {
  const dir = join(dist, "data/exchanges");
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { withFileTypes: true }).filter(
    (e) => e.isDirectory() && e.name !== "rows" && existsSync(join(dir, e.name, "index.html")),
  ).length;
}

/**
 * Seconds from the end of page generation to the end of the build, by the log's clock (1 s
 * steps): the integrations' astro:build:done hooks, chiefly @astrojs/sitemap. Null if missing.
 */
function afterGeneration(log) {
  const clock = (line) => {
    const m = /^(\d\d):(\d\d):(\d\d)/.exec(line ?? "");
    return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : null;
  };
  const lines = log.split("\n");
  const from = clock(lines.find((l) => /^\d\d:\d\d:\d\d ✓ Completed in/.test(l)));
  const to = clock(lines.find((l) => /\[build\] \d+ page\(s\) built in/.test(l)));
  return from === null || to === null ? null : (to - from + 86400) % 86400;
}

const median = (xs) => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const load = () => loadavg().map((n) => Number(n.toFixed(2)));

mkdirSync(TMP, { recursive: true });
const dir = copyProject(join(TMP, "site"));
publishOnly(dir, ["en"]);
const loadBefore = load();
console.log(`warm-up build at ${SIZES[0].toLocaleString("en")} rows (not timed) ...`);
growExchanges(dir, SIZES[0]);
astroBuild(dir, { logFile: join(TMP, "warm-up.log"), keep: KEEP, env: ENV });

const results = [];
for (const rows of SIZES) {
  growExchanges(dir, rows);
  const item = { rows, loadBefore: load() };
  try {
    const logFile = join(TMP, `rows-${rows}.log`);
    const { seconds, cpu, peakMb, log } = astroBuild(dir, { logFile, keep: KEEP, env: ENV });
    const { generation, pages } = pageTimes(log);
    const records = pages.filter((p) => RECORD_PAGE.test(p.path)).map((p) => p.seconds * 1000);
    const renderMs = records.reduce((a, b) => a + b, 0);
    const allPagesS = pages.reduce((a, p) => a + p.seconds, 0);
    Object.assign(item, {
      seconds,
      cpu,
      peakMb,
      recordPages: recordPages(join(dir, "dist")),
      htmlPages: countHtml(join(dir, "dist")),
      generation,
      // Generation outside the pages' own times: loading the server bundle, getStaticPaths.
      routeSetup: generation === null ? null : generation - allPagesS,
      afterGeneration: afterGeneration(log),
      loggedRecordPages: records.length,
      recordRenderS: renderMs / 1000,
      recordMeanMs: records.length ? renderMs / records.length : null,
      recordMedianMs: median(records),
    });
  } catch (err) {
    // A size that fails (out of memory, say) is a finding: keep what was measured.
    Object.assign(item, { error: err.message, seconds: err.seconds, peakMb: err.peakMb });
  }
  item.loadAfter = load();
  results.push(item);
  console.log(
    item.error
      ? `${rows} rows: FAILED after ${item.seconds?.toFixed(1)} s, peak ${item.peakMb?.toFixed(0)} MB: ${item.error}`
      : `${rows} rows: ${item.seconds.toFixed(1)} s, ${item.recordPages} record pages, ${item.peakMb.toFixed(0)} MB`,
  );
  rmSync(join(dir, "dist"), { recursive: true, force: true }); // 100,000 pages fill a disk
}

const ok = results.filter((r) => !r.error);
const marginal = ok.slice(1).map((b, i) => {
  const a = ok[i];
  const pages = b.recordPages - a.recordPages;
  const per = (key) =>
    a[key] === null || b[key] === null ? null : ((b[key] - a[key]) * 1000) / pages;
  return {
    from: a.rows,
    to: b.rows,
    pages,
    wallMs: per("seconds"),
    cpuMs: per("cpu"),
    generationMs: per("generation"),
    afterMs: per("afterGeneration"),
  };
});

const f = (x, digits = 1) =>
  x === null || x === undefined || !Number.isFinite(x) ? "n/a" : x.toFixed(digits);
const n = (x) => x.toLocaleString("en");
const busy =
  Math.max(...results.flatMap((r) => [r.loadBefore[0], r.loadAfter[0]])) > availableParallelism();
const md = [
  "### Record pages in a real build (bench:record-build)",
  "",
  `\`npm run bench:record-build${rowsArg ? ` -- --rows=${rowsArg}` : ""}\` (bench/record-build.mjs), ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC. The site with data/exchanges.csv grown to each size, English only (each added language adds the same pages again: bench:locales), CAPTIVITY_HISTORY=off (no history read; bench:records times it). \`astro build\` only (no Pagefind), cold caches, one build per size after an untimed warm-up at ${n(SIZES[0])} rows. CPU is user + system seconds and peak memory the maximum resident set size of the build (${TIME ? "/usr/bin/time -v" : "not measured: /usr/bin/time is missing"}); generation is Astro's page generation phase, route setup the part of it before and between the pages' own times (loading the bundle, getStaticPaths); after generation is the time from its end to the end of the build by the log's clock (1 s steps: the integrations' astro:build:done hooks, chiefly @astrojs/sitemap); record render is the sum, mean and median of Astro's "(+N ms)" for the /data/exchanges/<id>/ pages. ${availableParallelism()} CPUs; load average (1 min) before -> after each build${busy ? " (busy: above the CPU count, so other work competed with the builds: wall times are noisy; CPU times are steadier)" : ""}.`,
  "",
  "| exchange rows | record pages | all .html pages | wall s | CPU s | peak RSS MB | generation s | route setup s | after generation s | record render s | mean / median ms per record page | load |",
  "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ...results.map((r) =>
    r.error
      ? `| ${n(r.rows)} | **failed** after ${f(r.seconds)} s, peak ${f(r.peakMb, 0)} MB: ${r.error} | | | | | | | | | | ${r.loadBefore[0]} -> ${r.loadAfter[0]} |`
      : `| ${n(r.rows)} | ${n(r.recordPages)} | ${n(r.htmlPages)} | ${f(r.seconds)} | ${f(r.cpu)} | ${f(r.peakMb, 0)} | ${f(r.generation)} | ${f(r.routeSetup)} | ${f(r.afterGeneration, 0)} | ${f(r.recordRenderS)} | ${f(r.recordMeanMs, 2)} / ${f(r.recordMedianMs, 2)} | ${r.loadBefore[0]} -> ${r.loadAfter[0]} |`,
  ),
  "",
  "Milliseconds per record page (issue 15's target: 2 ms or less, linear):",
  "",
  ...marginal.map(
    (m) =>
      `- Marginal, ${n(m.from)} -> ${n(m.to)} rows (+${n(m.pages)} record pages): **${f(m.wallMs, 2)} ms** of wall time per extra page (${f(m.cpuMs, 2)} ms of CPU); of the wall time, ${f(m.generationMs, 2)} ms in page generation and ${f(m.afterMs, 2)} ms after it.`,
  ),
  ...ok.map(
    (r) =>
      `- Astro's own render at ${n(r.rows)} rows: **${f(r.recordMeanMs, 2)} ms** mean, ${f(r.recordMedianMs, 2)} ms median per record page (${n(r.loggedRecordPages)} pages in the log); whole build ${f((r.seconds * 1000) / r.recordPages, 2)} ms of wall time per record page, start-up and the other pages included.`,
  ),
  "",
  "Linear when the marginal cost per page stays flat from one pair of sizes to the next and the mean render per record page stays flat as the rows grow. Astro logs each page's time rounded to a whole millisecond: at about 1 ms a page the sum of those times can exceed the generation phase (route setup then comes out negative), so the marginal generation time per page is the steadier figure for Astro's own work.",
  "",
];
writeFileSync(join("bench/tmp", "record-build.md"), md.join("\n"));
writeFileSync(
  join("bench/tmp", "record-build.json"),
  JSON.stringify({ sizes: SIZES, loadBefore, loadAfter: load(), results, marginal }, null, 2),
);
console.log(`\n${md.join("\n")}`);
if (!KEEP) rmSync(dir, { recursive: true, force: true });
process.exit(results.some((r) => r.error) ? 1 : 0);
