/**
 * From rows and filters to the complete model of one chart figure: SVG per width variant,
 * text alternatives, legend, sources, data table and CSV download. Framework-free and pure
 * (apart from rendering); Chart.astro only turns the model into HTML.
 */
import type * as Plot from "@observablehq/plot";
import { toCsv } from "./csv.ts";
import { slug } from "../format.ts";
import type { ChartData, LegendItem, SourceLink, TableModel } from "./model.ts";
import type { ChartFilters, ChartName, ChartUse } from "./registry.ts";
import { validateFilters } from "./registry.ts";
import { renderSvg } from "./render.ts";
import { chartTitle, chartSubtitle } from "./text.ts";
import type { Locale } from "../i18n/locales.ts";
import { indexSources, sourceLinks } from "./sources.ts";
import { VARIANTS, type SpecOptions, type VariantName } from "./theme.ts";

/** One SVG of a chart (a chart may have several panels). */
export interface PanelDefinition {
  key: string;
  /** A short heading shown above the panel. */
  heading: string;
  /** The text alternative, written from the data. */
  description: string;
  spec: (options: SpecOptions) => Plot.PlotOptions;
  /** Numbered notes: the numbers are drawn on the chart, the texts listed under it. */
  notes?: readonly string[];
}

/** What each chart provides, given its selected rows. */
export interface ChartContent {
  panels: readonly PanelDefinition[];
  legend: readonly LegendItem[];
  table: TableModel;
  /** Source ids of every row drawn, in order. */
  sourceIds: readonly string[];
  /** What to say when the filters leave nothing to draw. */
  emptyMessage: string;
}

/** Builds a chart's content in `locale` (English when absent); the CSV columns never depend on it. */
export type ChartBuilder = (
  data: ChartData,
  filters: ChartFilters,
  locale?: Locale,
) => ChartContent;

export interface RenderedPanel {
  key: string;
  heading: string;
  description: string;
  notes: readonly string[];
  variants: readonly { name: VariantName; svg: string }[];
}

export interface FigureModel {
  name: ChartName;
  title: string;
  subtitle: string;
  panels: readonly RenderedPanel[];
  legend: readonly LegendItem[];
  sources: readonly SourceLink[];
  table: TableModel;
  /**
   * The rows drawn as CSV: `csv` is the file's text, written once per slice by
   * src/pages/charts/data/[file].csv.ts at `href` (see chartCsvFiles); `filename` names the
   * chart, the slice and the dataset version.
   */
  download: { filename: string; href: string; rows: number; csv: string };
  emptyMessage: string | null;
}

/** "exchanges-2024-ukraine-v1.0.0.csv": the slice and the dataset version in the name. */
export function downloadName(name: ChartName, filters: ChartFilters, version: string): string {
  const parts: string[] = [name];
  if (filters.from !== undefined || filters.to !== undefined) {
    parts.push(
      filters.from === filters.to
        ? String(filters.from)
        : `${filters.from ?? "start"}-to-${filters.to ?? "latest"}`,
    );
  }
  if (filters.side !== undefined) parts.push(filters.side);
  if (filters.measure !== undefined) parts.push(slug(filters.measure));
  if (filters.channel !== undefined) parts.push(slug(filters.channel));
  return `${parts.join("-")}-v${version}.csv`;
}

/** Where a chart's CSV download is published: a file beside the charts, not inside each page. */
export function csvHref(filename: string): string {
  return `/charts/data/${filename}`;
}

/** A stable, page-unique id prefix for one chart instance. */
export function idPrefix(name: ChartName, filters: ChartFilters, instance: string): string {
  const key = slug(
    [filters.from, filters.to, filters.side, filters.measure, filters.channel]
      .map((v) => v ?? "")
      .join(" "),
  );
  return [name, key, instance].filter((p) => p !== "").join("-");
}

export interface BuildOptions {
  filters?: ChartFilters;
  caption?: string;
  /** Distinguishes two identical charts on one page; part of every SVG id. */
  instance?: string;
  /** The page's language: every word of the figure is in it. English when absent. */
  locale?: Locale;
}

