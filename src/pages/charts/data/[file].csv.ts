/**
 * /charts/data/<chart>-<slice>-v<version>.csv: the rows each chart draws, one file per distinct
 * chart slice, linked from the chart's "Download data (CSV)". The slices are the charts the
 * home and charts pages show (every chart, unfiltered) and every <Chart> in a visible story, as
 * the story checker listed them (remark-story.ts, frontmatter `charts`).
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { render } from "astro:content";
import { publishedStories } from "../../../components/site/collections";
import { BUILDERS } from "../../../lib/charts/charts";
import { loadChartData } from "../../../lib/charts/data";
import { chartCsvFiles } from "../../../lib/charts/figure";
import { CHART_NAMES, type ChartUse } from "../../../lib/charts/registry";

export const getStaticPaths = (async () => {
  const uses: ChartUse[] = CHART_NAMES.map((name) => ({ name, filters: {} }));
  for (const entry of await publishedStories()) {
    const { remarkPluginFrontmatter } = await render(entry);
    const charts: unknown = remarkPluginFrontmatter["charts"];
    if (Array.isArray(charts)) uses.push(...(charts as ChartUse[]));
  }
  return [...chartCsvFiles(uses, loadChartData(), BUILDERS)].map(([filename, csv]) => ({
    params: { file: filename.replace(/\.csv$/, "") },
    props: { csv },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { csv: string }).csv, {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
