// npm run bench:build [-- --full] [-- --quick] [-- --keep] [-- --repeat=N] [-- --plan=10x1000,...]
// How the build scales, and what our data and charts cost (issue 7's goal: within 1.5x of a bare
// Astro build of the same number of plain MDX pages, and linear growth).
//
// For each plan item (N stories x R rows) it builds three projects, each copied into bench/tmp/
// (node_modules linked package by package, so Astro's and Vite's caches stay in the copy):
// - site: the project (src, data, public, astro.config.mjs, tsconfig.json, package.json) with
//   its stories replaced by N synthetic ones (about 150 words, two <Chart name="exchanges" />
//   each) and data/exchanges.csv grown to R valid rows;
// - control: the same copy with every <Chart ... /> line removed from the stories. Everything
//   else (layout, data, sources and data pages, content collections, MDX plugins) is identical,
//   so site / control is the cost of data and charts in stories. The bare build differs from the
//   site in much more than charts (a layout, about 200 other pages, collections), so site / bare
//   alone would not isolate it;
// - bare: a bare Astro + MDX project with the same N stories as plain MDX pages (no charts, no
//   layout): the issue's literal comparison.
// The builds run interleaved (bare, control, site, bare, control, site, ...) --repeat=N times
// (default 3; 1 with --quick), each from cold caches (dist/, .astro/, node_modules/.astro and
// .vite removed first), after one untimed warm-up build that loads node_modules into the page
// cache. Wall seconds and peak memory are medians (min and max in the JSON), because on a shared
// 2-core machine one build can take 30-50% longer than the same build minutes later; ratios use
// medians, and the load average before and after each plan item is recorded. Astro's build log
// gives the phases: content sync + types, the Vite bundle, page generation, and page time by
// route (/stories/*, /sources/*, the rest).
//
// Default plan (about 5 minutes on 2 idle cores): N = 10 and 100 stories at R = 1,000 rows;
// R = 10,000 and 100,000 rows at N = 100. --full runs every combination of N = 10, 100, 1,000
// and R = 1,000, 10,000, 100,000; --stories=10,1000 and --rows=1000 pick the lists (their cross
// product); --plan=10x1000,1000x1000 names the runs (stories x rows). --quick: 10 stories,
// 1,000 rows, one repeat. --keep keeps the copies and writes each build's log next to them.
// Writes bench/tmp/build-scaling.{md,json}.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join, resolve } from "node:path";
import {
  ROOT,
  TIME,
  astroBuild,
  bundlePhases,
  copyProject,
  countHtml,
  growExchanges,
  linkNodeModules,
  listArg,
  pageTimes,
} from "./build-lib.mjs";

const TMP = resolve("bench/tmp/build-scaling");
const FULL = process.argv.includes("--full");
const KEEP = process.argv.includes("--keep");
const QUICK = process.argv.includes("--quick"); // a smoke run: 10 stories, 1,000 rows, 1 repeat
const STORIES_ARG = listArg("stories");
const ROWS_ARG = listArg("rows");
const STORIES = STORIES_ARG ?? (QUICK ? [10] : [10, 100, 1000]); // with --full or --rows
const ROWS = ROWS_ARG ?? (QUICK ? [1000] : [1000, 10000, 100000]);
const REPEAT = listArg("repeat")?.[0] ?? (QUICK ? 1 : 3);
if (!Number.isInteger(REPEAT) || REPEAT < 1) {
  console.error("--repeat= takes a whole number of builds, 1 or more.");
  process.exit(2);
}
const KINDS = ["bare", "control", "site"]; // the order builds run in, each repeat

/**
 * Where the build's time went, from Astro's log (ANSI colours already stripped). Each field is
 * seconds, or null when its line is missing (another Astro version may word it differently).
 */
function parsePhases(log) {
  const phases = {
    ...bundlePhases(log),
    generation: null,
    stories: null,
    sources: null,
    otherPages: null,
    routeSetup: null,
    pages: { stories: 0, sources: 0, otherPages: 0 },
  };
  const { generation, pages } = pageTimes(log);
  phases.generation = generation;
  const group = (path) =>
    path.startsWith("/stories/")
      ? "stories"
      : path.startsWith("/sources/")
        ? "sources"
        : "otherPages";
  const ms = { stories: 0, sources: 0, otherPages: 0 };
  for (const { path, seconds } of pages) {
    ms[group(path)] += seconds * 1000;
    phases.pages[group(path)]++;
  }
  if (pages.length > 0) {
    for (const g of ["stories", "sources", "otherPages"]) phases[g] = ms[g] / 1000;
    // Generation time outside the pages' own "(+Nms)": loading the server bundle and running
    // every route's getStaticPaths (collections, data) before the first page is rendered.
    if (phases.generation !== null)
      phases.routeSetup = phases.generation - (ms.stories + ms.sources + ms.otherPages) / 1000;
  }
  return phases;
}

