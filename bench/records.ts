// npm run bench:records [-- --rows 100000] [-- --versions 100] [-- --history-rows 10000]
// Two measurements for the record pages (issue 15):
// 1. Record pages at --rows exchange rows: the real package with exchanges.csv grown to that
//    many rows (copies of the real rows, new ids). Times what the site's code does for the
//    record pages (getStaticPaths, then each page's recordView: fields, sources, citation,
//    CSV/JSON, history lookup) and reports ms per page and peak memory. Astro's own HTML
//    rendering of each page is not included: see bench:build for whole builds.
// 2. History over --versions data versions of a --history-rows row file in a real temporary
//    git repository (each version changes 1% of rows, adds 0.5% and removes 0.2%): the time of
//    readHistory (one git log, one cat-file --batch, parse, compare).
// Prints a Markdown section; a benchmark, not a test (figures depend on the machine).
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { createServer } from "vite";
import { parseRawTable } from "../src/lib/data/raw.ts";
import { readHistory } from "../src/lib/data/history.ts";

const args = process.argv.slice(2);
const arg = (name: string, fallback: number): number => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(args[i + 1]);
};
const ROWS = arg("rows", 100_000);
const VERSIONS = arg("versions", 100);
const HISTORY_ROWS = arg("history-rows", 10_000);
const root = mkdtempSync(join(tmpdir(), "captivity-bench-records-"));
const lines: string[] = ["### bench:records", ""];
const peakMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

/** A CSV cell as written: quoted when it holds a comma, a quote or a line break. */
const csvCell = (v: string): string => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

