// npm run bench:build [-- --full] [-- --quick] [-- --keep]
// How the build scales: copies the project (src, data, public, astro.config.mjs, tsconfig.json,
// package.json; node_modules linked package by package so Astro's cache stays in the copy) into
// bench/tmp/, replaces the stories with N synthetic ones (two <Chart name="exchanges" /> each)
// and grows data/exchanges.csv to R valid rows, then times `astro build` and records its peak
// memory. The same N plain MDX pages are built by a bare Astro + MDX project, so the site's cost
// reads as a ratio (goal: within 1.5x of bare, and linear in N).
//
// Default runs (about 10 minutes on 2 idle cores): N = 10 and 100 stories at R = 1,000 rows;
// R = 10,000 and 100,000 rows at N = 100; bare builds of the same N. --full runs every
// combination of N = 10, 100, 1,000 and R = 1,000, 10,000, 100,000; --stories=10,1000 and
// --rows=1000 pick the lists (their cross product); --plan=10x1000,1000x1000 names the runs
// (stories x rows). --quick: 10 stories, 1,000 rows.
// Writes bench/tmp/build-scaling.{md,json}.
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join, resolve } from "node:path";

const ROOT = process.cwd();
const TMP = resolve("bench/tmp/build-scaling");
const FULL = process.argv.includes("--full");
const KEEP = process.argv.includes("--keep");
const QUICK = process.argv.includes("--quick"); // a smoke run: 10 stories, 1,000 rows
const listArg = (name) =>
  process.argv
    .find((a) => a.startsWith(`--${name}=`))
    ?.split("=")[1]
    .split(",")
    .map(Number);
const STORIES_ARG = listArg("stories");
const ROWS_ARG = listArg("rows");
const STORIES = STORIES_ARG ?? (QUICK ? [10] : [10, 100, 1000]); // with --full or --rows
const ROWS = ROWS_ARG ?? (QUICK ? [1000] : [1000, 10000, 100000]);
const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;
const ASTRO = resolve("node_modules/astro/bin/astro.mjs");

function linkNodeModules(dir) {
  const nm = join(dir, "node_modules");
  mkdirSync(nm, { recursive: true });
  for (const name of readdirSync(join(ROOT, "node_modules"))) {
    // Astro and Vite keep caches here; each copy gets its own.
    if (name === ".astro" || name === ".vite" || name === ".cache") continue;
    symlinkSync(join(ROOT, "node_modules", name), join(nm, name));
  }
}

/** Runs `astro build` in `dir`; returns wall seconds, peak RSS (MB) and the page count. */
function build(dir, label) {
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" };
  const cmd = [process.execPath, ASTRO, "build"];
  const started = process.hrtime.bigint();
  const result = TIME
    ? spawnSync(TIME, ["-v", ...cmd], { cwd: dir, env, encoding: "utf8", maxBuffer: 1 << 28 })
    : spawnSync(cmd[0], cmd.slice(1), { cwd: dir, env, encoding: "utf8", maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) {
    const log = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, "");
    const file = join(TMP, `${label.replace(/\W+/g, "-")}.log`);
    writeFileSync(file, log);
    const first = log.split("\n").find((l) => /\[ERROR\]|^\w*Error\b|problem/.test(l));
    throw new Error(`${(first ?? "no error line").trim()} (full log: ${file})`);
  }
  const rssKb = TIME
    ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1] ?? NaN)
    : process.resourceUsage().maxRSS; // fallback: this process's children are not separable
  const pages = countHtml(join(dir, "dist"));
  return { seconds, peakMb: rssKb / 1024, pages };
}

function countHtml(dir) {
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true }))
    n += e.isDirectory() ? countHtml(join(dir, e.name)) : e.name.endsWith(".html") ? 1 : 0;
  return n;
}

// Text of our own for the synthetic stories: plain sentences, no figures, no names.
const PARAGRAPHS = [
  "This paragraph stands in for the reporting a real story would carry. It runs to a few sentences so that the page has the length of a short article.",
  "A second paragraph follows with more of the same plain text. It has no figures and no names, because it only measures how long the site takes to build.",
  "The charts below are drawn from the exchanges table at build time, as in every real story, and the page needs no script to show them.",
];