/** Runs `astro build` in `dir`; returns wall seconds, peak RSS (MB), the page count and phases. */
function build(dir, label) {
  const logFile = join(TMP, `${label.replace(/\W+/g, "-")}.log`);
  const { seconds, peakMb, log } = astroBuild(dir, { logFile, keep: KEEP });
  const phases = parsePhases(log);
  const known = [phases.types, phases.bundle, phases.generation];
  // Node and Astro start-up, config and integrations, writing assets, the sitemap.
  phases.rest = known.every((s) => s !== null) ? seconds - known.reduce((a, b) => a + b) : null;
  return { seconds, peakMb, pages: countHtml(join(dir, "dist")), phases };
}

// Text of our own for the synthetic stories: plain sentences, no figures, no names.
const PARAGRAPHS = [
  "This paragraph stands in for the reporting a real story would carry. It runs to a few sentences so that the page has the length of a short article.",
  "A second paragraph follows with more of the same plain text. It has no figures and no names, because it only measures how long the site takes to build.",
  "The charts below are drawn from the exchanges table at build time, as in every real story, and the page needs no script to show them.",
];

function storyBody(i) {
  return `${PARAGRAPHS[0]}

## Section one

${PARAGRAPHS[1]} Story number ${i}.

<Chart name="exchanges" />

## Section two

${PARAGRAPHS[2]}

<Chart name="exchanges" from="2023" to="2024" />

${PARAGRAPHS[1]}
`;
}
const CHART_LINE = /^\s*<Chart\b[^>]*\/>\s*$/;
/** The same story without its charts: the control's and the bare project's text. */
const withoutCharts = (body) =>
  body
    .split("\n")
    .filter((l) => !CHART_LINE.test(l))
    .join("\n");
const CHARTS_PER_STORY = storyBody(1)
  .split("\n")
  .filter((l) => CHART_LINE.test(l)).length;

function firstSourceId() {
  const lines = readFileSync(join(ROOT, "data/sources.csv"), "utf8").split(/\r?\n/);
  return lines[1]?.split(",")[0] ?? "";
}

/** The site with N synthetic stories and R exchange rows; `charts: false` makes the control. */
function siteCopy(stories, rows, { charts }) {
  const dir = copyProject(join(TMP, `${charts ? "site" : "control"}-${stories}-${rows}`));
  const storiesDir = join(dir, "src/content/stories");
  rmSync(storiesDir, { recursive: true, force: true });
  const sourceId = firstSourceId();
  for (let i = 1; i <= stories; i++) {
    mkdirSync(join(storiesDir, `synthetic-${i}`), { recursive: true });
    const body = charts ? storyBody(i) : withoutCharts(storyBody(i));
    writeFileSync(
      join(storiesDir, `synthetic-${i}`, "index.mdx"),
      `---
title: "Synthetic story ${i}"
dek: "A generated page that measures how the build scales."
byline: "Benchmark"
published: 2026-11-01
topics: ["exchanges"]
sources: ["${sourceId}"]
draft: false
language: en
---

${body}`,
    );
  }
  growExchanges(dir, rows);
  return dir;
}

function bareCopy(stories) {
  const dir = join(TMP, `bare-${stories}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "src/pages/stories"), { recursive: true });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "bare", type: "module" }));
  writeFileSync(
    join(dir, "astro.config.mjs"),
    `import { defineConfig } from "astro/config";\nimport mdx from "@astrojs/mdx";\nexport default defineConfig({ integrations: [mdx()] });\n`,
  );
  linkNodeModules(dir);
  for (let i = 1; i <= stories; i++)
    writeFileSync(
      join(dir, "src/pages/stories", `synthetic-${i}.mdx`),
      `---\ntitle: "Synthetic story ${i}"\n---\n\n# Synthetic story ${i}\n\n${withoutCharts(storyBody(i)).trim()}\n`,
    );
  return dir;
}

