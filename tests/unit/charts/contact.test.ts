import { describe, expect, it } from "vitest";
import { loadChartData } from "../../../src/lib/charts/data";
import type { ChartData } from "../../../src/lib/charts/model";
import { isMissing } from "../../../src/lib/data/types";
import { FIXTURE } from "../../fixtures/charts/rows";
import { figure, HAVE_REAL_DATA, marks, overlayOf, svgOf, texts, titles } from "./helpers";

const STATUS_CLASSES = [
  "required",
  "allowed",
  "restricted",
  "banned",
  "none-in-practice",
  "not-reported",
];

function checkStructure(data: ChartData): void {
  const fig = figure("contact", data);
  const svg = svgOf(fig, "grid");
  const dated = data.communication.filter((r) => !isMissing(r.start));
  const bars = STATUS_CLASSES.flatMap((s) => marks(svg, `chart-status-${s}`));
  // Dated rules and practices are spans; undated ones are said in words, not drawn as spans.
  expect(bars.length).toBe(dated.length);
  const undated = data.communication.length - dated.length;
  expect(texts(svg, "chart-muted").filter((t) => t.includes("dates not stated")).length).toBe(
    undated,
  );
  // Banned, restricted and none in practice carry a pattern, not only a colour.
  for (const status of ["banned", "restricted", "none-in-practice"]) {
    for (const bar of marks(svg, `chart-status-${status}`)) {
      const fill = bar.closest("g")?.getAttribute("fill") ?? "";
      expect(fill).toMatch(/^url\(#contact-[a-z0-9-]+\)$/);
      expect(svg.querySelector(`pattern[id="${fill.slice(5, -1)}"]`)).not.toBeNull();
    }
  }
  // Every span names its status and source in its title and links the source page.
  const spanTitles = STATUS_CLASSES.flatMap((s) =>
    titles(overlayOf(fig, "grid"), `chart-status-${s}`),
  );
  expect(spanTitles.length).toBe(dated.length);
  for (const t of spanTitles) {
    expect(t).toMatch(/: (required|allowed|restricted|banned|none in practice|not reported)/);
    expect(t).toContain("Source: ");
  }
  expect(fig.table.rows.length).toBe(data.communication.length);
}

describe("contact chart on fixture rows", () => {
  it("draws each rule or practice as a span by status", () => {
    checkStructure(FIXTURE);
  });

  it("shows Ukraine's phone calls allowed, banned in Sep 2024 and reinstated with conditions", () => {
    const fig = figure("contact", FIXTURE, { channel: "phone call" });
    const description = fig.panels[0]?.description ?? "";
    expect(description).toContain(
      "Ukraine (for the Russian prisoners it holds): allowed (may be capped at 15 minutes) from 5 Apr 2022 to 8 Sep 2024; then banned from 8 Sep 2024 to January 2025; then restricted (needs approval by the Coordination Headquarters) from January 2025, still in force when last reported",
    );
    const svg = svgOf(fig, "grid");
    const banned = titles(overlayOf(fig, "grid"), "chart-status-banned");
    expect(banned).toHaveLength(1);
    expect(banned.join(" ")).toContain(
      "phone call: Ukraine (for the Russian prisoners it holds): banned, from 8 Sep 2024 to January 2025",
    );
    // The Convention has no phone-call row in the data: said in words, not a blank.
    expect(texts(svg, "chart-muted")).toContain("nothing in the data");
    expect(fig.table.rows.map((r) => r["channel"])).toEqual(Array(4).fill("phone call"));
  });

  it("keeps the Convention as the yardstick when a story picks one side", () => {
    const fig = figure("contact", FIXTURE, { side: "ukraine" });
    const regimes = new Set(fig.table.rows.map((r) => r["regime"]));
    expect([...regimes].sort()).toEqual(["Geneva Convention III", "Russia (detaining)"]);
    expect(fig.download.filename).toBe("contact-ukraine-v0.0.1.csv");
  });

  it("slices by date", () => {
    const fig = figure("contact", FIXTURE, { from: "2025" });
    const ids = fig.table.rows.map((r) => r["id"]);
    expect(ids).not.toContain("ua-phone-2022");
    // The ban ended in "2025-01" (month precision), so it may have lasted into 2025.
    expect(ids).toContain("ua-phone-ban");
    expect(ids).toContain("ua-phone-2025");
    expect(
      figure("contact", FIXTURE, { from: "2025-02" }).table.rows.map((r) => r["id"]),
    ).not.toContain("ua-phone-ban");
  });
});

/** The pattern a status's bars are filled with, and the element it repeats (line or circle). */
function patternOf(svg: Element, status: string): { id: string; shape: string } {
  const bars = marks(svg, `chart-status-${status}`);
  expect(bars.length).toBeGreaterThan(0);
  const fill = bars[0]?.closest("g")?.getAttribute("fill") ?? "";
  const id = /^url\(#([a-z0-9-]+)\)$/.exec(fill)?.[1] ?? "";
  const pattern = svg.querySelector(`pattern[id="${id}"]`);
  const shape = pattern?.querySelector("line, circle");
  return { id, shape: `${shape?.tagName.toLowerCase()} ${shape?.getAttribute("class") ?? ""}` };
}

describe("'none in practice': reported not to happen, no rule found", () => {
  // Russia's phone calls for Ukrainian prisoners: AP found none, but no Russian rule was found.
  const fig = figure("contact", FIXTURE, { channel: "phone call" });
  const svg = svgOf(fig, "grid");
  const overlay = overlayOf(fig, "grid");

  it("is drawn with its own pattern: dots, where banned is hatched", () => {
    const none = patternOf(svg, "none-in-practice");
    const banned = patternOf(svg, "banned");
    expect(none.shape).toBe("circle chart-pattern-dot chart-pattern-dot-none-in-practice");
    expect(banned.shape).toBe("line chart-pattern-line chart-pattern-line-banned");
    expect(none.id).not.toBe(banned.id);
    // Its class is one word (no stray "none", "in", "practice" classes).
    const bar = marks(svg, "chart-status-none-in-practice")[0];
    expect(bar?.closest("g")?.getAttribute("class")).toBe(
      "chart-status chart-status-none-in-practice",
    );
  });

  it("is labelled on the bar, in its title, the key, the table and the text alternative", () => {
    const wide = texts(svg, "chart-label");
    expect(wide).toContain("none in practice");
    expect(wide).toContain("banned");
    // On a phone the bar is too short for the words: a shorter label, never "banned".
    expect(texts(svgOf(fig, "grid", "narrow"), "chart-label")).toContain("none");

    const [title] = titles(overlay, "chart-status-none-in-practice");
    expect(title).toContain(
      "phone call: Russia (for the Ukrainian prisoners it holds): none in practice (reported not to happen; no rule found), from 27 May 2024, still the case when last reported",
    );
    expect(titles(overlay, "chart-status-banned").join(" ")).not.toContain("Russia (for");

    const key = fig.legend.map((item) => [item.label, item.shape, item.pattern ?? ""]);
    expect(key).toContainEqual([
      "none in practice: reported not to happen, no rule found (dots)",
      "hatch",
      "none-in-practice",
    ]);
    expect(key).toContainEqual([
      "banned by a rule or decision (dense hatching)",
      "hatch",
      "banned",
    ]);

    const row = fig.table.rows.find((r) => r["id"] === "ru-phone");
    expect(row?.["status"]).toBe("none in practice");
    expect(row?.["end_label"]).toBe("still the case when last reported");
    expect(fig.panels[0]?.description).toContain(
      "Russia (for the Ukrainian prisoners it holds): none in practice (reported not to happen; no rule found) from 27 May 2024, still the case when last reported.",
    );
  });

  it("is not drawn like 'not reported' (an empty dashed outline, no pattern)", () => {
    const rows = FIXTURE.communication.map((r) =>
      r.id === "ru-letter" ? { ...r, status: "not reported" as const } : r,
    );
    const both = figure("contact", { ...FIXTURE, communication: rows });
    const grid = svgOf(both, "grid");
    const unreported = marks(grid, "chart-status-not-reported");
    expect(unreported).toHaveLength(1);
    expect(unreported[0]?.closest("g")?.getAttribute("fill")).toBeNull();
    expect(patternOf(grid, "none-in-practice").shape).toContain("circle");
    expect(both.legend.find((i) => i.className.includes("not-reported"))).toMatchObject({
      label: "not reported (dashed outline)",
      shape: "bar",
    });
  });
});

describe("contact chart with many rows", () => {
  it("merges touching spans of one status before drawing", () => {
    const base = FIXTURE.communication.find((r) => r.id === "ua-icrc");
    if (!base) throw new Error("fixture row missing");
    const rows = Array.from({ length: 1000 }, (_, i) => {
      const start = new Date(Date.UTC(2022, 0, 1 + i));
      const end = new Date(Date.UTC(2022, 0, 3 + i));
      const iso = (d: Date) => d.toISOString().slice(0, 10);
      const pd = (d: Date) => ({
        iso: iso(d),
        precision: "day" as const,
        year: d.getUTCFullYear(),
        month: d.getUTCMonth() + 1,
        day: d.getUTCDate(),
        start: d,
      });
      return { ...base, id: `many-${i}`, start: pd(start), end: pd(end) };
    });
    const fig = figure("contact", { ...FIXTURE, communication: rows });
    const svg = svgOf(fig, "grid");
    expect(marks(svg, "chart-status-allowed")).toHaveLength(1);
    expect(fig.table.rows).toHaveLength(1);
    expect(fig.table.caption).toContain("merged from 1,000 rows");
  });
});

describe.runIf(HAVE_REAL_DATA)("contact chart on the real data", () => {
  it("draws every rule or practice", () => {
    checkStructure(loadChartData());
  });

  it("draws Russia's phone calls as none in practice (no rule found), not banned", () => {
    const fig = figure("contact", loadChartData(), { channel: "phone call" });
    const row = fig.table.rows.find((r) => r["id"] === "russia-phone-calls");
    expect(row?.["status"]).toBe("none in practice");
    const banned = titles(overlayOf(fig, "grid"), "chart-status-banned");
    expect(banned.every((t) => t.includes("Ukraine (for the Russian prisoners it holds)"))).toBe(
      true,
    );
    expect(titles(overlayOf(fig, "grid"), "chart-status-none-in-practice")).toHaveLength(1);
  });
});

/** The element's vertical offset: the sum of every translate() from the SVG root down. */
function offsetY(el: Element | null): number {
  let y = 0;
  for (let node = el; node && node.tagName.toLowerCase() !== "svg"; node = node.parentElement) {
    const m = /translate\(\s*[-\d.]+\s*,\s*([-\d.]+)\s*\)/.exec(
      node.getAttribute("transform") ?? "",
    );
    if (m) y += Number(m[1]);
  }
  return y;
}

describe("labels on the contact chart's bars", () => {
  // The chart's labels are 10 px text with a 3 px halo: about 13 px from top to bottom.
  const HALF_LABEL = 6.5;

  it.each(["wide", "narrow"] as const)("sit above their bar, never over it (%s)", (variant) => {
    const svg = svgOf(figure("contact", FIXTURE), "grid", variant);
    const bars = STATUS_CLASSES.flatMap((s) => marks(svg, `chart-status-${s}`)).flatMap((el) =>
      el.tagName.toLowerCase() === "rect" ? [el] : [...el.querySelectorAll("rect")],
    );
    const labels = [...svg.querySelectorAll(".chart-on-bar text")];
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) {
      const centre = offsetY(label);
      // The bar that starts where the label does, in the same row (the nearest one below).
      const x = /translate\(\s*([-\d.]+)/.exec(label.getAttribute("transform") ?? "")?.[1];
      const own = bars
        .filter((r) => Math.abs(Number(r.getAttribute("x")) - Number(x)) < 0.5)
        .map((r) => ({
          top: offsetY(r) + Number(r.getAttribute("y")),
          height: Number(r.getAttribute("height")),
        }))
        .filter((b) => b.top + b.height > centre - 20 && b.top < centre + 20);
      expect(own.length, label.textContent ?? "").toBeGreaterThan(0);
      for (const bar of own) {
        const overlaps =
          centre + HALF_LABEL > bar.top && centre - HALF_LABEL < bar.top + bar.height;
        expect(overlaps, `"${label.textContent}" at ${centre} over a bar at ${bar.top}`).toBe(
          false,
        );
      }
    }
  });
});
