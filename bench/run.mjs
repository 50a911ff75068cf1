// npm run bench [-- --full] [-- --build] [-- --dist=<dir>] [-- --plan=10x1000,1000x1000]
// Runs every benchmark and writes bench/RESULTS.md: page weight (bench:weight, on dist/; with
// --build, `npm run build` first; --dist=<dir> measures a build elsewhere), build scaling (bench:build; --full for every combination, --repeat=N builds of each),
// build time by number of languages (bench:locales; --repeat=N too),
// and bench:data / bench:charts / bench:records when package.json defines them. Benchmarks are scripts, not
// timed tests: figures depend on the machine, which RESULTS.md records.
import { execSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, totalmem } from "node:os";

const args = process.argv.slice(2);
const scripts = JSON.parse(readFileSync("package.json", "utf8")).scripts ?? {};
const started = new Date();
const loadAtStart = loadavg()
  .map((n) => n.toFixed(1))
  .join(" ");
const sections = [];
let failed = 0;

function npmRun(name, extra = []) {
  console.log(`\n=== npm run ${name} ${extra.join(" ")}`);
  const t = process.hrtime.bigint();
  const result = spawnSync(
    "npm",
    ["run", "--silent", name, ...(extra.length ? ["--", ...extra] : [])],
    {
      encoding: "utf8",
      maxBuffer: 1 << 28,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
    },
  );
  const seconds = Number(process.hrtime.bigint() - t) / 1e9;
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  if (result.status !== 0) failed++;
  return { ...result, seconds };
}

/** Output of a benchmark owned elsewhere, minus npm's machine noise. */
function clean(text) {
  return text
    .split("\n")
    .filter((l) => !/^npm (warn|WARN)|Unknown user config|EBADENGINE/.test(l))
    .join("\n")
    .trim();
}

if (args.includes("--build")) {
  const r = npmRun("build");
  if (r.status !== 0) {
    console.error("The build failed; page weight would describe a stale dist/.");
    process.exit(1);
  }
}

const distArg = args.find((a) => a.startsWith("--dist="))?.slice("--dist=".length);
const dist = distArg ?? "dist";
const weight = npmRun("bench:weight", distArg ? ["--dist", distArg] : []);
sections.push(
  existsSync("bench/tmp/page-weight.md") && weight.status !== null
    ? readFileSync("bench/tmp/page-weight.md", "utf8") +
        (existsSync(`${dist}/index.html`)
          ? `\n(${dist} built ${statSync(`${dist}/index.html`).mtime.toISOString().slice(0, 16)}Z.)\n`
          : "")
    : `### Page weight\n\nNot measured: ${clean(weight.stderr)}\n`,
);

const scaling = npmRun(
  "bench:build",
  args.filter((a) => a === "--full" || /^--(plan|stories|rows|repeat)=/.test(a)),
);
sections.push(
  scaling.status === 0 && existsSync("bench/tmp/build-scaling.md")
    ? `${readFileSync("bench/tmp/build-scaling.md", "utf8")}\n(This step took ${(scaling.seconds / 60).toFixed(1)} minutes.)\n`
    : `### Build scaling\n\nFailed:\n\n\`\`\`\n${clean(scaling.stderr).slice(-3000)}\n\`\`\`\n`,
);

// Build time by number of languages (issue 16): its own table, like build scaling.
if (scripts["bench:locales"]) {
  const locales = npmRun(
    "bench:locales",
    args.filter((a) => /^--repeat=/.test(a)),
  );
  sections.push(
    locales.status === 0 && existsSync("bench/tmp/locales.md")
      ? `<!-- bench:locales -->\n${readFileSync("bench/tmp/locales.md", "utf8")}\n(This step took ${(locales.seconds / 60).toFixed(1)} minutes.)\n<!-- /bench:locales -->\n`
      : `### Build time by number of languages\n\nFailed:\n\n\`\`\`\n${clean(locales.stderr).slice(-3000)}\n\`\`\`\n`,
  );
}

for (const name of ["bench:data", "bench:charts", "bench:records"]) {
  if (!scripts[name]) {
    sections.push(`### ${name}\n\nNot defined in package.json at this run.\n`);
    continue;
  }
  const r = npmRun(name);
  sections.push(
    `### ${name}\n\n${r.status === 0 ? "" : `**exit ${r.status}**\n\n`}\`\`\`\n${clean(r.stdout)}\n${r.status === 0 ? "" : clean(r.stderr)}\n\`\`\`\n`,
  );
}

const git = (cmd) => {
  try {
    return execSync(`git ${cmd}`, { encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
};
const header = `# Benchmark results

Written by \`npm run bench${args.length ? ` -- ${args.join(" ")}` : ""}\` (bench/run.mjs); do not edit by hand.

- Date: ${started.toISOString().slice(0, 16).replace("T", " ")} UTC (took ${((Date.now() - started.getTime()) / 60000).toFixed(1)} minutes)
- Commit: ${git("rev-parse --short HEAD")}${git("status --porcelain") ? " (with uncommitted changes in the working tree)" : ""}
- Load average (1, 5, 15 min): ${loadAtStart} at the start, ${loadavg()
  .map((n) => n.toFixed(1))
  .join(" ")} at the end
- Machine: ${availableParallelism()} CPUs (${cpus()[0]?.model ?? "unknown"}), ${(totalmem() / 2 ** 30).toFixed(1)} GB memory, Node ${process.versions.node}, ${process.platform} ${process.arch}
- Goals: story pages need 0 bytes of JS and under 60 KB of HTML + CSS (gzip); the build stays within 1.5x of a bare Astro + MDX build of the same stories and grows linearly.

Other engineers' processes may share the machine during a run; compare figures from one run, and rerun before drawing conclusions from a single number.
`;

writeFileSync("bench/RESULTS.md", [header, ...sections].join("\n"));
console.log(
  `\nWrote bench/RESULTS.md${failed ? ` (${failed} benchmark(s) exited non-zero)` : ""}.`,
);
process.exit(failed ? 1 : 0);