// The default plan keeps to about 5 minutes on 2 idle cores: the 1,000-story site build alone
// takes 20 s or more, times three kinds and three repeats, so it (and every other combination)
// needs --full or explicit lists.
const PLAN_ARG = process.argv.find((a) => a.startsWith("--plan="))?.slice("--plan=".length);
const plan = [];
if (PLAN_ARG) {
  for (const item of PLAN_ARG.split(",")) {
    const [stories, rows] = item.split("x").map(Number);
    plan.push({ stories, rows });
  }
} else if (FULL || STORIES_ARG || ROWS_ARG) {
  for (const n of STORIES) for (const r of ROWS) plan.push({ stories: n, rows: r });
} else if (QUICK) {
  plan.push({ stories: 10, rows: 1000 });
} else {
  plan.push({ stories: 10, rows: 1000 }, { stories: 100, rows: 1000 });
  plan.push({ stories: 100, rows: 10000 }, { stories: 100, rows: 100000 });
}

function median(values) {
  const v = values.filter((x) => x !== null && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}
const stats = (values) => {
  const v = values.filter((x) => x !== null && Number.isFinite(x));
  return {
    median: median(v),
    min: v.length ? Math.min(...v) : null,
    max: v.length ? Math.max(...v) : null,
    runs: values,
  };
};
/** Median of each phase over the repeats; a phase missing from every log stays null. */
function phaseMedians(runs) {
  const keys = [
    "types",
    "bundle",
    "generation",
    "routeSetup",
    "stories",
    "sources",
    "otherPages",
    "rest",
  ];
  const out = Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r.phases[k]))]));
  out.pages = runs[0]?.phases.pages;
  return out;
}
const load = () => loadavg().map((n) => Number(n.toFixed(2)));

mkdirSync(TMP, { recursive: true });
const results = [];
let failures = 0;
// One untimed build first: the first build after a while reads astro, vite and the rest of
// node_modules from disk, which would otherwise count against whichever build runs first.
{
  const dir = bareCopy(1);
  console.log("warm-up build (not timed) ...");
  try {
    build(dir, "warm-up");
  } catch (err) {
    console.log(`  warm-up failed: ${err.message}`);
  }
  rmSync(dir, { recursive: true, force: true });
}
for (const run of plan) {
  const dirs = {
    bare: bareCopy(run.stories),
    control: siteCopy(run.stories, run.rows, { charts: false }),
    site: siteCopy(run.stories, run.rows, { charts: true }),
  };
  const item = { ...run, loadBefore: load() };
  const runs = { bare: [], control: [], site: [] };
  const errors = {};
  console.log(
    `${run.stories} stories, ${run.rows} exchange rows (load ${item.loadBefore.join(" ")}):`,
  );
  for (let rep = 1; rep <= REPEAT; rep++) {
    for (const kind of KINDS) {
      if (errors[kind]) continue; // a build that failed once will fail again
      const label = `${kind} ${run.stories}x${run.rows} r${rep}`;
      try {
        const r = build(dirs[kind], label);
        runs[kind].push(r);
        console.log(
          `  ${label}: ${r.seconds.toFixed(1)} s, ${r.peakMb.toFixed(0)} MB, ${r.pages} pages`,
        );
      } catch (err) {
        // A build that fails at some size is a finding, not a reason to lose the other figures.
        errors[kind] = String(err.message);
        console.log(`  ${label}: FAILED: ${errors[kind]}`);
        failures++;
      }
    }
  }
  item.loadAfter = load();
  for (const kind of KINDS) {
    item[kind] = errors[kind]
      ? { error: errors[kind] }
      : {
          seconds: stats(runs[kind].map((r) => r.seconds)),
          peakMb: stats(runs[kind].map((r) => r.peakMb)),
          pages: runs[kind][0].pages,
          phases: phaseMedians(runs[kind]),
        };
  }
  const s = (kind) => item[kind].seconds?.median ?? NaN;
  item.siteOverBare = s("site") / s("bare");
  item.siteOverControl = s("site") / s("control");
  item.controlOverBare = s("control") / s("bare");
  const charts = CHARTS_PER_STORY * run.stories;
  item.secondsPerStoryChart = (s("site") - s("control")) / charts;
  // The same difference in the story pages' own render time: less exposed to noise than wall
  // time, but blind to what charts add outside the pages (bundle, route setup).
  const storyPages = (kind) => item[kind].phases?.stories ?? NaN;
  item.pageSecondsPerStoryChart = (storyPages("site") - storyPages("control")) / charts;
  results.push(item);
  if (!KEEP) for (const dir of Object.values(dirs)) rmSync(dir, { recursive: true, force: true });
}

