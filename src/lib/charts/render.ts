/**
 * Renders Observable Plot options to an SVG string at build time, on linkedom's server-side
 * DOM, and normalises the result in one step (see normalizeSvg) so every chart is
 * byte-for-byte reproducible, carries no inline styles, and passes accessibility checks.
 */
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";

/** One server-side document for the whole build: Plot only creates elements in it. */
const { document } = parseHTML("<!doctype html><html><head></head><body></body></html>");

export interface RenderOptions {
  /** Prefix for the SVG's element ids, unique on the page (e.g. `exchanges-wide-0`). */
  idPrefix: string;
  /** The text alternative: what the chart shows, with its numbers. */
  label: string;
}

/**
 * Plot options -> normalised markup: the chart as an SVG with role="img" and the text
 * alternative, followed (when marks link their sources) by a transparent, aria-hidden SVG of
 * the same size holding only the linked marks, which charts.css stacks on top. Links cannot
 * live inside role="img" (axe: nested-interactive), so the overlay carries them for pointer
 * users; keyboard and screen-reader users get the same links in the figure's source list and
 * data table.
 */
export function renderSvg(options: Plot.PlotOptions, render: RenderOptions): string {
  const node = Plot.plot({
    ...options,
    document: document as unknown as Document,
  });
  if (node.tagName.toLowerCase() !== "svg") {
    throw new Error(
      "A chart spec asked Plot for a title, caption or legend; the figure draws those itself, so the spec must leave them out.",
    );
  }
  return normalizeSvg(node as unknown as SVGSVGElement, render);
}

/** Attributes holding geometry, whose numbers are rounded to one decimal. */
const GEOMETRY = new Set([
  "d",
  "points",
  "transform",
  "x",
  "y",
  "x1",
  "x2",
  "y1",
  "y2",
  "cx",
  "cy",
  "r",
  "width",
  "height",
  "viewBox",
]);

const LONG_DECIMAL = /-?\d*\.\d{2,}(?:e-?\d+)?/g;

function round1(text: string): string {
  return text.replace(LONG_DECIMAL, (match) => {
    const rounded = Math.round(Number(match) * 10) / 10;
    return String(Object.is(rounded, -0) ? 0 : rounded);
  });
}

/**
 * The one post-processing step every chart SVG goes through:
 * - ids (Plot's process-wide clip and marker counters) renumbered per SVG from idPrefix,
 *   with every reference updated, so output does not depend on render order;
 * - aria-label / aria-description dropped from plain <g> elements (not valid there) and the
 *   SVG itself given role="img" and the text alternative;
 * - Plot's <style> element and every style="" attribute removed: src/styles/charts.css holds
 *   the equivalent rules (the site's CSP allows no inline styles);
 * - Plot's generated class name and fixed width/height removed (CSS scales the viewBox);
 * - links on marks moved to a separate aria-hidden overlay SVG, out of the tab order (the
 *   source list and table below the chart link each source for keyboard users);
 * - coordinates rounded to one decimal.
 * Returns the markup: the chart SVG, then the overlay if any mark links somewhere.
 */
export function normalizeSvg(svg: SVGSVGElement, { idPrefix, label }: RenderOptions): string {
  for (const style of Array.from(svg.querySelectorAll("style"))) style.remove();

  const ids = new Map<string, string>();
  let next = 0;
  for (const element of Array.from(svg.querySelectorAll("[id]"))) {
    const id = element.getAttribute("id");
    if (id === null) continue;
    next += 1;
    const fresh = `${idPrefix}-${next}`;
    ids.set(id, fresh);
    element.setAttribute("id", fresh);
  }
  const reference = /url\(#([^)]+)\)|^#(.+)$/g;

  for (const element of [svg as Element, ...Array.from(svg.querySelectorAll("*"))]) {
    element.removeAttribute("style");
    const tag = element.tagName.toLowerCase();
    if (tag === "g" && !element.hasAttribute("role")) {
      element.removeAttribute("aria-label");
      element.removeAttribute("aria-description");
    }
    if (tag === "a") element.setAttribute("tabindex", "-1");
    for (const attribute of Array.from(element.attributes)) {
      let value = attribute.value;
      if (value.includes("#")) {
        value = value.replace(reference, (match: string, inUrl?: string, bare?: string) => {
          const old = inUrl ?? bare;
          const fresh = old === undefined ? undefined : ids.get(old);
          if (fresh === undefined) return match;
          return inUrl !== undefined ? `url(#${fresh})` : `#${fresh}`;
        });
      }
      if (GEOMETRY.has(attribute.name)) value = round1(value);
      if (value !== attribute.value) element.setAttribute(attribute.name, value);
    }
  }

  svg.removeAttribute("class");
  svg.removeAttribute("width");
  svg.removeAttribute("height");
  svg.removeAttribute("aria-description");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", label);
  const overlay = linkOverlay(svg); // unwraps the links in `svg`: serialise it afterwards
  return svg.outerHTML + overlay;
}

/**
 * Splits the links off: the overlay keeps only <a> elements (with their marks and titles) and
 * the groups around them; the chart keeps the marks without the <a> wrappers and titles.
 */
function linkOverlay(svg: SVGSVGElement): string {
  const links = Array.from(svg.querySelectorAll("a"));
  if (links.length === 0) return "";
  const overlay = svg.cloneNode(true) as SVGSVGElement;
  for (const a of links) {
    const parent = a.parentNode;
    if (parent === null) continue;
    // The overlay, on top, shows each mark's title on hover; the chart needs no second copy
    // (role="img" hides its children from assistive technology anyway).
    for (const title of Array.from(a.querySelectorAll("title"))) title.remove();
    while (a.firstChild !== null) parent.insertBefore(a.firstChild, a);
    a.remove();
  }
  prune(overlay);
  overlay.removeAttribute("role");
  overlay.removeAttribute("aria-label");
  overlay.setAttribute("aria-hidden", "true");
  overlay.setAttribute("class", "chart-links");
  return overlay.outerHTML;
}

/** Removes every element that neither is nor contains a link. */
function prune(element: Element): void {
  for (const child of Array.from(element.children)) {
    if (child.tagName.toLowerCase() === "a") continue;
    if (child.querySelector("a") === null) child.remove();
    else prune(child);
  }
}
