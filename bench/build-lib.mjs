// What the whole-build benchmarks share (bench/build-scaling.mjs, bench/locales.mjs,
// bench/record-build.mjs): copying the project into bench/tmp/ with node_modules linked package
// by package (so Astro's and Vite's caches stay in the copy), growing data/exchanges.csv,
// running `astro build` from cold caches under /usr/bin/time, and reading Astro's build log.
// Run from the project's root (npm run does that).
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

export const ROOT = process.cwd();
const ASTRO = resolve(ROOT, "node_modules/astro/bin/astro.mjs");
/** /usr/bin/time, for CPU seconds and peak memory of the build; null where it is missing. */
export const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;
/** What a copy of the project holds (node_modules is linked, not copied). */
const PROJECT = ["src", "data", "public", "astro.config.mjs", "tsconfig.json", "package.json"];

/**
 * Links every package of the project's node_modules into `dir`/node_modules, one by one.
 * @param {string} dir
 */
export function linkNodeModules(dir) {
  const nm = join(dir, "node_modules");
  mkdirSync(nm, { recursive: true });
  for (const name of readdirSync(join(ROOT, "node_modules"))) {
    // Astro and Vite keep caches here; each copy gets its own.
    if (name === ".astro" || name === ".vite" || name === ".cache") continue;
    symlinkSync(join(ROOT, "node_modules", name), join(nm, name));
  }
}

/**
 * A fresh copy of the project in `dir` (whatever was there is removed), node_modules linked.
 * @param {string} dir
 */
export function copyProject(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const item of PROJECT)
    if (existsSync(join(ROOT, item)))
      cpSync(join(ROOT, item), join(dir, item), { recursive: true });
  linkNodeModules(dir);
  return dir;
}

/**
 * The copy's data/exchanges.csv grown to `rows` valid rows: the project's rows repeated, each
 * copy with new ids ("<id>-s1", "<id>-s2", ...).
 * @param {string} target the copy
 * @param {number} rows
 */
export function growExchanges(target, rows) {
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
    const rec = records[i % records.length] ?? "";
    const copy = Math.floor(i / records.length);
    out.push(copy === 0 ? rec : rec.replace(/^([^,]+)/, `$1-s${copy}`));
  }
  writeFileSync(join(target, "data/exchanges.csv"), `${out.join("\n")}\n`);
}

/**
 * Removes what a previous build left, so that every timed build starts from cold caches.
 * @param {string} dir
 */
export function clean(dir) {
  for (const p of ["dist", ".astro", "node_modules/.astro", "node_modules/.vite"])
    rmSync(join(dir, p), { recursive: true, force: true });
}

/**
 * .html files under `dir`.
 * @param {string} dir
 * @returns {number}
 */
export function countHtml(dir) {
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true }))
    n += e.isDirectory() ? countHtml(join(dir, e.name)) : e.name.endsWith(".html") ? 1 : 0;
  return n;
}

/**
 * Runs `astro build` in `dir` from cold caches (clean first), under /usr/bin/time -v when it
 * exists. Writes the build's log (colours stripped) to `logFile` when `keep` is set or the build
 * fails; a failed build throws an Error naming its first error line and the log, with the
 * figures below measured up to the failure.
 * @param {string} dir
 * @param {{ logFile: string, keep?: boolean, env?: Record<string, string> }} options
 * @returns {{ seconds: number, cpu: number | null, peakMb: number, log: string }} wall seconds;
 *   CPU seconds, user + system (null without /usr/bin/time); peak RSS in MB (NaN without it:
 *   the child's peak cannot be told apart from this process's); the log.
 */
