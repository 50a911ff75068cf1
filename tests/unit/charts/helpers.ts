/** Shared helpers for chart tests: render a figure, parse its SVG, load the real data. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { BUILDERS } from "../../../src/lib/charts/charts";
import { buildFigure, type FigureModel } from "../../../src/lib/charts/figure";
import type { ChartData } from "../../../src/lib/charts/model";
import type { ChartFilters, ChartName } from "../../../src/lib/charts/registry";

export function figure(name: ChartName, data: ChartData, filters: ChartFilters = {}): FigureModel {
  return buildFigure(name, data, BUILDERS[name], { filters });
}

/** The SVG of one panel's variant, parsed, for structural assertions. */
export function svgOf(
  fig: FigureModel,
  panelKey: string,
  variant: "narrow" | "wide" = "wide",
): Element {
  const panel = fig.panels.find((p) => p.key === panelKey);
  const svg = panel?.variants.find((v) => v.name === variant)?.svg;
  if (svg === undefined) throw new Error(`no panel ${panelKey} (${variant}) in ${fig.name}`);
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const root = document.querySelector("svg");
  if (root === null) throw new Error("no <svg>");
  return root as unknown as Element;
}

/** The aria-hidden overlay SVG holding the linked marks of one panel's variant. */
export function overlayOf(
  fig: FigureModel,
  panelKey: string,
  variant: "narrow" | "wide" = "wide",
): Element | null {
  const svg = fig.panels
    .find((p) => p.key === panelKey)
    ?.variants.find((v) => v.name === variant)?.svg;
  const { document } = parseHTML(`<!doctype html><html><body>${svg ?? ""}</body></html>`);
  return document.querySelector("svg.chart-links") as unknown as Element | null;
}

/** Elements drawn by the marks with this class (Plot puts the class on the mark's <g>). */
export function marks(svg: Element, className: string): Element[] {
  return Array.from(svg.querySelectorAll(`g.${className} > *`)).flatMap((el) =>
    el.tagName.toLowerCase() === "a" ? Array.from(el.children) : [el],
  );
}

/** Titles (<title> text) of the marks with this class: in the links overlay, which shows them. */
export function titles(svg: Element | null, className: string): string[] {
  if (svg === null) return [];
  return Array.from(svg.querySelectorAll(`g.${className} title`)).map((t) => t.textContent ?? "");
}

/** True when the real data package exists (data/datapackage.json). */
export const HAVE_REAL_DATA = existsSync(join(process.cwd(), "data", "datapackage.json"));

/** Text of the text marks with this class, each wrapped label joined back into one line. */
export function texts(svg: Element, className: string): string[] {
  return Array.from(svg.querySelectorAll(`g.${className} text`)).map((t) => {
    const spans = Array.from(t.querySelectorAll("tspan"));
    return spans.length > 0
      ? spans.map((s) => s.textContent ?? "").join(" ")
      : (t.textContent ?? "");
  });
}