/** The builder's content for valid filters; invalid ones stop the build with every problem. */
function checkedContent(
  name: ChartName,
  data: ChartData,
  builder: ChartBuilder,
  filters: ChartFilters,
  locale: Locale = "en",
): ChartContent {
  const problems = validateFilters(name, filters);
  if (problems.length > 0) {
    throw new Error(`The ${name} chart's filters have problems:\n- ${problems.join("\n- ")}`);
  }
  return locale === "en" ? builder(data, filters) : builder(data, filters, locale);
}

export function buildFigure(
  name: ChartName,
  data: ChartData,
  builder: ChartBuilder,
  { filters = {}, caption, instance = "", locale = "en" }: BuildOptions = {},
): FigureModel {
  const content = checkedContent(name, data, builder, filters, locale);
  const prefix = idPrefix(name, filters, instance);
  const panels: RenderedPanel[] = content.panels.map((panel) => ({
    key: panel.key,
    heading: panel.heading,
    description: panel.description,
    notes: panel.notes ?? [],
    variants: VARIANTS.map((variant) => ({
      name: variant.name,
      svg: renderSvg(panel.spec({ width: variant.width }), {
        idPrefix: `${prefix}-${panel.key}-${variant.name}`,
        label: panel.description,
      }),
    })),
  }));
  const sources = sourceLinks(indexSources(data.sources), content.sourceIds, locale);
  const filename = downloadName(name, filters, data.version);
  return {
    name,
    title: chartTitle(name, locale),
    subtitle: caption ?? chartSubtitle(name, locale),
    panels,
    legend: content.legend,
    sources,
    table: content.table,
    download: {
      filename,
      href: csvHref(filename),
      rows: content.table.rows.length,
      csv: toCsv(content.table),
    },
    emptyMessage: panels.length === 0 ? content.emptyMessage : null,
  };
}

const figures = new WeakMap<ChartData, Map<string, FigureModel>>();

/** Everything a figure depends on besides the data, as a string: filters in any key order are one key. */
export function figureKey(
  name: ChartName,
  { filters = {}, caption, instance = "", locale = "en" }: BuildOptions = {},
): string {
  const sorted = Object.fromEntries(Object.entries(filters).sort(([a], [b]) => a.localeCompare(b)));
  // English keeps its key of before the other languages; any other locale is named in the key.
  const key = [name, sorted, caption ?? null, instance];
  return JSON.stringify(locale === "en" ? key : [...key, locale]);
}

/**
 * buildFigure, memoised per dataset and arguments: a chart with the same filters on many pages
 * (the home page, the charts page, stories) is rendered once per build. The model is read-only
 * to its callers, so sharing it is safe.
 */
export function cachedFigure(
  name: ChartName,
  data: ChartData,
  builder: ChartBuilder,
  options: BuildOptions = {},
): FigureModel {
  let cache = figures.get(data);
  if (!cache) figures.set(data, (cache = new Map()));
  const key = figureKey(name, options);
  let figure = cache.get(key);
  if (!figure) cache.set(key, (figure = buildFigure(name, data, builder, options)));
  return figure;
}

/**
 * Every chart CSV the site links to, by file name: one file per distinct chart slice, however
 * many pages show it. The name is a function of the chart and its filters (downloadName), so
 * uses sharing a name select the same rows. Only the rows are built, not the drawings.
 */
export function chartCsvFiles(
  uses: readonly ChartUse[],
  data: ChartData,
  builders: Readonly<Record<ChartName, ChartBuilder>>,
): Map<string, string> {
  const files = new Map<string, string>();
  for (const { name, filters } of uses) {
    const filename = downloadName(name, filters, data.version);
    if (files.has(filename)) continue;
    files.set(filename, toCsv(checkedContent(name, data, builders[name], filters).table));
  }
  return new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * The source ids behind the rows these charts draw, in order of first use: a story lists them
 * with its own sources, and each source's page links back to the story. Builds rows only.
 */
export function chartSourceIds(
  uses: readonly ChartUse[],
  data: ChartData,
  builders: Readonly<Record<ChartName, ChartBuilder>>,
): string[] {
  const ids = new Set<string>();
  for (const { name, filters } of uses) {
    for (const id of checkedContent(name, data, builders[name], filters).sourceIds) ids.add(id);
  }
  return [...ids];
}
