// npm run bench:locales [-- --repeat=N] [-- --keep] [-- --record]
// How the build grows with the number of languages published (issue 16: "build time grows
// linearly with locales (bench it)").
//
// It builds the site as it is (its stories, translations and data) with 1, 2 and 3 languages:
// English alone, English and Ukrainian, then all three (the order of LOCALE_CONFIG in
// src/lib/i18n/locales.ts). Each configuration is a copy of the project in bench/tmp/locales/
// (src, data, public, astro.config.mjs, tsconfig.json, package.json; node_modules linked package
// by package, so Astro's and Vite's caches stay in the copy) whose locales.ts has the other
// languages' lines taken out of LOCALE_CONFIG: the one line per language that
// docs/translating.md says adding a language takes. The project itself is never changed, and a
// normal build is the same with or without this bench.
//
// Each timed run is `astro build` only (the Pagefind step of `npm run build` is not included)
// from cold caches (dist/, .astro/, node_modules/.astro and .vite removed first), after one
// untimed warm-up build that loads node_modules into the page cache. The configurations run
// interleaved (1, 2, 3, 1, 2, 3, ...) --repeat=N times (default 1); seconds are medians, with
// min-max when N > 1. Pages are the .html files in dist/, counted per language folder.
// "Per page" divides the wall time by the pages; "each added language" is the extra time and
// pages over the previous configuration, so linear growth shows as a steady cost per extra page.
//
// Writes bench/tmp/locales.{md,json} and prints the table. --record also puts the table in
// bench/RESULTS.md (replacing the section an earlier --record wrote). --keep keeps the copies
// and each build's log.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join, resolve } from "node:path";
import { ROOT, astroBuild, copyProject, countHtml } from "./build-lib.mjs";
import { LOCALES_FILE, localeLines, parseLog, publishOnly } from "./locales-lib.mjs";

const TMP = resolve("bench/tmp/locales");
const KEEP = process.argv.includes("--keep");
const RECORD = process.argv.includes("--record");
const repeatArg = process.argv.find((a) => a.startsWith("--repeat="))?.split("=")[1];
const REPEAT = repeatArg === undefined ? 1 : Number(repeatArg);
if (!Number.isInteger(REPEAT) || REPEAT < 1) {
  console.error("--repeat= takes a whole number of builds, 1 or more (e.g. --repeat=3).");
  process.exit(2);
}

