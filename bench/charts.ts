// npm run bench:charts [-- --rows 100000]
// Renders every chart (both widths, every panel, table and CSV) for generated data sets of
// --rows rows each (exchanges, communication, abuses), after the specs aggregate what would be
// unreadable as one mark per row, and prints timings. Also times the real data/ package.
// A benchmark, not a test: figures depend on the machine.
import { cpus } from "node:os";
import { BUILDERS } from "../src/lib/charts/charts.ts";
import { loadChartData } from "../src/lib/charts/data.ts";
import { buildFigure } from "../src/lib/charts/figure.ts";
import type { ChartData } from "../src/lib/charts/model.ts";
import { CHART_NAMES, type ChartName } from "../src/lib/charts/registry.ts";
import type {
  AbuseRow,
  AccessStatus,
  CommunicationRow,
  ExchangeRow,
  PartialDate,
  SourceRow,
} from "../src/lib/data/types.ts";

const args = process.argv.slice(2);
const rowsArg = args.indexOf("--rows");
const ROWS = rowsArg === -1 ? 100_000 : Number(args[rowsArg + 1]);

/** A seeded generator, so every run draws the same data. */
let seed = 42;
const random = (): number => {
  seed = (seed * 1_664_525 + 1_013_904_223) % 4_294_967_296;
  return seed / 4_294_967_296;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const START = Date.UTC(2022, 2, 1);
const SPAN_DAYS = 4 * 365;
function day(offset: number): PartialDate {
  const d = new Date(START + offset * 86_400_000);
  return {
    iso: d.toISOString().slice(0, 10),
    precision: "day",
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    start: d,
  };
}

const sources: SourceRow[] = Array.from({ length: 200 }, (_, i) => ({
  id: `bench-source-${i}`,
  title: `Generated source ${i}`,
  title_note: null,
  outlet: `Outlet ${i % 40}`,
  original_outlet: { missing: "not applicable" },
  author: { missing: "not stated" },
  published: day(Math.floor(random() * SPAN_DAYS)),
  published_note: null,
  url: `https://example.org/${i}`,
  language: "en",
  kind: "news report",
  seed_file: null,
  summary: "Generated for the benchmark.",
}));

function exchanges(n: number): ExchangeRow[] {
  return Array.from({ length: n }, (_, i) => {
    const undisclosed = random() < 0.05;
    const date = day(Math.floor((i / n) * SPAN_DAYS));
    return {
      id: `x-${i}`,
      date,
      date_note: null,
      kind: undisclosed ? "stage" : "exchange",
      exchange_number: { missing: "not stated" },
      returned_to_ukraine: undisclosed ? { missing: "not disclosed" } : Math.floor(random() * 400),
      returned_to_ukraine_qualifier: "exact",
      ukraine_military: { missing: "not reported" },
      ukraine_civilians: { missing: "not reported" },
      returned_to_russia:
        undisclosed || random() < 0.1 ? { missing: "not reported" } : Math.floor(random() * 400),
      returned_to_russia_qualifier: "exact",
      russia_military: { missing: "not reported" },
      russia_civilians: { missing: "not reported" },
      mediator: ["UAE"],
      source_id: pick(sources).id,
      other_source_ids: null,
      notes: null,
    };
  });
}

const REGIMES: CommunicationRow["regime"][] = ["Ukraine (detaining)", "Russia (detaining)"];
const CHANNELS: CommunicationRow["channel"][] = ["phone call", "letter", "ICRC visit", "parcel"];
const STATUSES: AccessStatus[] = ["allowed", "restricted", "banned"];
function communication(n: number): CommunicationRow[] {
  return Array.from({ length: n }, (_, i) => {
    const regime = pick(REGIMES);
    const start = Math.floor(random() * (SPAN_DAYS - 30));
    return {
      id: `c-${i}`,
      regime,
      prisoners:
        regime === "Ukraine (detaining)"
          ? "Russian POWs held by Ukraine"
          : "Ukrainian POWs held by Russia",
      channel: pick(CHANNELS),
      status: pick(STATUSES),
      limit: { missing: "not stated" },
      start: day(start),
      end: day(start + 1 + Math.floor(random() * 60)),
      legal_basis: { missing: "not stated" },
      summary: "Generated.",
      source_id: pick(sources).id,
      other_source_ids: null,
      notes: null,
    };
  });
}

const BODIES: AbuseRow["reporting_body"][] = [
  "OHCHR",
  "Prosecutor General of Ukraine",
  "Human Rights Watch",
];
function abuses(n: number): AbuseRow[] {
  return Array.from({ length: n }, (_, i) => {
    const body = pick(BODIES);
    const share = random() < 0.01;
    const at = Math.floor((i / n) * SPAN_DAYS);
    const denominator = 50 + Math.floor(random() * 200);
    return {
      id: `a-${i}`,
      report_date: day(at),
      period_start: day(0),
      period_end: day(at),
      reporting_body: body,
      verification: body === "OHCHR" ? "UN verified" : "official national count",
      victims: "Ukrainian POWs",
      perpetrator: random() < 0.8 ? "Russia" : "Ukraine",
      measure: share
        ? "torture or ill-treatment reported"
        : pick(["executions", "deaths in captivity"] as const),
      figure: share ? Math.floor(random() * denominator) : Math.floor((i / n) * 300),
      figure_kind: share ? "share" : "exact",
      denominator: share ? denominator : { missing: "not applicable" },
      percent: { missing: "not applicable" },
      summary: "Generated.",
      source_id: pick(sources).id,
      other_source_ids: null,
      notes: null,
    };
  });
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const t = process.hrtime.bigint();
  const value = fn();
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, value };
}

function report(label: string, name: ChartName, data: ChartData): void {
  const { ms, value: fig } = time(() => buildFigure(name, data, BUILDERS[name]));
  const svgBytes = fig.panels.reduce(
    (n, p) => n + p.variants.reduce((m, v) => m + v.svg.length, 0),
    0,
  );
  const marks = fig.panels.reduce(
    (n, p) => n + (p.variants[0]?.svg.match(/<(circle|path|rect|line|text) /g)?.length ?? 0),
    0,
  );
  console.log(
    [
      label.padEnd(22),
      name.padEnd(10),
      `${ms.toFixed(0).padStart(6)} ms`,
      `${String(fig.panels.length).padStart(2)} panels`,
      `${String(marks).padStart(6)} SVG elements (narrow)`,
      `${(svgBytes / 1024).toFixed(0).padStart(6)} KiB SVG`,
      `${String(fig.table.rows.length).padStart(7)} table rows`,
      `${(fig.download.href.length / 1024 / 1024).toFixed(1).padStart(5)} MiB CSV link`,
    ].join("  "),
  );
}

console.log(`bench:charts on ${cpus()[0]?.model ?? "unknown CPU"}, Node ${process.version}`);

const real = time(() => loadChartData());
console.log(`loadChartData() (real data/, parse + validate once): ${real.ms.toFixed(0)} ms`);
for (const name of CHART_NAMES) report("real data/", name, real.value);
// Second pass: the renderer's steady state once everything is warm.
for (const name of CHART_NAMES) report("real data/ (warm)", name, real.value);

const generated: ChartData = {
  version: "0.0.0-bench",
  sources,
  exchanges: exchanges(ROWS),
  exchange_claims: [],
  totals: [],
  communication: communication(ROWS),
  abuses: abuses(ROWS),
};
for (const name of CHART_NAMES)
  report(`${ROWS.toLocaleString("en")} generated rows`, name, generated);
