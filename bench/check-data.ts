// npm run bench:data [-- --rows 100000]
// Times the data validator on a generated package: the valid fixture package
// (tests/fixtures/data/valid) cloned until it holds about --rows rows across its six files,
// keys and references renumbered so every foreign key resolves. Runs loadPackage() through
// CAPTIVITY_DATA_DIR, then `npm run check:data` end to end, then a copy with 1% bad cells.
// Prints timings; a benchmark, not a test (figures depend on the machine).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { loadPackage, resetDataCache, DataPackageError } from "../src/lib/data/index.ts";

const args = process.argv.slice(2);
const rowsArg = args.indexOf("--rows");
const target = rowsArg === -1 ? 100_000 : Number(args[rowsArg + 1]);
const FIXTURE = join(import.meta.dirname, "../tests/fixtures/data/valid");

interface Descriptor {
  resources: {
    name: string;
    path: string;
    schema: {
      primaryKey?: string[];
      foreignKeys?: { fields: string[] }[];
      fields: {
        name: string;
        type?: string;
        delimiter?: string;
        constraints?: { maximum?: number };
      }[];
    };
  }[];
}
const descriptor = JSON.parse(
  readFileSync(join(FIXTURE, "datapackage.json"), "utf8"),
) as Descriptor;

const fixtureRows = descriptor.resources.map((r) => {
  const parsed = Papa.parse<string[]>(readFileSync(join(FIXTURE, r.path), "utf8"), {
    delimiter: ",",
    skipEmptyLines: true,
  });
  const [header = [], ...rows] = parsed.data;
  return { resource: r, header, rows };
});
const perCopy = fixtureRows.reduce((sum, r) => sum + r.rows.length, 0);
const copies = Math.ceil(target / perCopy);

function generate(dir: string, badEvery = 0): number {
  cpSync(FIXTURE, dir, { recursive: true });
  let total = 0;
  let bad = 0;
  for (const { resource, header, rows } of fixtureRows) {
    const keyed = new Set([
      ...(resource.schema.primaryKey ?? []),
      ...(resource.schema.foreignKeys ?? []).flatMap((fk) => fk.fields),
    ]);
    const delimiters = header.map(
      (h) => resource.schema.fields.find((f) => f.name === h)?.delimiter,
    );
    const keyColumns = header.map((h) => keyed.has(h));
    const numeric = header.map((h) => {
      const type = resource.schema.fields.find((f) => f.name === h)?.type;
      return type === "integer" || type === "number";
    });
    // Counts without a maximum can grow; percentages cannot.
    const growable = header.map((h, c) => {
      const field = resource.schema.fields.find((f) => f.name === h);
      return numeric[c] === true && field?.constraints?.maximum === undefined;
    });
    const out: string[][] = [header];
    for (let i = 0; i < copies; i++) {
      for (const row of rows) {
        const copy = row.map((cell, c) => {
          if (cell === "" || cell.startsWith("not ")) return cell;
          // Vary figures and years from copy to copy, so repeated values do not flatter the
          // validator (it types each distinct value of a field once).
          if (!keyColumns[c] && growable[c] && /^\d+$/.test(cell))
            return String(Number(cell) + (i % 1000));
          // Every date of a copy moves back by the same number of years, so an event still
          // precedes its source's publication (the validator checks it) and none is in the future.
          if (!keyColumns[c] && /^\d{4}(-\d{2}){0,2}$/.test(cell))
            return `${Number(cell.slice(0, 4)) - (i % 76)}${cell.slice(4)}`;
          if (!keyColumns[c]) return cell;
          const d = delimiters[c];
          return d
            ? cell
                .split(d)
                .map((v) => `${v}-${i}`)
                .join(d)
            : `${cell}-${i}`;
        });
        if (badEvery > 0 && ++bad % badEvery === 0) {
          const c = numeric.findIndex(Boolean);
          if (c !== -1) copy[c] = "12a";
        }
        out.push(copy);
        total++;
      }
    }
    writeFileSync(join(dir, resource.path), Papa.unparse(out, { newline: "\r\n" }) + "\r\n");
  }
  return total;
}

/** Wall time, and CPU time of this process (less sensitive to a busy machine). */
function time<T>(fn: () => T): { result: T; ms: number; cpuMs: number } {
  const t = performance.now();
  const cpu = process.cpuUsage();
  const result = fn();
  const used = process.cpuUsage(cpu);
  return { result, ms: performance.now() - t, cpuMs: (used.user + used.system) / 1000 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const root = mkdtempSync(join(tmpdir(), "bench-check-data-"));
if (args.includes("--generate-only")) {
  generate(join(root, "data"));
  console.log(join(root, "data"));
  process.exit(0);
}
try {
  const dir = join(root, "data");
  const gen = time(() => generate(dir));
  const bytes = descriptor.resources.reduce(
    (s, r) => s + readFileSync(join(dir, r.path)).length,
    0,
  );
  console.log(
    `Generated ${gen.result.toLocaleString("en-US")} rows (${(bytes / 1e6).toFixed(1)} MB of CSV in 6 files) in ${(gen.ms / 1000).toFixed(2)} s`,
  );
  console.log(
    `Node ${process.version}, ${cpus()[0]?.model ?? "unknown CPU"} x ${cpus().length}, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );

  process.env["CAPTIVITY_DATA_DIR"] = dir;
  const runs: number[] = [];
  const cpuRuns: number[] = [];
  for (let i = 0; i < 5; i++) {
    resetDataCache();
    const { result, ms, cpuMs } = time(() => loadPackage());
    runs.push(ms);
    cpuRuns.push(cpuMs);
    if (i === 0) {
      const rows = Object.values(result.resources).reduce((s, r) => s + r.rowCount, 0);
      console.log(`loadPackage(): ${rows.toLocaleString("en-US")} typed rows`);
    }
  }
  console.log(
    `loadPackage() (parse + validate + type, in process), 5 runs: first ${((runs[0] ?? 0) / 1000).toFixed(2)} s, median ${(median(runs) / 1000).toFixed(2)} s wall, ${(median(cpuRuns) / 1000).toFixed(2)} s CPU`,
  );
  const memo = time(() => loadPackage());
  console.log(`loadPackage() again (memoised): ${memo.ms.toFixed(3)} ms`);
  console.log(`Heap used after loading: ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);

  const cli = time(() =>
    spawnSync("npm", ["run", "--silent", "check:data"], { encoding: "utf8", env: process.env }),
  );
  const line = cli.result.stdout.trim().split("\n").at(-1) ?? "";
  console.log(
    `npm run check:data (new process, end to end): ${(cli.ms / 1000).toFixed(2)} s, exit ${cli.result.status}: ${line}`,
  );

  const badDir = join(root, "bad");
  generate(badDir, 100);
  process.env["CAPTIVITY_DATA_DIR"] = badDir;
  resetDataCache();
  const bad = time(() => {
    try {
      loadPackage();
      return 0;
    } catch (error) {
      return error instanceof DataPackageError ? error.issues.length : -1;
    }
  });
  console.log(
    `With 1% bad cells: ${bad.result.toLocaleString("en-US")} issues reported in ${(bad.ms / 1000).toFixed(2)} s wall, ${(bad.cpuMs / 1000).toFixed(2)} s CPU`,
  );
} finally {
  if (process.env["BENCH_KEEP"]) console.log(`Kept ${root}`);
  else rmSync(root, { recursive: true, force: true });
}