export function astroBuild(dir, { logFile, keep = false, env = {} }) {
  clean(dir);
  const options = {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", ...env },
    encoding: /** @type {const} */ ("utf8"),
    maxBuffer: 1 << 28,
  };
  const args = [ASTRO, "build"];
  const started = process.hrtime.bigint();
  const result = TIME
    ? spawnSync(TIME, ["-v", process.execPath, ...args], options)
    : spawnSync(process.execPath, args, options);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const log = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, "");
  const stderr = result.stderr ?? "";
  const user = /User time \(seconds\): ([\d.]+)/.exec(stderr)?.[1];
  const system = /System time \(seconds\): ([\d.]+)/.exec(stderr)?.[1];
  const rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1]);
  const measured = {
    seconds,
    cpu: user && system ? Number(user) + Number(system) : null,
    peakMb: rssKb / 1024,
  };
  if (keep || result.status !== 0) writeFileSync(logFile, log);
  if (result.status !== 0) {
    const first = log
      .split("\n")
      .find((l) => /\[ERROR\]|^\w*Error\b|problem|not supported|FATAL ERROR/.test(l));
    // A build killed by a signal (the kernel's out-of-memory killer sends SIGKILL) may leave no
    // error line: /usr/bin/time reports the signal.
    const signalNo = /Command terminated by signal (\d+)/.exec(log)?.[1];
    const signal = result.signal ?? (signalNo ? `signal ${signalNo}` : null);
    const how = first?.trim() ?? (signal ? `killed by ${signal}` : "no error line");
    // What was measured up to the failure goes with the error (a finding in itself).
    throw Object.assign(new Error(`${how} (full log: ${logFile})`), measured);
  }
  return { ...measured, log };
}

/** A time as Astro prints it: "992ms", "1.21s", or from a minute on "3m 11s". */
const TIME_STAT = String.raw`(\d+m \d+s|[\d.]+(?:ms|s))\b`;

/**
 * Seconds from a time as Astro prints it ("992ms", "1.21s", "3m 11s"), or null.
 * @param {string | undefined} text
 * @returns {number | null}
 */
export function duration(text) {
  if (text === undefined) return null;
  const minutes = /^(\d+)m (\d+)s$/.exec(text);
  if (minutes) return Number(minutes[1]) * 60 + Number(minutes[2]);
  return text.endsWith("ms") ? Number(text.slice(0, -2)) / 1000 : Number(text.slice(0, -1));
}

/**
 * The content sync + types phase ("[types] Generated") and the Vite server bundle (the first
 * "[vite] ✓ built in"; the second, much smaller one is the client bundle), in seconds, from
 * Astro's build log (colours stripped); null when the line is missing.
 * @param {string} log
 */
export function bundlePhases(log) {
  const types = new RegExp(String.raw`\[types\] Generated ${TIME_STAT}`).exec(log);
  const bundle = new RegExp(String.raw`\[vite\] ✓ built in ${TIME_STAT}`).exec(log);
  return { types: duration(types?.[1]), bundle: duration(bundle?.[1]) };
}

/**
 * From Astro's build log (colours stripped): the page generation phase in seconds ("✓ Completed
 * in" after "generating static routes"; null if missing) and every page Astro listed with the
 * seconds it took (the "(+Nms)" after its path).
 * @param {string} log
 * @returns {{ generation: number | null, pages: { path: string, seconds: number }[] }}
 */
export function pageTimes(log) {
  const COMPLETED = new RegExp(String.raw`^[\d:]*\s*✓ Completed in ${TIME_STAT}`);
  const TOOK = new RegExp(String.raw`\(\+${TIME_STAT}\)`);
  const lines = log.split("\n");
  const start = lines.findIndex((l) => /generating static routes/.test(l));
  /** @type {{ path: string, seconds: number }[]} */
  const pages = [];
  let generation = null;
  if (start < 0) return { generation, pages };
  /** @type {string | null} the page whose "(+Nms)" has not been seen yet */
  let current = null;
  for (const line of lines.slice(start + 1)) {
    // The phase ends with an untagged "✓ Completed in"; a "[build]" line means it was missed.
    const done = COMPLETED.exec(line);
    if (done) generation = duration(done[1]);
    if (done || /\[build\]/.test(line)) break;
    // A warning may follow the path on the same line ("/x/index.html13:32:09 [WARN] ..."), and
    // then the "(+Nms)" comes on a line of its own.
    const page = /[├└]─\s+(\/\S*?)(?=\d\d:\d\d:\d\d|\s|$)/.exec(line);
    if (page?.[1] !== undefined) current = page[1];
    const took = TOOK.exec(line);
    if (took && current !== null) {
      pages.push({ path: current, seconds: Number(duration(took[1])) });
      current = null;
    }
  }
  return { generation, pages };
}

/**
 * The numbers of a `--name=1,2,3` argument, or undefined when it is absent.
 * @param {string} name
 * @returns {number[] | undefined}
 */
export const listArg = (name) =>
  process.argv
    .find((a) => a.startsWith(`--${name}=`))
    ?.slice(`--${name}=`.length)
    .split(",")
    .map(Number);
