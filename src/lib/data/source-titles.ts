/**
 * Titles of sources in the site's other languages (data/source_titles.csv): which title a page
 * shows beside the original, and what a complete set of titles must hold. The schema checks
 * each row (known source, a site language, a title); this checks the set, and the validator
 * (validate.ts) places each problem at its file, line and column.
 */
import type { CellValue } from "./cells.ts";
import type { Issue } from "./errors.ts";
import { issueAt, type DatedResource } from "./dates.ts";
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
 * The language a source's title in sources.csv is written in, for the `lang` of the title: the
 * source's `language`, except where no original headline is on record and the title is our own
 * English description of the document (its English title in source_titles.csv is that same text,
 * as for "Coordination HQ 2025 report", a Ukrainian page).
 */
export function titleLanguage(
  titles: readonly SourceTitleRow[],
  source: Pick<SourceRow, "id" | "language" | "title">,
): string {
  if (source.language === "en") return "en";
  return titleIn(titles, source.id, "en") === source.title ? "en" : source.language;
}

/** One problem with the set of titles: a row of source_titles.csv, or a source that lacks one. */
export interface SourceTitleProblem {
  /** Where it is: a row of source_titles.csv (`titles`) or of sources.csv (`sources`), by index. */
  in: "titles" | "sources";
  index: number;
  field: string;
  code: string;
  message: string;
}

/**
 * Problems with the set of titles: an id that is not `<source_id>-<language>`, a title in the
 * source's own language (the original is in sources.csv), or a site language a source has no
 * title in. `languages` are the site's languages (the allowed values of `language`).
 */
export function sourceTitleProblems(
  sources: readonly Pick<SourceRow, "id" | "language">[],
  titles: readonly Pick<SourceTitleRow, "id" | "source_id" | "language">[],
  languages: readonly string[],
): SourceTitleProblem[] {
  const problems: SourceTitleProblem[] = [];
  const have = new Set(titles.map((t) => `${t.source_id} ${t.language}`));
  const languageOf = new Map(sources.map((s) => [s.id, s.language]));
  titles.forEach((t, index) => {
    if (t.id !== `${t.source_id}-${t.language}`) {
      problems.push({
        in: "titles",
        index,
        field: "id",
        code: "source-title-id",
        message: `The id "${t.id}" should be "${t.source_id}-${t.language}": the source's id, a hyphen, the language. Write that id.`,
      });
    }
    if (languageOf.get(t.source_id) === t.language) {
      problems.push({
        in: "titles",
        index,
        field: "language",
        code: "source-title-own-language",
        message: `${t.source_id} is itself in "${t.language}"; its original title is in sources.csv. Delete this row.`,
      });
    }
  });
  sources.forEach((s, index) => {
    for (const language of languages) {
      if (language !== s.language && !have.has(`${s.id} ${language}`)) {
        problems.push({
          in: "sources",
          index,
          field: "id",
          code: "source-title-missing",
          message: `${s.id} has no title in "${language}" in source_titles.csv. Add a row there: ${s.id}-${language},${s.id},${language},<the title translated>.`,
        });
      }
    }
  });
  return problems;
}

const text = (value: CellValue | undefined): string => (typeof value === "string" ? value : "");

/** The set checks on checked resources, as issues with their place (validate.ts). */
export function sourceTitleIssues(resources: ReadonlyMap<string, DatedResource>): Issue[] {
  const sources = resources.get("sources");
  const titles = resources.get("source_titles");
  if (!sources || !titles) return [];
  const languages = titles.fields.find((f) => f.name === "language")?.enum ?? [];
  // Rows whose cells already failed are reported once, by the schema checks.
  const usable = (r: DatedResource["rows"][number]) =>
    !r.failed?.has("id") && !r.failed?.has("language") && !r.failed?.has("source_id");
  const sourceRows = sources.rows.map((r) => ({
    id: text(r.values["id"]),
    language: text(r.values["language"]) as SourceRow["language"],
    ok: usable(r),
  }));
  const titleRows = titles.rows.map((r) => ({
    id: text(r.values["id"]),
    source_id: text(r.values["source_id"]),
    language: text(r.values["language"]) as SourceTitleRow["language"],
    ok: usable(r),
  }));
  const issues: Issue[] = [];
  for (const p of sourceTitleProblems(sourceRows, titleRows, languages)) {
    const resource = p.in === "titles" ? titles : sources;
    const row = p.in === "titles" ? titleRows[p.index] : sourceRows[p.index];
    if (!row?.ok) continue;
    issues.push(...issueAt(resource, p.index, p.field, p.code, p.message));
  }
  return issues;
}
