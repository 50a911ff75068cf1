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
import { DEFAULT_LOCALE, LOCALES, isLocale, localePath, type Locale } from "../../lib/i18n";
import { followsOriginal } from "../../lib/stories/translation";
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

export type Translation = CollectionEntry<"translations">;

/**
 * Published translations by story slug and language (drafts too in `npm run dev`), with whether
 * each still follows its original: the fingerprint it records against the English file today.
 */
export async function storyTranslations(): Promise<
  Map<string, Map<Locale, { entry: Translation; outdated: boolean }>>
> {
  const entries = await getCollection("translations");
  const bySlug = new Map<string, Map<Locale, { entry: Translation; outdated: boolean }>>();
  for (const entry of entries) {
    if (!isVisible(entry.data, import.meta.env.PROD)) continue;
    const [slug = "", locale] = entry.id.split("/");
    if (!isLocale(locale)) continue;
    const outdated = !followsOriginal(slug, entry.data.original);
    const forStory = bySlug.get(slug) ?? new Map();
    forStory.set(locale, { entry, outdated });
    bySlug.set(slug, forStory);
  }
  return bySlug;
}

/** The languages a story can be read in: English, then each published translation. */
export function storyLocales(
  slug: string,
  translations: Map<string, Map<Locale, unknown>>,
): Locale[] {
  const translated = translations.get(slug);
  return LOCALES.filter((l) => l === DEFAULT_LOCALE || translated?.has(l));
}

/** A story as a list in one language shows it: translated words where they exist. */
export interface StoryCard {
  slug: string;
  title: string;
  dek: string;
  byline: string;
  published: Date;
  topics: readonly string[];
  draft: boolean;
  /** The address to link: the translation's, or the English story's. */
  href: string;
  /** The language the title and standfirst are in. */
  lang: Locale;
  /** False when the story is listed in English on a page in another language. */
  translated: boolean;
}

/** Published stories, newest first, as a page in `locale` lists them. */
export async function storyCards(locale: Locale): Promise<StoryCard[]> {
  const [stories, translations] = await Promise.all([publishedStories(), storyTranslations()]);
  return stories.map((story) => {
    const translation = translations.get(story.id)?.get(locale)?.entry.data;
    const words = translation ?? story.data;
    return {
      slug: story.id,
      title: words.title,
      dek: words.dek,
      byline: words.byline,
      published: story.data.published,
      topics: story.data.topics,
      draft: story.data.draft || (translation?.draft ?? false),
      href: localePath(translation ? locale : DEFAULT_LOCALE, `/stories/${story.id}/`),
      lang: translation || locale === DEFAULT_LOCALE ? locale : DEFAULT_LOCALE,
      translated: translation !== undefined || locale === DEFAULT_LOCALE,
    };
  });
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
