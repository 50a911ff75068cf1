import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { loadChartData } from "../../../src/lib/charts/data";
import { formatNumber } from "../../../src/lib/format";
import type { ChartData } from "../../../src/lib/charts/model";
import { isMissing, type ExchangeRow } from "../../../src/lib/data/types";
import { FIXTURE } from "../../fixtures/charts/rows";
import { figure, HAVE_REAL_DATA, marks, overlayOf, svgOf, texts, titles } from "./helpers";

const drawnKinds = (row: ExchangeRow): boolean => row.kind === "exchange" || row.kind === "stage";

function expected(data: ChartData) {
  const rows = data.exchanges.filter(drawnKinds);
  const known = (side: "ukraine" | "russia") =>
    rows
      .map((r) => (side === "ukraine" ? r.returned_to_ukraine : r.returned_to_russia))
      .filter((v): v is number => !isMissing(v));
  const missing = (reason: string) =>
    rows
      .flatMap((r) => [r.returned_to_ukraine, r.returned_to_russia])
      .filter((v) => isMissing(v) && v.missing === reason).length;
  return {
    rows,
    ukraine: known("ukraine"),
    russia: known("russia"),
    undisclosed: missing("not disclosed"),
    unreported:
      rows.length * 2 - known("ukraine").length - known("russia").length - missing("not disclosed"),
  };
}

/** Checks that hold for any data: fixture or real. */
function checkStructure(data: ChartData): void {
  const fig = figure("exchanges", data);
  const svg = svgOf(fig, "each");
  const want = expected(data);

  // One filled dot and one stem per announced figure; nothing else gets a stem.
  expect(marks(svg, "chart-announced").length).toBe(want.ukraine.length + want.russia.length);
  expect(marks(svg, "chart-stem").length).toBe(want.ukraine.length + want.russia.length);
  // Undisclosed figures are their own hollow marker, at the baseline, never a zero-height bar.
  const undisclosed = marks(svg, "chart-undisclosed");
  expect(undisclosed.length).toBe(want.undisclosed);
  const hiddenTitles = titles(overlayOf(fig, "each"), "chart-undisclosed");
  expect(hiddenTitles.length).toBe(want.undisclosed);
  for (const t of hiddenTitles) expect(t).toContain("figure not disclosed");
  const unreported = marks(svg, "chart-not-reported");
  expect(unreported.length).toBe(want.unreported);
  const baseline = svg.querySelector("g.chart-baseline line")?.getAttribute("y1");
  for (const m of undisclosed) expect(m.getAttribute("cy")).toBe(baseline);

  // Every claim is drawn as a hollow diamond and says who claims it.
  const claims = data.exchange_claims.filter((c) => want.rows.some((r) => r.id === c.exchange_id));
  expect(marks(svg, "chart-claim").length).toBe(claims.length);
  const claimTitles = titles(overlayOf(fig, "each"), "chart-claim");
  expect(claimTitles.length).toBe(claims.length);
  for (const t of claimTitles) expect(t).toMatch(/as claimed by \w+/);

  // Every mark links the record page of the row it draws, in the aria-hidden overlay (not inside role=img).
  expect(svg.querySelectorAll("a").length).toBe(0);
  const overlay = overlayOf(fig, "each");
  expect(overlay?.getAttribute("aria-hidden")).toBe("true");
  const links = Array.from(overlay?.querySelectorAll("a") ?? []);
  expect(links.length).toBe(
    want.ukraine.length + want.russia.length + want.undisclosed + want.unreported + claims.length,
  );
  for (const a of links) {
    expect(a.getAttribute("href")).toMatch(/^\/data\/(exchanges|exchange_claims)\/[a-z0-9-]+\/$/);
    expect(a.getAttribute("tabindex")).toBe("-1");
    expect(a.querySelector("title")?.textContent).toContain("Source: ");
  }

  // The text alternative carries the sums, computed from the rows.
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const description = fig.panels[0]?.description ?? "";
  expect(svg.getAttribute("aria-label")).toBe(description);
  expect(description).toContain(
    `announced ${formatNumber(sum(want.ukraine))} people returned to Ukraine in ${formatNumber(want.ukraine.length)}`,
  );
  expect(description).toContain(
    `announced ${formatNumber(sum(want.russia))} people returned to Russia in ${formatNumber(want.russia.length)}`,
  );

  // Official totals: one line per measure, never merged; "held" figures (claims by different
  // sides and bodies) get one line per claimant, so one side's figure never joins another's.
  const measures = new Set(data.totals.map((t) => t.measure));
  const lines = new Set(
    data.totals.map((t) =>
      / held by /.test(t.measure) ? `${t.measure}|${t.stated_by}` : t.measure,
    ),
  );
  const totalLines = fig.panels
    .filter((p) => p.key.startsWith("totals"))
    .flatMap((p) => marks(svgOf(fig, p.key), "chart-line"));
  expect(totalLines.length).toBe(lines.size);
  for (const measure of measures)
    expect(fig.panels.map((p) => p.description).join(" ")).toContain(measure);
}

