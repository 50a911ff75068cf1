/**
 * Every chart speaks the page's language: built in Ukrainian and Russian, its title, legend,
 * axis labels, panel headings, notes, text alternatives and table hold no run of three English
 * words (names of outlets and authors aside), and the CSV download is the same file in every
 * language.
 */
import { describe, expect, it } from "vitest";
import { BUILDERS } from "../../../src/lib/charts/charts";
import { loadChartData } from "../../../src/lib/charts/data";
import { buildFigure, figureKey, type FigureModel } from "../../../src/lib/charts/figure";
import { CHART_META, CHART_NAMES, type ChartName } from "../../../src/lib/charts/registry";
import type { Locale } from "../../../src/lib/i18n";
import { awaitingTranslation, englishRuns, properNames } from "../../support/languages";
import { HAVE_REAL_DATA } from "./helpers";

const esc = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * The figure's words as a page in `lang` would show them: title, subtitle, legend, headings,
 * text alternatives, notes, SVGs (axis labels, ticks, mark titles), table caption, headers and
 * cells. Source labels (a source's own title, in its own language) are left out, as the page
 * marks them.
 */
export function figureHtml(figure: FigureModel, lang: string): string {
  const parts = [
    `<h2>${esc(figure.title)}</h2><p>${esc(figure.subtitle)}</p>`,
    ...figure.legend.map((item) => `<li>${esc(item.label)}</li>`),
    ...figure.panels.flatMap((panel) => [
      `<h3>${esc(panel.heading)}</h3>`,
      `<p>${esc(panel.description)}</p>`,
      ...panel.notes.map((note) => `<li>${esc(note)}</li>`),
      ...panel.variants.map((v) => v.svg),
    ]),
    figure.emptyMessage === null ? "" : `<p>${esc(figure.emptyMessage)}</p>`,
    `<table><caption>${esc(figure.table.caption)}</caption>`,
    ...figure.table.columns.map((c) => `<th>${esc(c.label)}</th>`),
    ...figure.table.rows.flatMap((row) =>
      figure.table.columns
        .filter((c) => c.key !== "source_label")
        .map((c) => {
          const cellLang = row[`${c.key}_lang`];
          return `<td${cellLang ? ` lang="${cellLang}"` : ""}>${esc(row[c.key] ?? "")}</td>`;
        }),
    ),
    "</table>",
  ];
  return `<!doctype html><html lang="${lang}"><body>${parts.join("\n")}</body></html>`;
}

const CYRILLIC = /[\u0400-\u04FF]/;
const SPLIT_NUMBER = /\d[\u00a0\u202f ]\d{3}(?!\d)/;
const names = HAVE_REAL_DATA ? properNames() : new Set<string>();
const build = (name: ChartName, locale: Locale): FigureModel =>
  buildFigure(name, loadChartData(), BUILDERS[name], { locale });

describe.skipIf(!HAVE_REAL_DATA)("charts in Ukrainian and Russian", () => {
  it("the check finds English: the English figure has runs of English words", () => {
    const english = build("exchanges", "en");
    expect(englishRuns(figureHtml(english, "uk"), names).length).toBeGreaterThan(0);
  });

  it("the number check finds a number split by a space", () => {
    expect("повернуто 1\u00a0000").toMatch(SPLIT_NUMBER);
    expect("24 лют. 2022 р.: 1000").not.toMatch(SPLIT_NUMBER);
  });

  it("the figure is built once per chart, filters and language (the cache key names the locale)", () => {
    expect(figureKey("exchanges", { locale: "uk" })).not.toBe(figureKey("exchanges", {}));
    expect(figureKey("exchanges", { locale: "en" })).toBe(figureKey("exchanges", {}));
  });

  for (const name of CHART_NAMES) {
    for (const locale of ["uk", "ru"] as const) {
      it(`${name} in ${locale}: title, legend, axes, text alternatives and table in ${locale}`, () => {
        const english = build(name, "en");
        const fig = build(name, locale);
        const waiting = awaitingTranslation(locale);
        expect(fig.title).not.toBe(CHART_META[name].title);
        expect(fig.title).toMatch(CYRILLIC);
        expect(fig.legend.length).toBeGreaterThan(0);
        for (const item of fig.legend.filter((i) => !waiting(i.label)))
          expect(item.label).toMatch(CYRILLIC);
        expect(fig.panels.length).toBeGreaterThan(0);
        for (const panel of fig.panels) {
          expect(panel.description).toMatch(CYRILLIC);
          expect(englishRuns(`<p>${esc(panel.description)}</p>`, names)).toEqual([]);
          // A screen reader reads "1 000" as two numbers: text alternatives write "1000".
          expect(panel.description).not.toMatch(SPLIT_NUMBER);
        }
        for (const column of fig.table.columns) expect(column.label).toMatch(CYRILLIC);
        expect(englishRuns(figureHtml(fig, locale), names).filter((r) => !waiting(r))).toEqual([]);
        // The download is language-neutral: the same file name and the same bytes.
        expect(fig.download.filename).toBe(english.download.filename);
        expect(fig.download.csv).toBe(english.download.csv);
      });
    }
  }
});
