/**
 * The content collections as site pages use them. An empty collection is simply [] (Astro's
 * getCollection gives that); a loader failure is an error and stops the build.
 */
import { getCollection, render, type CollectionEntry } from "astro:content";
import { BUILDERS } from "../../lib/charts/charts";
import { loadChartData } from "../../lib/charts/data";
import { chartSourceIds } from "../../lib/charts/figure";
import type { ChartUse } from "../../lib/charts/registry";
import { citedInBody } from "../../lib/stories/citations";
import { byNewest, isVisible } from "../../lib/stories/published";
import { rowsCitedInBody } from "../../lib/site/records";

export type Story = CollectionEntry<"stories">;
export type Correction = CollectionEntry<"corrections">;

/** Published stories, newest first (drafts only in `astro dev`). */
export async function publishedStories(): Promise<Story[]> {
  const entries = await getCollection("stories");
  return entries.filter((s) => isVisible(s.data, import.meta.env.PROD)).sort(byNewest);
}

let corrections: Promise<Correction[]> | null = null;

/** Corrections, newest first (read once per build: an empty log would warn on every page). */
export function allCorrections(): Promise<Correction[]> {
  if (import.meta.env.DEV) return loadCorrections(); // dev: an edited note shows at once
  corrections ??= loadCorrections();
  return corrections;
}

async function loadCorrections(): Promise<Correction[]> {
  const entries = await getCollection("corrections");
  return entries.sort(
    (a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id),
  );
}

let citing: Promise<Map<string, Story[]>> | null = null;

/**
 * Published stories that list or cite a source, or chart rows that come from it, by title:
 * indexed once per build, so the ~200 source pages do not each scan every story's text.
 */
export async function storiesCiting(sourceId: string): Promise<readonly Story[]> {
  if (import.meta.env.DEV) return (await indexStoriesBySource()).get(sourceId) ?? [];
  citing ??= indexStoriesBySource();
  return (await citing).get(sourceId) ?? [];
}

async function indexStoriesBySource(): Promise<Map<string, Story[]>> {
  const index = new Map<string, Story[]>();
  const stories = [...(await publishedStories())].sort((a, b) =>
    a.data.title.localeCompare(b.data.title),
  );
  const data = loadChartData();
  for (const story of stories) {
    // The charts the story checker listed (render() compiles the story once; pages reuse it).
    const { remarkPluginFrontmatter } = await render(story);
    const charts: ChartUse[] = Array.isArray(remarkPluginFrontmatter["charts"])
      ? remarkPluginFrontmatter["charts"]
      : [];
    const fromCharts = chartSourceIds(charts, data, BUILDERS);
    for (const id of new Set([
      ...story.data.sources,
      ...citedInBody(story.body ?? ""),
      ...fromCharts,
    ])) {
      const list = index.get(id) ?? [];
      list.push(story);
      index.set(id, list);
    }
  }
  return index;
}

let citingRows: Promise<Map<string, Story[]>> | null = null;

/**
 * Published stories whose key figures read a data row (`row="resource:id"`), by title: indexed
 * once per build for the record pages. `key` is `resource/id`.
 */
export async function storiesCitingRow(key: string): Promise<readonly Story[]> {
  if (import.meta.env.DEV) return (await indexStoriesByRow()).get(key) ?? [];
  citingRows ??= indexStoriesByRow();
  return (await citingRows).get(key) ?? [];
}

async function indexStoriesByRow(): Promise<Map<string, Story[]>> {
  const index = new Map<string, Story[]>();
  const stories = [...(await publishedStories())].sort((a, b) =>
    a.data.title.localeCompare(b.data.title),
  );
  for (const story of stories) {
    for (const key of rowsCitedInBody(story.body ?? "")) {
      const list = index.get(key) ?? [];
      list.push(story);
      index.set(key, list);
    }
  }
  return index;
}