try {
  // 1. Record pages at ROWS rows.
  const dir = join(root, "data");
  cpSync(join(import.meta.dirname, "../data"), dir, { recursive: true });
  const text = readFileSync(join(dir, "exchanges.csv"), "utf8");
  const table = parseRawTable(text);
  const originals = [...table.rows.values()];
  const out = [table.headerLine];
  for (let i = 0; out.length - 1 < ROWS; i++) {
    const row = originals[i % originals.length]!;
    const copy = Math.floor(i / originals.length);
    const cells = [...row.cells];
    if (copy > 0) {
      cells[0] = `${cells[0]}-c${copy}`;
      const n = table.header.indexOf("exchange_number");
      if (n >= 0) cells[n] = "not stated";
    }
    out.push(cells.map(csvCell).join(","));
  }
  writeFileSync(join(dir, "exchanges.csv"), `${out.join("\n")}\n`);
  process.env["CAPTIVITY_DATA_DIR"] = dir;
  process.env["CAPTIVITY_HISTORY"] = "off";

  const server = await createServer({
    server: { middlewareMode: true, hmr: false, watch: null },
    appType: "custom",
    logLevel: "error",
    root: join(import.meta.dirname, ".."),
  });
  try {
    const data = await server.ssrLoadModule("/src/lib/data/index.ts");
    const site = await server.ssrLoadModule("/src/lib/site/record-data.ts");
    let t = performance.now();
    const pkg = data.loadPackage();
    const loadMs = performance.now() - t;
    t = performance.now();
    const paths = site.recordPaths() as { props: unknown }[];
    const pathsMs = performance.now() - t;
    const exchangeRows = pkg.resources.exchanges.rowCount as number;
    t = performance.now();
    const viewsCpu = process.cpuUsage();
    let bytes = 0;
    for (const { props } of paths) {
      const view = site.recordView(props, "https://example.org/");
      bytes += view.model.csv.length + view.model.json.length;
    }
    const viewsMs = performance.now() - t;
    const used = process.cpuUsage(viewsCpu);
    const viewsCpuMs = (used.user + used.system) / 1000;
    lines.push(
      `Record pages with exchanges.csv at ${exchangeRows.toLocaleString("en")} rows (${paths.length.toLocaleString("en")} record pages in all):`,
      "",
      `| step | time |`,
      `| --- | --- |`,
      `| read and validate the package | ${(loadMs / 1000).toFixed(1)} s |`,
      `| getStaticPaths (with the chart, key-figure and source indexes) | ${(pathsMs / 1000).toFixed(1)} s |`,
      `| recordView for every page | ${(viewsMs / 1000).toFixed(1)} s: **${(viewsMs / paths.length).toFixed(3)} ms per page** (CPU ${(viewsCpuMs / paths.length).toFixed(3)} ms) |`,
      `| peak memory (RSS) of the process | **${peakMb()} MB** |`,
      "",
      `(${(bytes / 2 ** 20).toFixed(0)} MB of CSV and JSON text written by the views.)`,
      "",
    );
  } finally {
    await server.close();
  }

  // 2. History over VERSIONS versions of HISTORY_ROWS rows, in a real git repository.
  const repo = join(root, "repo");
  const hdir = join(repo, "data");
  mkdirSync(hdir, { recursive: true });
  const git = (...a: string[]): void => {
    execFileSync("git", a, {
      cwd: repo,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: "bench",
        GIT_AUTHOR_EMAIL: "bench@example.org",
        GIT_COMMITTER_NAME: "bench",
        GIT_COMMITTER_EMAIL: "bench@example.org",
      },
    });
  };
  git("init", "-q", "-b", "main");
  const rows = new Map<string, string[]>();
  let next = 0;
  const add = (): void => {
    const id = `r${next++}`;
    rows.set(id, [id, String(next % 997), "about", "2024-05", `note ${next}`, "src-a;src-b"]);
  };
  for (let i = 0; i < HISTORY_ROWS; i++) add();
  let seed = 1;
  const random = (): number => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const t0 = performance.now();
  for (let v = 1; v <= VERSIONS; v++) {
    if (v > 1) {
      const ids = [...rows.keys()];
      for (let i = 0; i < HISTORY_ROWS * 0.01; i++) {
        const row = rows.get(ids[Math.floor(random() * ids.length)]!)!;
        row[1] = String(Number(row[1]) + 1);
      }
      for (let i = 0; i < HISTORY_ROWS * 0.002; i++)
        rows.delete(ids[Math.floor(random() * ids.length)]!);
      for (let i = 0; i < HISTORY_ROWS * 0.005; i++) add();
    }
    const version = `1.${v}.0`;
    writeFileSync(
      join(hdir, "datapackage.json"),
      JSON.stringify({
        name: "bench",
        version,
        resources: [{ name: "things", path: "things.csv", schema: { primaryKey: ["id"] } }],
      }),
    );
    writeFileSync(
      join(hdir, "things.csv"),
      `id,figure,qualifier,date,notes,source_ids\n${[...rows.values()].map((r) => r.join(",")).join("\n")}\n`,
    );
    git("add", "-A");
    git("commit", "-q", "-m", version);
  }
  const setupS = (performance.now() - t0) / 1000;
  delete process.env["CAPTIVITY_HISTORY"];
  const cpu = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  };
  const t1 = performance.now();
  const c1 = cpu();
  const history = readHistory(hdir);
  const historyS = (performance.now() - t1) / 1000;
  const historyCpuS = cpu() - c1;
  if (!history.available) throw new Error(`history unavailable: ${history.reason}`);
  let events = 0;
  for (const list of history.events.values()) events += list.length;
  lines.push(
    `History of ${VERSIONS} data versions of a ${HISTORY_ROWS.toLocaleString("en")}-row file (a real git repository; making it took ${setupS.toFixed(0)} s): **${historyS.toFixed(2)} s** for readHistory (${historyCpuS.toFixed(2)} s of this process's CPU time; git's own time is not in it), ${events.toLocaleString("en")} row events, ${history.versions.length} versions.`,
    "",
    `Load average at the end: ${loadavg()
      .map((n) => n.toFixed(1))
      .join(" ")}.`,
  );
} finally {
  rmSync(root, { recursive: true, force: true });
}
console.log(lines.join("\n"));
