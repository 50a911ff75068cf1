import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { renderSvg } from "../../../src/lib/charts/render";
import { CHART_NAMES } from "../../../src/lib/charts/registry";
import { FIXTURE } from "../../fixtures/charts/rows";
import { figure } from "./helpers";

/** A spec that makes Plot emit clip paths, markers, inline styles and labelled groups. */
const tricky = (): Plot.PlotOptions => ({
  width: 300,
  height: 200,
  style: { color: "red" },
  marks: [
    Plot.line(
      [
        { x: 0.123456, y: 1.987654 },
        { x: 1.55555, y: 2.44444 },
      ],
      { x: "x", y: "y", marker: "circle", clip: true },
    ),
    Plot.dot([{ x: 1, y: 2 }], { x: "x", y: "y", href: () => "/sources/a/", title: () => "t" }),
  ],
});

function parse(svg: string): Element {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  return document.querySelector("svg") as unknown as Element;
}

describe("renderSvg normalisation", () => {
  const svg = renderSvg(tricky(), { idPrefix: "t-wide", label: "A test chart of two points." });
  const root = parse(svg);

  it("gives the SVG role=img and the text alternative", () => {
    expect(root.getAttribute("role")).toBe("img");
    expect(root.getAttribute("aria-label")).toBe("A test chart of two points.");
  });

  it("removes Plot's <style> element and every style attribute", () => {
    expect(root.querySelectorAll("style").length).toBe(0);
    expect(root.querySelectorAll("[style]").length).toBe(0);
    expect(svg).not.toContain("style=");
    expect(svg).not.toMatch(/plot-[0-9a-f]{6}/);
  });

  it("drops aria-label and aria-description from plain <g> elements", () => {
    expect(root.querySelectorAll("g[aria-label]").length).toBe(0);
    expect(root.querySelectorAll("g[aria-description]").length).toBe(0);
  });

  it("renumbers ids per SVG from the prefix and keeps every reference pointing at one", () => {
    const ids = Array.from(root.querySelectorAll("[id]")).map((e) => e.getAttribute("id"));
    expect(ids.length).toBeGreaterThanOrEqual(2); // a clip path and a marker
    expect(ids).toEqual(ids.map((_, i) => `t-wide-${i + 1}`));
    const refs = [...svg.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(ids).toContain(ref);
    expect(svg).not.toContain("plot-clip");
    expect(svg).not.toContain("plot-marker");
  });

  it("rounds coordinates to one decimal", () => {
    for (const el of Array.from(root.querySelectorAll("path, circle, line, rect"))) {
      for (const name of ["d", "cx", "cy", "x", "y", "width", "height", "transform"]) {
        const value = el.getAttribute(name);
        if (value !== null) expect(value).not.toMatch(/\d\.\d\d/);
      }
    }
  });

  it("moves links on marks to an aria-hidden overlay, out of the tab order", () => {
    // Links inside role="img" are nested interactive content (axe: nested-interactive).
    expect(root.querySelectorAll("a").length).toBe(0);
    const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
    const svgs = Array.from(document.querySelectorAll("body > svg"));
    expect(svgs).toHaveLength(2);
    const overlay = svgs[1];
    expect(overlay?.getAttribute("aria-hidden")).toBe("true");
    expect(overlay?.getAttribute("class")).toBe("chart-links");
    expect(overlay?.getAttribute("role")).toBeNull();
    expect(overlay?.getAttribute("viewBox")).toBe(root.getAttribute("viewBox"));
    const links = Array.from(overlay?.querySelectorAll("a") ?? []);
    expect(links).toHaveLength(1);
    expect(links[0]?.getAttribute("tabindex")).toBe("-1");
    expect(links[0]?.getAttribute("href")).toBe("/sources/a/");
    expect(links[0]?.querySelector("title")?.textContent).toBe("t");
    // The chart keeps no second copy of the titles; the overlay shows them.
    expect(root.querySelectorAll("title").length).toBe(0);
    // Only linked marks: no axes, no ids (so no duplicate ids on the page).
    expect(overlay?.querySelectorAll("text").length).toBe(0);
    expect(overlay?.querySelectorAll("[id]").length).toBe(0);
  });

  it("is byte-identical however many charts were rendered before", () => {
    renderSvg(tricky(), { idPrefix: "other", label: "x" });
    expect(renderSvg(tricky(), { idPrefix: "t-wide", label: "A test chart of two points." })).toBe(
      svg,
    );
  });
});

describe("determinism", () => {
  it("renders every chart twice in one process to byte-identical output", () => {
    for (const name of CHART_NAMES) {
      const first = JSON.stringify(figure(name, FIXTURE));
      const second = JSON.stringify(figure(name, FIXTURE));
      expect(second.length).toBeGreaterThan(1000);
      expect(second).toBe(first);
    }
  });

  it("carries no inline style and no invalid aria on <g> in any chart", () => {
    for (const name of CHART_NAMES) {
      for (const panel of figure(name, FIXTURE).panels) {
        for (const variant of panel.variants) {
          expect(variant.svg).not.toContain("style");
          expect(variant.svg).not.toMatch(/<g[^>]*aria-label/);
          expect(variant.svg).toMatch(/^<svg[^>]* role="img"/);
          expect(variant.svg).not.toMatch(/<svg[^>]*role="img"[^>]*>(?:(?!<\/svg>).)*<a /s);
        }
      }
    }
  });
});