describe("exchanges chart on fixture rows", () => {
  const fig = figure("exchanges", FIXTURE);

  it("draws announced, undisclosed, unreported and claimed figures apart", () => {
    checkStructure(FIXTURE);
  });

  it("notes 8 Feb 2024, the May 2025 exchange and undisclosed stages with figures from the data", () => {
    expect(fig.panels[0]?.notes).toEqual([
      "8 Feb 2024: 100 for 100",
      "23–25 May 2025: 1,000 for 1,000 over 3 days",
      "9 Jun – 23 Jul 2025: 3 stages, figures not disclosed",
    ]);
    // Numbered on the chart, listed under it.
    expect(texts(svgOf(fig, "each"), "chart-annotation")).toEqual(["1", "2", "3"]);
    // Not hard-coded: change a figure and the note follows.
    const changed: ChartData = {
      ...FIXTURE,
      exchanges: FIXTURE.exchanges.map((r) =>
        r.id === "2025-05-24" ? { ...r, returned_to_ukraine: 306 } : r,
      ),
    };
    expect(figure("exchanges", changed).panels[0]?.notes?.[1]).toBe(
      "23–25 May 2025: 999 for 1,000 over 3 days",
    );
  });

  it("writes the whole text alternative from the rows", () => {
    expect(fig.panels[0]?.description).toBe(
      "From March 2022 to March 2026, the chart shows 13 exchanges and 3 stages of staged exchanges. " +
        "Ukraine announced 2,410 people returned to Ukraine in 13 of them; the figure was not disclosed for 3. " +
        "Russia's defence ministry announced 2,232 people returned to Russia in 10 of them; the figure was not disclosed for 4 and not reported for 2. " +
        "For 2 exchanges, another party announced a different figure: 31 Jan 2024, Russia said 195 to Ukraine; 30 Dec 2024, Russia said 150 to Ukraine. " +
        "8 Feb 2024: 100 for 100. 23–25 May 2025: 1,000 for 1,000 over 3 days. 9 Jun – 23 Jul 2025: 3 stages, figures not disclosed.",
    );
    expect(fig.panels[1]?.description).toContain(
      "returned to Ukraine, military and civilians: from 3,135 on 9 Feb 2024 to more than 7,000 on 2 Oct 2025, 5 statements",
    );
    expect(fig.panels[1]?.description).toContain(
      "Ukrainians held by Russia: 6,465 in June 2024 (Vladimir Putin)",
    );
  });

  it("slices by date, side and measure", () => {
    const y2024 = figure("exchanges", FIXTURE, { from: "2024", to: "2024" });
    const dates = y2024.table.rows.map((r) => r["date"] ?? "");
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) expect(d.startsWith("2024")).toBe(true);
    expect(y2024.download.filename).toBe("exchanges-2024-v0.0.1.csv");
    expect(y2024.panels[0]?.description).toMatch(
      /^From January 2024 to December 2024, the chart shows 4 exchanges\./,
    );

    const russia = figure("exchanges", FIXTURE, { side: "russia" });
    const whats = new Set(russia.table.rows.map((r) => r["what"]));
    expect([...whats].some((w) => w?.includes("to Ukraine"))).toBe(false);
    expect(russia.panels[0]?.description).not.toContain("returned to Ukraine");

    const held = figure("exchanges", FIXTURE, { measure: "Ukrainians held by Russia" });
    const totals = held.table.rows.filter((r) => r["resource"] === "totals");
    expect(totals.map((r) => r["what"])).toEqual(["running total: Ukrainians held by Russia"]);
    expect(held.download.filename).toBe("exchanges-ukrainians-held-by-russia-v0.0.1.csv");
  });

  it("keeps military and civilians held by Russia as two series, apart from the unsplit claim", () => {
    const people = fig.panels.find((p) => p.key === "totals-1");
    if (people === undefined) throw new Error("no totals panel");
    const svg = svgOf(fig, "totals-1");
    // One labelled row (facet) and one line per measure: the 8,000 military and the 2,000
    // civilians of 1 May 2025 are never one line, and neither joins Putin's 6,465.
    const labels = texts(svg, "chart-facet-label");
    expect(labels).toContain("Ukrainian military held by Russia: latest about 8,000 (1 May 2025)");
    expect(labels).toContain("Ukrainian civilians held by Russia: latest about 2,000 (1 May 2025)");
    expect(labels).toContain("Ukrainians held by Russia: latest 6,465 (June 2024)");
    const lines = marks(svg, "chart-line");
    expect(lines).toHaveLength(5);
    const facets = Array.from(svg.querySelectorAll("g.chart-line")).map((g) =>
      g.getAttribute("transform"),
    );
    expect(new Set(facets).size).toBe(facets.length);
    // Each point's title names its own measure.
    const held = titles(overlayOf(fig, "totals-1"), "chart-unverified").filter((t) =>
      t.startsWith("1 May 2025"),
    );
    expect(held).toEqual([
      "1 May 2025: Ukrainian military held by Russia: about 8,000 (stated by Coordination Headquarters). Source: Support for Partnership, 29 Jun 2025",
      "1 May 2025: Ukrainian civilians held by Russia: about 2,000 (stated by Coordination Headquarters). Source: Support for Partnership, 29 Jun 2025",
    ]);
    // The text alternative and the table say each measure apart.
    expect(people.description).toContain(
      "Ukrainian military held by Russia: about 8,000 on 1 May 2025 (Coordination Headquarters). Ukrainian civilians held by Russia: about 2,000 on 1 May 2025 (Coordination Headquarters).",
    );
    const whats = fig.table.rows.filter((r) => r["date"] === "2025-05-01").map((r) => r["what"]);
    expect(whats).toEqual([
      "running total: Ukrainian civilians held by Russia",
      "running total: Ukrainian military held by Russia",
    ]);
    // A story can pick one of them.
    const military = figure("exchanges", FIXTURE, { measure: "Ukrainian military held by Russia" });
    expect(
      military.table.rows.filter((r) => r["resource"] === "totals").map((r) => r["figure"]),
    ).toEqual(["8000"]);
  });

  it("offers exactly the drawn rows as CSV, with the dataset version in the file name", () => {
    expect(fig.download.filename).toBe("exchanges-v0.0.1.csv");
    expect(fig.download.href).toBe("/charts/data/exchanges-v0.0.1.csv");
    const text = fig.download.csv;
    const parsed = Papa.parse<Record<string, string>>(text, { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...fig.table.csvColumns]);
    expect(parsed.data.length).toBe(fig.table.rows.length);
    // 17 rows x 2 sides, minus 1 aborted exchange x 2, plus 2 claims, plus 10 totals.
    expect(parsed.data.length).toBe(16 * 2 + 2 + 10);
    const stage = parsed.data.find(
      (r) => r["id"] === "2025-06-09" && r["what"] === "returned to Ukraine",
    );
    expect(stage).toMatchObject({ figure: "", missing: "not disclosed" });
  });

  it("aggregates by month when there are too many exchanges to draw one by one", () => {
    const many: ExchangeRow[] = [];
    const base = FIXTURE.exchanges[1] as ExchangeRow;
    for (let i = 0; i < 2000; i++) {
      const day = new Date(Date.UTC(2022, 0, 1) + i * 86_400_000);
      const iso = day.toISOString().slice(0, 10);
      many.push({
        ...base,
        id: `x-${i}`,
        date: {
          ...base.date,
          iso,
          start: day,
          year: day.getUTCFullYear(),
          month: day.getUTCMonth() + 1,
          day: day.getUTCDate(),
        },
        returned_to_ukraine: i % 10 === 0 ? { missing: "not disclosed" } : 10,
      });
    }
    const big = figure("exchanges", { ...FIXTURE, exchanges: many, exchange_claims: [] });
    const svg = svgOf(big, "each");
    const announced = marks(svg, "chart-announced").length;
    expect(announced).toBeLessThanOrEqual(2 * 66);
    expect(marks(svg, "chart-undisclosed").length).toBeGreaterThan(0);
    // The text alternative still counts every row.
    expect(big.panels[0]?.description).toContain(
      `announced ${formatNumber(1800 * 10)} people returned to Ukraine`,
    );
    expect(big.table.caption).toContain("adds them up by month");
  });
});

