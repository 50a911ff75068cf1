/**
 * The frontmatter schema of a story (src/content/stories/<slug>/index.mdx). Every message names
 * the field and says how to fix it, because an editor reads it in the build log.
 * Framework-free apart from zod (Astro's copy, so content.config.ts and tests share it).
 */
import { z } from "astro/zod";
import { TOPICS } from "./topics";

export const LANGUAGES = ["en", "uk", "ru"] as const;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written YYYY-MM-DD, as a Date at midnight UTC; null otherwise. */
export function parseDay(text: string): Date | null {
  const m = ISO_DAY.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return null;
  }
  return date;
}

function day(field: string, example: string) {
  const fix = `Write ${field}: ${example} (year-month-day, a real date).`;
  return z
    .union([z.date(), z.string()], {
      error: (issue) =>
        issue.input === undefined
          ? `${field} is missing. ${fix}`
          : `${field} is not a date. ${fix}`,
    })
    .transform((value, ctx) => {
      const date = value instanceof Date ? value : parseDay(value.trim());
      if (date === null || Number.isNaN(date.getTime())) {
        ctx.addIssue({
          code: "custom",
          message: `${field} "${String(value)}" is not a date. ${fix}`,
        });
        return z.NEVER;
      }
      return date;
    });
}

function text(field: string, fix: string) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined ? `${field} is missing. ${fix}` : `${field} must be text. ${fix}`,
    })
    .trim()
    .min(1, { error: `${field} is empty. ${fix}` });
}

/**
 * Builds the schema. `knownSourceIds` returns the ids in data/sources.csv (read through the data
 * reader); `reference()` would not check that an id exists, so this does.
 */
export function storySchema(knownSourceIds: () => ReadonlySet<string>) {
  return z.object({
    /** The headline, as readers see it at the top of the page. */
    title: text("title", 'Add a line such as: title: "Calls home"'),
    /** The standfirst: one or two sentences under the headline saying what the story shows. */
    dek: text("dek", 'Add a line such as: dek: "One or two sentences on what the story shows."'),
    /** Who wrote it, as printed under the headline. */
    byline: text("byline", 'Add a line such as: byline: "Captivity Ledger staff"'),
    /** The day the story was first published (YYYY-MM-DD). Never a date in the past for a new story. */
    published: day("published", "2026-11-23"),
    /** The day of the last substantive change (YYYY-MM-DD); leave out if never updated. */
    updated: day("updated", "2026-11-24").optional(),
    /** One or more topics from the fixed list; the index and topic pages group by them. */
    topics: z
      .array(
        z.enum(TOPICS, {
          error: (i) =>
            `topic "${String(i.input)}" is not one of ours. Use one of: ${TOPICS.join(", ")}.`,
        }),
        {
          error: `topics is missing. Add a list, e.g. topics: ["exchanges"]. Allowed: ${TOPICS.join(", ")}.`,
        },
      )
      .min(1, { error: `topics is empty. Add at least one of: ${TOPICS.join(", ")}.` }),
    /** Ids from data/sources.csv of every source the story relies on (each <Cite> id must be here). */
    sources: z
      .array(z.string(), {
        error:
          'sources is missing. Add the ids of the sources you rely on, e.g. sources: ["ap-2024-05-27-russian-pows-phone-calls"] (ids are in data/sources.csv).',
      })
      .min(1, { error: "sources is empty. List at least one source id from data/sources.csv." })
      .superRefine((ids, ctx) => {
        const known = knownSourceIds();
        ids.forEach((id, index) => {
          if (!known.has(id)) {
            ctx.addIssue({
              code: "custom",
              path: [index],
              message: `source id "${id}" is not in data/sources.csv. Check the spelling against the id column of data/sources.csv, or ask a reporter to add the source there first.`,
            });
          }
        });
      }),
    /** Shown before the text when the story describes abuse graphically: what the reader will meet. */
    contentNote: text(
      "contentNote",
      "Write one sentence saying what the story describes, or remove the line.",
    ).optional(),
    /** true keeps the story out of the published site (it still shows in `npm run dev`). */
    draft: z.boolean({ error: "draft must be true or false (no quotes)." }).default(false),
    /** Language of the story text. */
    language: z
      .enum(LANGUAGES, { error: `language must be one of: ${LANGUAGES.join(", ")}.` })
      .default("en"),
  });
}

export type StoryFrontmatter = z.infer<ReturnType<typeof storySchema>>;

/** A correction or clarification, shown on the story (and dataset) it concerns. */
export const correctionSchema = z.object({
  /** The day the correction was published (YYYY-MM-DD). */
  date: day("date", "2026-11-24"),
  /** Slug of the story corrected (its folder name in src/content/stories/), if any. */
  story: z.string().optional(),
  /** Name of the data resource corrected (e.g. exchanges), if any. */
  dataset: z.string().optional(),
  /**
   * Id of the data row corrected, if any. Row ids are often dates (`2024-01-31`), which YAML
   * reads as a date; they are turned back into the id text here.
   */
  row: z
    .preprocess(
      (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
      z.string({ error: 'row: write the row id, e.g. row: "2024-01-31".' }),
    )
    .optional(),
  /** What was wrong and what it now says, in one or two sentences. */
  summary: text("summary", "Say what was wrong and what it now says."),
  /** Why it changed (e.g. a new official figure, a misread source). */
  reason: text("reason", "Say why it changed."),
});
