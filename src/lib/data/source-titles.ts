/**
 * Titles of sources in the site's other languages (data/source_titles.csv): which title a page
 * shows beside the original, and what a complete set of titles must hold. The schema checks
 * each row (known source, a site language, a title); this checks the set.
 */
import type { SourceRow, SourceTitleRow } from "./types.ts";

/** The title of `sourceId` in `language`, or null when the source is in that language or has none. */
export function titleIn(
  titles: readonly SourceTitleRow[],
  sourceId: string,
  language: string,
): string | null {
  return titles.find((t) => t.source_id === sourceId && t.language === language)?.title ?? null;
}

/**
 * Problems with the set of titles: a title in the source's own language (the original is in
 * sources.csv), or a site language a source has no title in.
 */
export function sourceTitleProblems(
  sources: readonly Pick<SourceRow, "id" | "language">[],
  titles: readonly SourceTitleRow[],
  languages: readonly string[],
): string[] {
  const problems: string[] = [];
  const have = new Set(titles.map((t) => `${t.source_id} ${t.language}`));
  const languageOf = new Map(sources.map((s) => [s.id, s.language]));
  for (const t of titles) {
    if (t.id !== `${t.source_id}-${t.language}`) {
      problems.push(
        `source_titles.csv: the id "${t.id}" should be "${t.source_id}-${t.language}" (the source's id, a hyphen, the language).`,
      );
    }
    if (languageOf.get(t.source_id) === t.language) {
      problems.push(
        `source_titles.csv: ${t.source_id} is itself in "${t.language}"; its original title is in sources.csv. Delete this row.`,
      );
    }
  }
  for (const s of sources) {
    for (const language of languages) {
      if (language !== s.language && !have.has(`${s.id} ${language}`)) {
        problems.push(
          `source_titles.csv: ${s.id} has no title in "${language}". Add a row: ${s.id},${language},<the title translated>.`,
        );
      }
    }
  }
  return problems;
}
