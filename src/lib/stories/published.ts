/** Which stories a build shows. Framework-free so pages and tests share one rule. */

/** Drafts appear in `npm run dev` and never in a production build. */
export function isVisible(data: { draft: boolean }, production: boolean): boolean {
  return !production || !data.draft;
}

/** Newest first, by published date, then by title for a stable order. */
export function byNewest<T extends { data: { published: Date; title: string } }>(
  a: T,
  b: T,
): number {
  return (
    b.data.published.getTime() - a.data.published.getTime() ||
    a.data.title.localeCompare(b.data.title)
  );
}

/** "23 November 2026": day month year, in UTC (the one formatter, src/lib/format.ts). */
export { formatDay } from "../format.ts";

/** YYYY-MM-DD for <time datetime>. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