// Formatting: "n/a" for whatever is missing, never a thrown error.
const fmt = (x, digits = 1) => (x === null || !Number.isFinite(x) ? "n/a" : x.toFixed(digits));
const med = (r, kind, field = "seconds", digits = 1) =>
  r[kind].error ? "failed" : fmt(r[kind][field].median, digits);
const spread = (r, kind) =>
  r[kind].error
    ? "**failed**"
    : REPEAT > 1
      ? `${fmt(r[kind].seconds.median)} (${fmt(r[kind].seconds.min)}-${fmt(r[kind].seconds.max)})`
      : fmt(r[kind].seconds.median);
const signed = (x, digits) => (Number.isFinite(x) && x >= 0 ? "+" : "") + fmt(x, digits);
const ratio = (x) => (Number.isFinite(x) ? `**${x.toFixed(2)}x**` : "n/a");
const rowsFmt = (n) => n.toLocaleString("en");
const ok = results.filter((r) => KINDS.every((k) => !r[k].error));
const sec = (r, kind) => r[kind].seconds.median;

/**
 * What one more story, and one more 10,000 rows, cost: differences between plan items, so the
 * site's fixed pages (sources, data pages) and start-up drop out of the comparison with bare.
 */
function marginal() {
  const lines = [];
  const byStories = ok.filter((r) => r.rows === 1000).sort((a, b) => a.stories - b.stories);
  for (let i = 1; i < byStories.length; i++) {
    const [a, b] = [byStories[i - 1], byStories[i]];
    const per = (kind) => (sec(b, kind) - sec(a, kind)) / (b.stories - a.stories);
    lines.push(
      `- Each story from ${a.stories} to ${b.stories} (1,000 rows): ${signed(per("site"), 3)} s on the site, ${signed(per("control"), 3)} s on the control, ${signed(per("bare"), 3)} s bare: **${fmt(per("site") / per("bare"))}x** the marginal cost of a plain MDX page (control: ${fmt(per("control") / per("bare"))}x).`,
    );
  }
  for (const n of [...new Set(ok.map((r) => r.stories))]) {
    const byRows = ok.filter((r) => r.stories === n).sort((a, b) => a.rows - b.rows);
    for (let i = 1; i < byRows.length; i++) {
      const [a, b] = [byRows[i - 1], byRows[i]];
      const per10k = (kind) => ((sec(b, kind) - sec(a, kind)) / (b.rows - a.rows)) * 10000;
      lines.push(
        `- Rows from ${rowsFmt(a.rows)} to ${rowsFmt(b.rows)} (${n} stories, ${CHARTS_PER_STORY * n} story charts): ${signed(per10k("site"), 1)} s per 10,000 rows on the site, ${signed(per10k("control"), 1)} s on the control (no story charts); site peak memory ${fmt(a.site.peakMb.median, 0)} -> ${fmt(b.site.peakMb.median, 0)} MB.`,
      );
    }
  }
  return lines.length ? ["Marginal costs (medians):", "", ...lines, ""] : [];
}

const perStory = ok
  .filter((r) => r.rows === 1000)
  .sort((a, b) => a.stories - b.stories)
  .map(
    (r) =>
      `${r.stories} stories ${fmt(sec(r, "site") / r.stories, 3)} s (control ${fmt(sec(r, "control") / r.stories, 3)} s, bare ${fmt(sec(r, "bare") / r.stories, 3)} s)`,
  );

const phaseCell = (r, kind, key) => (r[kind].error ? "failed" : fmt(r[kind].phases[key], 2));
const pagesCell = (r, kind, key) =>
  r[kind].error ? "failed" : `${fmt(r[kind].phases[key], 2)} (${r[kind].phases.pages?.[key] ?? 0})`;

const built = results.find((r) => !r.control.error);
const otherPages = built ? built.control.pages - built.stories : "about 200";
const failed = results.flatMap((r) =>
  KINDS.filter((k) => r[k].error).map(
    (k) => `- **${k} build failed** at ${r.stories} x ${rowsFmt(r.rows)}: ${r[k].error}`,
  ),
);

