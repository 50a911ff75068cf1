/**
 * Guarded access to the content collections for site pages: an empty or not-yet-defined
 * collection yields [] so the home page, feed and corrections log still build.
 */
import { getCollection, type CollectionEntry } from "astro:content";
import { byNewest, isVisible } from "../../lib/stories/published";

export type Story = CollectionEntry<"stories">;
export type Correction = CollectionEntry<"corrections">;

/** Published stories, newest first (drafts only in `astro dev`). */
export async function publishedStories(): Promise<Story[]> {
  const entries = await getCollection("stories").catch(() => [] as Story[]);
  return entries.filter((s) => isVisible(s.data, import.meta.env.PROD)).sort(byNewest);
}

let corrections: Promise<Correction[]> | null = null;

/** Corrections, newest first (read once per build: an empty log would warn on every page). */
export function allCorrections(): Promise<Correction[]> {
  corrections ??= loadCorrections();
  return corrections;
}

async function loadCorrections(): Promise<Correction[]> {
  const entries = await getCollection("corrections").catch(() => [] as Correction[]);
  return entries.sort(
    (a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id),
  );
}