describe.runIf(HAVE_REAL_DATA)("exchanges chart on the real data", () => {
  it("draws every figure honestly", () => {
    checkStructure(loadChartData());
  });

  it("labels the Coordination Headquarters' 8,000 military and 2,000 civilians apart", () => {
    const fig = figure("exchanges", loadChartData());
    const labels = texts(svgOf(fig, "totals-1"), "chart-facet-label");
    expect(labels).toContain("Ukrainian military held by Russia: latest about 8,000 (1 May 2025)");
    expect(labels).toContain("Ukrainian civilians held by Russia: latest about 2,000 (1 May 2025)");
    const rows = fig.table.rows.filter((r) => r["date"] === "2025-05-01");
    expect(Object.fromEntries(rows.map((r) => [r["id"], r["what"]]))).toEqual({
      "2025-05-01-ukrainians-held-by-russia": "running total: Ukrainian military held by Russia",
      "2025-05-01-ukrainians-held-by-russia-2": "running total: Ukrainian civilians held by Russia",
    });
  });

  it("finds both annotated events in the data", () => {
    const fig = figure("exchanges", loadChartData());
    const notes = fig.panels[0]?.notes ?? [];
    expect(notes.some((n) => n.startsWith("8 Feb 2024: "))).toBe(true);
    expect(notes.some((n) => /May 2025: [\d,]+ for [\d,]+/.test(n))).toBe(true);
  });
});