const md = [
  "### Build scaling",
  "",
  `\`astro build\` only (the Pagefind step of \`npm run build\` is not included), each from cold caches. For each plan item three projects are built, ${REPEAT > 1 ? `interleaved (bare, control, site) ${REPEAT} times; seconds and memory are medians (seconds min-max in brackets)` : "once each (--repeat=1), so every figure comes from a single build: read them as rough"}. **site**: the site with synthetic stories of about 150 words and ${CHARTS_PER_STORY} \`<Chart name="exchanges" />\` each, and data/exchanges.csv repeated with new ids to the given rows. **control**: the same site and stories with the chart lines removed, so *site / control* is the cost of data and charts in stories. **bare**: a bare Astro + MDX project with the same stories as plain pages (no layout, no other pages), the issue's comparison: *site / bare* also counts the layout and the site's ${otherPages} other pages. Peak memory is the maximum resident set size of the build process${TIME ? " (/usr/bin/time -v)" : " (not measured: /usr/bin/time is missing)"}. Load average (1 min) before -> after each item: this machine has ${availableParallelism()} cores, often shared with others, so a load above ${availableParallelism()} (marked busy) means other work competed with the builds and the figures are noisier. ${PLAN_ARG ? `Plan: ${PLAN_ARG} (stories x rows).` : FULL ? "Full matrix (--full)." : STORIES_ARG || ROWS_ARG ? `Chosen lists: stories ${STORIES.join(", ")}; rows ${ROWS.join(", ")}.` : QUICK ? "Quick run (--quick)." : "Default plan (1,000 stories and the other combinations need --full)."}`,
  "",
  "| stories | exchange rows | pages site / control / bare | site s | control s | bare s | peak MB site / control / bare | site / bare | site / control | s per story chart | load |",
  "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ...results.map((r) =>
    [
      "",
      r.stories,
      rowsFmt(r.rows),
      KINDS.slice()
        .reverse()
        .map((k) => (r[k].error ? "-" : r[k].pages))
        .join(" / "),
      spread(r, "site"),
      spread(r, "control"),
      spread(r, "bare"),
      ["site", "control", "bare"].map((k) => med(r, k, "peakMb", 0)).join(" / "),
      ratio(r.siteOverBare),
      ratio(r.siteOverControl),
      fmt(r.secondsPerStoryChart, 4),
      `${fmt(r.loadBefore[0])} -> ${fmt(r.loadAfter[0])}${Math.max(r.loadBefore[0], r.loadAfter[0]) > availableParallelism() ? " (busy)" : ""}`,
      "",
    ]
      .join(" | ")
      .trim(),
  ),
  "",
  ...(failed.length ? [...failed, ""] : []),
  `Where the time goes (medians, seconds, from Astro's build log; "n/a" where a line was missing). Content + types: "[types] Generated"; Vite bundle: the server build; page generation: "generating static routes" to its "Completed", split into route setup (loading the server bundle and running every route's getStaticPaths, before the first page: generation minus the pages' own times) and the pages' own times by route, from each page's "(+N ms)" (page count in brackets); rest: wall time minus those three phases (Node and Astro start-up, config and integrations, assets, sitemap).`,
  "",
  "| stories | exchange rows | build | wall s | content + types | Vite bundle | page generation | route setup | /stories/* | /sources/* | other pages | rest |",
  "| ---: | ---: | :--- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ...results.flatMap((r) =>
    ["site", "control", "bare"].map(
      (k) =>
        `| ${r.stories} | ${rowsFmt(r.rows)} | ${k} | ${med(r, k)} | ${phaseCell(r, k, "types")} | ${phaseCell(r, k, "bundle")} | ${phaseCell(r, k, "generation")} | ${phaseCell(r, k, "routeSetup")} | ${pagesCell(r, k, "stories")} | ${pagesCell(r, k, "sources")} | ${pagesCell(r, k, "otherPages")} | ${phaseCell(r, k, "rest")} |`,
    ),
  ),
  "",
  "Cost of one story chart, site minus control, divided by the story charts built:",
  "",
  ...results.map(
    (r) =>
      `- ${r.stories} stories x ${rowsFmt(r.rows)} rows (${CHARTS_PER_STORY * r.stories} charts): ${fmt(r.secondsPerStoryChart, 4)} s from wall time, ${fmt(r.pageSecondsPerStoryChart, 4)} s from the /stories/* pages' own render time.`,
  ),
  "",
  perStory.length
    ? `Seconds per story at 1,000 rows: ${perStory.join("; ")} (linear when these stay flat; fixed start-up cost dominates small builds).`
    : "",
  "",
  ...marginal(),
];
writeFileSync(join("bench/tmp", "build-scaling.md"), md.join("\n"));
writeFileSync(
  join("bench/tmp", "build-scaling.json"),
  JSON.stringify({ repeat: REPEAT, chartsPerStory: CHARTS_PER_STORY, results }, null, 2),
);
console.log(md.join("\n"));
process.exit(failures ? 1 : 0);