const SOURCE = readFileSync(join(ROOT, LOCALES_FILE), "utf8");
let ALL;
try {
  ALL = localeLines(SOURCE);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const CONFIGS = ALL.map((_, i) => ALL.slice(0, i + 1).map((l) => l.code));

/** A copy of the project publishing `codes` only. */
function projectCopy(codes) {
  const dir = copyProject(join(TMP, codes.join("-")));
  publishOnly(dir, codes);
  return dir;
}

/** Pages per language: dist/<code>/ for each non-default code, the rest for the default. */
function pagesByLocale(dist, codes) {
  const byLocale = {};
  let others = 0;
  for (const code of codes.slice(1)) others += byLocale[code] = countHtml(join(dist, code));
  byLocale[codes[0]] = countHtml(dist) - others;
  return byLocale;
}

/**
 * Runs `astro build` in `dir`: wall seconds, CPU seconds (user + system, from /usr/bin/time;
 * steadier than wall time when other work shares the machine), pages and render time per
 * language, and the page generation phase.
 */
function build(dir, codes, label) {
  let result;
  try {
    result = astroBuild(dir, { logFile: join(TMP, `${label}.log`), keep: KEEP });
  } catch (err) {
    throw new Error(`${label}: ${err.message}`);
  }
  const { seconds, cpu, log } = result;
  const byLocale = pagesByLocale(join(dir, "dist"), codes);
  const pages = Object.values(byLocale).reduce((a, b) => a + b, 0);
  return { seconds, cpu, pages, byLocale, ...parseLog(log, codes) };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const load = () => loadavg().map((n) => Number(n.toFixed(2)));

mkdirSync(TMP, { recursive: true });
const dirs = CONFIGS.map((codes) => projectCopy(codes));
const loadBefore = load();
console.log("warm-up build (not timed) ...");
build(dirs[0], CONFIGS[0], "warm-up");
const runs = CONFIGS.map(() => []);
for (let r = 1; r <= REPEAT; r++) {
  CONFIGS.forEach((codes, i) => {
    const label = `${codes.join("-")}-run${r}`;
    const run = build(dirs[i], codes, label);
    console.log(`${label}: ${run.seconds.toFixed(1)} s, ${run.pages} pages`);
    runs[i].push(run);
  });
}
const loadAfter = load();

const med = (runsOf, pick) => {
  const values = runsOf.map(pick).filter((v) => v !== null);
  return values.length ? median(values) : null;
};
const rows = CONFIGS.map((codes, i) => {
  const seconds = runs[i].map((run) => run.seconds);
  const last = runs[i].at(-1);
  return {
    languages: codes,
    seconds: median(seconds),
    min: Math.min(...seconds),
    max: Math.max(...seconds),
    cpu: med(runs[i], (run) => run.cpu),
    generation: med(runs[i], (run) => run.generation),
    render: Object.fromEntries(codes.map((c) => [c, med(runs[i], (run) => run.render[c])])),
    pages: last.pages,
    byLocale: last.byLocale,
    msPerPage: (median(seconds) * 1000) / last.pages,
  };
});
rows.forEach((row, i) => {
  const prev = rows[i - 1];
  if (!prev) return;
  const diff = (a, b) => (a === null || b === null ? null : a - b);
  row.added = {
    seconds: row.seconds - prev.seconds,
    cpu: diff(row.cpu, prev.cpu),
    generation: diff(row.generation, prev.generation),
    pages: row.pages - prev.pages,
  };
});

const f1 = (n) => (n === null || Number.isNaN(n) ? "n/a" : n.toFixed(1));
const signed = (n) => (n === null ? "n/a" : `${n >= 0 ? "+" : ""}${n.toFixed(1)}`);
const spread = (row) => (REPEAT > 1 ? ` (${f1(row.min)}-${f1(row.max)})` : "");
const table = rows.map((row) => {
  const pages = Object.entries(row.byLocale)
    .map(([code, n]) => `${code} ${n}`)
    .join(", ");
  const added = row.added
    ? `${signed(row.added.seconds)} s wall, ${signed(row.added.cpu)} s CPU, ${signed(row.added.generation)} s generation for +${row.added.pages} pages`
    : "";
  return `| ${row.languages.join(", ")} | ${row.pages} (${pages}) | ${f1(row.seconds)}${spread(row)} | ${f1(row.cpu)} | ${f1(row.generation)} | ${Math.round(row.msPerPage)} | ${added} |`;
});
// Render time of each language's own pages, in the build with every language.
const full = rows.at(-1);
const perLanguage = full.languages.map((code) => {
  const pages = full.byLocale[code];
  const seconds = full.render[code];
  return `| ${code} | ${pages} | ${f1(seconds)} | ${seconds === null || !pages ? "n/a" : Math.round((seconds * 1000) / pages)} |`;
});
const busy = Math.max(loadBefore[0], loadAfter[0]) > availableParallelism();
const startedAt = new Date().toISOString().slice(0, 16).replace("T", " ");
const md = `### Build time by number of languages (bench:locales)

\`npm run bench:locales${REPEAT > 1 ? ` -- --repeat=${REPEAT}` : ""}\` (bench/locales.mjs), ${startedAt} UTC. The site as it is (its stories, translations and data), built with 1, 2 and 3 languages published: copies of the project whose src/lib/i18n/locales.ts keeps only those languages' lines. \`astro build\` only (no Pagefind), each from cold caches after one untimed warm-up build; ${REPEAT} timed build${REPEAT > 1 ? "s" : ""} of each, interleaved${REPEAT > 1 ? "; figures are medians, wall seconds with min-max" : ""}. Pages are .html files in dist/ by language folder. CPU is user + system seconds of the build (/usr/bin/time), steadier than wall time on a shared machine; generation is Astro's page generation phase. ${availableParallelism()} CPUs; load average (1 min) ${loadBefore[0]} before, ${loadAfter[0]} after${busy ? " (busy: other work competed with the builds, so wall times are noisy; compare CPU and generation times)" : ""}.

| languages | pages | wall s | CPU s | generation s | wall ms per page | each added language |
| --- | ---: | ---: | ---: | ---: | ---: | --- |
${table.join("\n")}

Render time of each language's pages in the build with all ${full.languages.length} (the sum of Astro's per-page times):

| language | pages | render s | ms per page |
| --- | ---: | ---: | ---: |
${perLanguage.join("\n")}

Every page exists in every language (PAGE_LOCALES), so each added language adds about as many pages as English has (a story not yet translated is listed, not copied, so a language can have a page or two fewer). The build grows linearly with languages when each added language adds about the same time per page; CPU seconds are the steadiest measure on a shared machine.
`;

writeFileSync(join(ROOT, "bench/tmp/locales.md"), md);
writeFileSync(
  join(ROOT, "bench/tmp/locales.json"),
  JSON.stringify({ repeat: REPEAT, loadBefore, loadAfter, rows, runs }, null, 2),
);
console.log(`\n${md}`);

if (RECORD) {
  const results = join(ROOT, "bench/RESULTS.md");
  const begin = "<!-- bench:locales -->";
  const end = "<!-- /bench:locales -->";
  const section = `${begin}\n${md}\n(Recorded with --record; \`npm run bench\` rewrites this file with a fresh run.)\n${end}`;
  const old = existsSync(results) ? readFileSync(results, "utf8") : "# Benchmark results\n";
  const at = old.indexOf(begin);
  const stop = old.indexOf(end);
  writeFileSync(
    results,
    at >= 0 && stop > at
      ? old.slice(0, at) + section + old.slice(stop + end.length)
      : `${old.trimEnd()}\n\n${section}\n`,
  );
  console.log("Recorded in bench/RESULTS.md.");
}
if (!KEEP) for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