function storyBody(i, sourceId) {
  return `${PARAGRAPHS[0]}

## Section one

${PARAGRAPHS[1]} Story number ${i}.

<Chart name="exchanges" />

## Section two

${PARAGRAPHS[2]}

<Chart name="exchanges" from="2023" to="2024" />

${PARAGRAPHS[1]}
`.replace("{source}", sourceId);
}

function firstSourceId() {
  const lines = readFileSync(join(ROOT, "data/sources.csv"), "utf8").split(/\r?\n/);
  return lines[1]?.split(",")[0] ?? "";
}

/** data/exchanges.csv grown to `rows` valid rows: existing rows repeated with new ids. */
function growExchanges(target, rows) {
  const text = readFileSync(join(ROOT, "data/exchanges.csv"), "utf8");
  const [header, ...body] = text.replace(/\r\n/g, "\n").replace(/\n+$/, "").split("\n");
  // Records, not lines: a quoted cell may hold a line break.
  const records = [];
  let current = "";
  for (const line of body) {
    current = current ? `${current}\n${line}` : line;
    if ((current.match(/"/g)?.length ?? 0) % 2 === 0) {
      records.push(current);
      current = "";
    }
  }
  const out = [header];
  for (let i = 0; out.length <= rows; i++) {
    const rec = records[i % records.length];
    const copy = Math.floor(i / records.length);
    out.push(copy === 0 ? rec : rec.replace(/^([^,]+)/, `$1-s${copy}`));
  }
  writeFileSync(join(target, "data/exchanges.csv"), `${out.join("\n")}\n`);
}

function siteCopy(stories, rows) {
  const dir = join(TMP, `site-${stories}-${rows}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const item of ["src", "data", "public", "astro.config.mjs", "tsconfig.json", "package.json"])
    if (existsSync(join(ROOT, item)))
      cpSync(join(ROOT, item), join(dir, item), { recursive: true });
  linkNodeModules(dir);
  const storiesDir = join(dir, "src/content/stories");
  rmSync(storiesDir, { recursive: true, force: true });
  const sourceId = firstSourceId();
  for (let i = 1; i <= stories; i++) {
    mkdirSync(join(storiesDir, `synthetic-${i}`), { recursive: true });
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

${storyBody(i, sourceId)}`,
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
      `---\ntitle: "Synthetic story ${i}"\n---\n\n# Synthetic story ${i}\n\n${storyBody(i, "")
        .replace(/<Chart[^>]*\/>/g, "")
        .trim()}\n`,
    );
  return dir;
}

// The default plan keeps to about 10 minutes on 2 idle cores: the 1,000-story site build
// alone takes minutes, so it (and every other combination) needs --full or explicit lists.
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
const bareSizes = [...new Set(plan.map((p) => p.stories))].sort((a, b) => a - b);

mkdirSync(TMP, { recursive: true });
const results = [];
const bare = {};
let failures = 0;
for (const n of bareSizes) {
  const dir = bareCopy(n);
  console.log(`bare Astro + MDX, ${n} pages ...`);
  bare[n] = build(dir, `bare ${n}`);
  console.log(`  ${bare[n].seconds.toFixed(1)} s, ${bare[n].peakMb.toFixed(0)} MB`);
  if (!KEEP) rmSync(dir, { recursive: true, force: true });
}
for (const run of plan) {
  const dir = siteCopy(run.stories, run.rows);
  console.log(`site, ${run.stories} stories, ${run.rows} exchange rows ...`);
  try {
    const r = build(dir, `site ${run.stories}x${run.rows}`);
    console.log(`  ${r.seconds.toFixed(1)} s, ${r.peakMb.toFixed(0)} MB, ${r.pages} pages`);
    results.push({ ...run, ...r, ratio: r.seconds / bare[run.stories].seconds });
  } catch (err) {
    // A build that fails at some size is a finding, not a reason to lose the other figures.
    const error = String(err.message);
    console.log(`  FAILED: ${error}`);
    results.push({ ...run, error });
    failures++;
  }
  if (!KEEP) rmSync(dir, { recursive: true, force: true });
}

const perStory = (n) => {
  const a = results.find((r) => r.stories === n && r.rows === 1000);
  return a ? a.seconds / n : NaN;
};
/**
 * What one more story, and one more 10,000 rows, cost: differences between runs, so the site's
 * fixed pages (sources, data pages) and start-up drop out of the comparison with bare Astro.
 */
function marginal() {
  const ok = results.filter((r) => !r.error);
  const lines = [];
  const byStories = ok.filter((r) => r.rows === 1000).sort((a, b) => a.stories - b.stories);
  for (let i = 1; i < byStories.length; i++) {
    const [a, b] = [byStories[i - 1], byStories[i]];
    const site = (b.seconds - a.seconds) / (b.stories - a.stories);
    const bareCost = (bare[b.stories].seconds - bare[a.stories].seconds) / (b.stories - a.stories);
    lines.push(
      `- Each story from ${a.stories} to ${b.stories} (1,000 rows): +${site.toFixed(3)} s on the site, +${bareCost.toFixed(3)} s bare: **${(site / bareCost).toFixed(1)}x** the marginal cost of a plain MDX page.`,
    );
  }
  for (const n of [...new Set(ok.map((r) => r.stories))]) {
    const byRows = ok.filter((r) => r.stories === n).sort((a, b) => a.rows - b.rows);
    for (let i = 1; i < byRows.length; i++) {
      const [a, b] = [byRows[i - 1], byRows[i]];
      const per10k = ((b.seconds - a.seconds) / (b.rows - a.rows)) * 10000;
      lines.push(
        `- Rows from ${a.rows.toLocaleString("en")} to ${b.rows.toLocaleString("en")} (${n} stories, ${2 * n} story charts): +${per10k.toFixed(1)} s per 10,000 rows; peak memory ${a.peakMb.toFixed(0)} -> ${b.peakMb.toFixed(0)} MB.`,
      );
    }
  }
  return lines.length ? ["Marginal costs:", "", ...lines, ""] : [];
}

const md = [
  "### Build scaling",
  "",
  `\`astro build\` only (the Pagefind step of \`npm run build\` is not included); peak memory is the maximum resident set size of the build process${TIME ? " (/usr/bin/time -v)" : ""}. Synthetic stories: about 150 words and two \`<Chart name="exchanges" />\` each; rows: data/exchanges.csv repeated with new ids. ${PLAN_ARG ? `Plan: ${PLAN_ARG} (stories x rows).` : FULL ? "Full matrix (--full)." : STORIES_ARG || ROWS_ARG ? `Chosen lists: stories ${STORIES.join(", ")}; rows ${ROWS.join(", ")}.` : "Default plan (1,000 stories and the other combinations need --full)."}`,
  "",
  "| stories | exchange rows | pages built | build s | peak MB | bare Astro+MDX s | bare peak MB | ratio to bare |",
  "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ...results.map((r) =>
    r.error
      ? `| ${r.stories} | ${r.rows.toLocaleString("en")} | - | **build failed**: ${r.error} | | ${bare[r.stories].seconds.toFixed(1)} | ${bare[r.stories].peakMb.toFixed(0)} | |`
      : `| ${r.stories} | ${r.rows.toLocaleString("en")} | ${r.pages} | ${r.seconds.toFixed(1)} | ${r.peakMb.toFixed(0)} | ${bare[r.stories].seconds.toFixed(1)} | ${bare[r.stories].peakMb.toFixed(0)} | **${r.ratio.toFixed(2)}x** |`,
  ),
  "",
  `Seconds per story at 1,000 rows: ${bareSizes
    .filter((n) => Number.isFinite(perStory(n)))
    .map(
      (n) =>
        `${n} stories ${perStory(n).toFixed(3)} s (bare ${(bare[n].seconds / n).toFixed(3)} s)`,
    )
    .join("; ")} (linear when these stay flat; fixed start-up cost dominates small builds).`,
  "",
  ...marginal(),
];
writeFileSync(join("bench/tmp", "build-scaling.md"), md.join("\n"));
writeFileSync(join("bench/tmp", "build-scaling.json"), JSON.stringify({ bare, results }, null, 2));
console.log(md.join("\n"));
process.exit(failures ? 1 : 0);
