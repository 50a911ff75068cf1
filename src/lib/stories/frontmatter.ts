/**
 * The frontmatter of a story (src/content/stories/<slug>/index.mdx) and of a correction note,
 * checked by hand: framework-free (no zod, no Astro), so scripts, tests and the content loader
 * (src/content.config.ts) share one rule set. Every message names the field and says how to fix
 * it, because an editor reads it in the build log or the browser; src/lib/stories/story-errors.ts
 * adds the file, line and column.
 *
 * Each checker returns `{ success: true, data }` or `{ success: false, error: { issues } }`
 * (the shape of zod's safeParse, so callers and tests read one kind of result).
 */
import { EXAMPLE_SOURCE_ID, exampleSourceProblem } from "./template";
import { TOPICS, type Topic } from "./topics";
import { formatDay } from "../format";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "../i18n/locales.ts";

/** The languages a story may be written in: the site's languages (src/lib/i18n/locales.ts). */
export const LANGUAGES: readonly Locale[] = LOCALES;
export type Language = Locale;

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

/** One problem: the field's path (`["sources", 1]` is the second source) and what to do. */
export interface FieldIssue {
  path: (string | number)[];
  message: string;
}

export type Checked<T> =
  { success: true; data: T } | { success: false; error: { issues: FieldIssue[] } };

/**
 * A checker with zod's two entry points (`safeParse` returns problems, `parse` throws them), and
 * `check`, which always returns its best reading of the data with the problems beside it (the
 * dev server keeps a broken story's best reading while the browser shows the problems).
 */
export interface Checker<T> {
  safeParse(input: unknown): Checked<T>;
  parse(input: unknown): T;
  check(input: unknown): { data: T; issues: FieldIssue[] };
}

function checker<T>(
  check: (input: Record<string, unknown>, issues: FieldIssue[]) => T,
): Checker<T> {
  const run = (input: unknown): { data: T; issues: FieldIssue[] } => {
    const issues: FieldIssue[] = [];
    const fields =
      input !== null && typeof input === "object" && !Array.isArray(input)
        ? (input as Record<string, unknown>)
        : {};
    if (fields !== input) {
      issues.push({
        path: [],
        message:
          "The frontmatter is missing or is not a list of fields. Start the file with a line ---, then one field per line (title: ...), then ---.",
      });
    }
    const data = check(fields, issues);
    return { data, issues: fields === input ? issues : issues.slice(0, 1) };
  };
  const safeParse = (input: unknown): Checked<T> => {
    const { data, issues } = run(input);
    return issues.length > 0 ? { success: false, error: { issues } } : { success: true, data };
  };
  return {
    check: run,
    safeParse,
    parse(input) {
      const result = safeParse(input);
      if (result.success) return result.data;
      throw new Error(
        result.error.issues
          .map((i) => `${i.path.join(".") || "frontmatter"}: ${i.message}`)
          .join("\n"),
      );
    },
  };
}

/** 01/12/2026 or 1.12.2026: a date a spreadsheet or a European keyboard writes day first. */
const DAY_FIRST = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/;
/** The fix for a day-first or month-first date: both readings, when both are real days. */
function dayFirstFix(field: string, text: string): string | null {
  const m = DAY_FIRST.exec(text);
  if (!m) return null;
  const [a, b, year] = [Number(m[1]), Number(m[2]), m[3] ?? ""];
  const pad = (n: number) => String(n).padStart(2, "0");
  const readings: string[] = [];
  for (const [day, month] of [
    [a, b],
    [b, a],
  ] as const) {
    const iso = `${year}-${pad(month)}-${pad(day)}`;
    const date = parseDay(iso);
    const text = `${field}: ${iso} if you mean ${date ? formatDay(date) : ""}`;
    if (date && !readings.includes(text)) readings.push(text);
  }
  if (readings.length === 0) return null;
  return `Dates are written year-month-day. Write ${readings.join(", or ")}.`;
}

function day(
  input: Record<string, unknown>,
  field: string,
  example: string,
  issues: FieldIssue[],
): Date | undefined {
  const value = input[field];
  const fix = `Write ${field}: ${example} (year-month-day, a real date).`;
  if (value === undefined || value === null) {
    issues.push({ path: [field], message: `${field} is missing. ${fix}` });
    return undefined;
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) {
      issues.push({ path: [field], message: `${field} is not a date. ${fix}` });
      return undefined;
    }
    return value;
  }
  if (typeof value !== "string") {
    issues.push({ path: [field], message: `${field} is not a date. ${fix}` });
    return undefined;
  }
  const date = parseDay(value.trim());
  if (date === null) {
    const dayFirst = dayFirstFix(field, value.trim());
    issues.push({
      path: [field],
      message: dayFirst
        ? `${field} "${value}" is not a date we can read. ${dayFirst}`
        : `${field} "${value}" is not a date. ${fix}`,
    });
    return undefined;
  }
  return date;
}

function text(
  input: Record<string, unknown>,
  field: string,
  fix: string,
  issues: FieldIssue[],
): string | undefined {
  const value = input[field];
  if (value === undefined || value === null) {
    issues.push({ path: [field], message: `${field} is missing. ${fix}` });
    return undefined;
  }
  if (typeof value !== "string") {
    issues.push({ path: [field], message: `${field} must be text. ${fix}` });
    return undefined;
  }
  if (value.trim() === "") {
    issues.push({ path: [field], message: `${field} is empty. ${fix}` });
    return undefined;
  }
  return value.trim();
}

function optional<T>(
  input: Record<string, unknown>,
  field: string,
  read: () => T | undefined,
): T | undefined {
  return input[field] === undefined || input[field] === null ? undefined : read();
}

/** Fields neither checker knows: most often a misspelling, which would otherwise vanish. */
function unknownFields(
  input: Record<string, unknown>,
  known: readonly string[],
  issues: FieldIssue[],
): void {
  for (const key of Object.keys(input)) {
    if (known.includes(key)) continue;
    const near = known.find(
      (k) => k.toLowerCase() === key.toLowerCase() || editDistance(k, key) <= 2,
    );
    issues.push({
      path: [key],
      message: near
        ? `"${key}" is not a field we know. Did you mean ${near}? Rename it.`
        : `"${key}" is not a field we know. Remove the line, or use one of: ${known.join(", ")}.`,
    });
  }
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const here = row[j] ?? 0;
      row[j] = Math.min(here + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = here;
    }
  }
  return row[b.length] ?? 0;
}

/** A story's frontmatter once checked. */
export interface StoryFrontmatter {
  /** The headline, as readers see it at the top of the page. */
  title: string;
  /** The standfirst: one or two sentences under the headline saying what the story shows. */
  dek: string;
  /** Who wrote it, as printed under the headline. */
  byline: string;
  /** The day the story was first published (YYYY-MM-DD). */
  published: Date;
  /** The day of the last substantive change (YYYY-MM-DD); absent if never updated. */
  updated?: Date | undefined;
  /** One or more topics from the fixed list; the index and topic pages group by them. */
  topics: Topic[];
  /** Ids from data/sources.csv of every source the story relies on. */
  sources: string[];
  /** Shown before the text when the story describes abuse graphically. */
  contentNote?: string | undefined;
  /** true keeps the story out of the published site (it still shows in `npm run dev`). */
  draft: boolean;
  /** Language of the story text. */
  language: Language;
}

const STORY_FIELDS = [
  "title",
  "dek",
  "byline",
  "published",
  "updated",
  "topics",
  "sources",
  "contentNote",
  "draft",
  "language",
] as const;

/**
 * The story checker. `knownSourceIds` returns the ids in data/sources.csv (read through the
 * data reader), so a misspelt id is caught here.
 */
export function storySchema(knownSourceIds: () => ReadonlySet<string>): Checker<StoryFrontmatter> {
  return checker((input, issues) => {
    unknownFields(input, STORY_FIELDS, issues);
    const title = text(input, "title", 'Add a line such as: title: "Calls home"', issues);
    const dek = text(
      input,
      "dek",
      'Add a line such as: dek: "One or two sentences on what the story shows."',
      issues,
    );
    const byline = text(
      input,
      "byline",
      'Add a line such as: byline: "Captivity Ledger staff"',
      issues,
    );
    const published = day(input, "published", "2026-11-23", issues);
    const updated = optional(input, "updated", () => day(input, "updated", "2026-11-24", issues));

    const allowed = TOPICS.join(", ");
    const topics: Topic[] = [];
    const rawTopics = input["topics"];
    if (rawTopics === undefined || rawTopics === null) {
      issues.push({
        path: ["topics"],
        message: `topics is missing. Add a list, e.g. topics: ["exchanges"]. Allowed: ${allowed}.`,
      });
    } else if (!Array.isArray(rawTopics)) {
      issues.push({
        path: ["topics"],
        message: `topics must be a list in square brackets, e.g. topics: ["exchanges"]. Allowed: ${allowed}.`,
      });
    } else if (rawTopics.length === 0) {
      issues.push({
        path: ["topics"],
        message: `topics is empty. Add at least one of: ${allowed}.`,
      });
    } else {
      rawTopics.forEach((topic, index) => {
        if ((TOPICS as readonly unknown[]).includes(topic)) topics.push(topic as Topic);
        else
          issues.push({
            path: ["topics", index],
            message: `topic "${String(topic)}" is not one of ours. Use one of: ${allowed}.`,
          });
      });
    }

    const isDraft = input["draft"] === true;
    const sources: string[] = [];
    const rawSources = input["sources"];
    if (rawSources === undefined || rawSources === null || !Array.isArray(rawSources)) {
      issues.push({
        path: ["sources"],
        message:
          'sources is missing. Add the ids of the sources you rely on, e.g. sources: ["ap-2024-05-27-russian-pows-phone-calls"] (ids are in data/sources.csv).',
      });
    } else if (rawSources.length === 0) {
      issues.push({
        path: ["sources"],
        message: "sources is empty. List at least one source id from data/sources.csv.",
      });
    } else {
      const known = knownSourceIds();
      rawSources.forEach((id, index) => {
        const value = String(id);
        sources.push(value);
        if (value === EXAMPLE_SOURCE_ID) {
          if (!isDraft)
            issues.push({ path: ["sources", index], message: exampleSourceProblem(`"${value}"`) });
        } else if (!known.has(value)) {
          issues.push({
            path: ["sources", index],
            message: `source id "${value}" is not in data/sources.csv. Check the spelling against the id column of data/sources.csv, or ask a reporter to add the source there first.`,
          });
        }
      });
    }

    const contentNote = optional(input, "contentNote", () =>
      text(
        input,
        "contentNote",
        "Write one sentence saying what the story describes, or remove the line.",
        issues,
      ),
    );

    let draft = false;
    if (input["draft"] !== undefined && input["draft"] !== null) {
      if (typeof input["draft"] === "boolean") draft = input["draft"];
      else issues.push({ path: ["draft"], message: "draft must be true or false (no quotes)." });
    }

    let language: Language = "en";
    if (input["language"] !== undefined && input["language"] !== null) {
      if ((LANGUAGES as readonly unknown[]).includes(input["language"]))
        language = input["language"] as Language;
      else
        issues.push({
          path: ["language"],
          message: `language must be one of: ${LANGUAGES.join(", ")}.`,
        });
    }

    return {
      title: title ?? "",
      dek: dek ?? "",
      byline: byline ?? "",
      published: published ?? new Date(Number.NaN),
      ...(updated ? { updated } : {}),
      topics,
      sources,
      ...(contentNote ? { contentNote } : {}),
      draft,
      language,
    };
  });
}

/** A correction or clarification, shown on the story (and dataset) it concerns. */
export interface CorrectionFrontmatter {
  /** The day the correction was published (YYYY-MM-DD). */
  date: Date;
  /** Slug of the story corrected (its folder name in src/content/stories/), if any. */
  story?: string | undefined;
  /** Name of the data resource corrected (e.g. exchanges), if any. */
  dataset?: string | undefined;
  /**
   * Id of the data row corrected, if any. Row ids are often dates (`2024-01-31`), which YAML
   * reads as a date; they are turned back into the id text here.
   */
  row?: string | undefined;
  /** What was wrong and what it now says, in one or two sentences. */
  summary: string;
  /** Why it changed (e.g. a new official figure, a misread source). */
  reason: string;
  /**
   * The summary and reason in the site's other languages, written by the team from the English
   * (frontmatter `summary_uk` and `reason_uk`, `summary_ru` and `reason_ru`: both or neither).
   * A page in a language given here shows the correction in it; otherwise in English, marked.
   */
  translations: Partial<Record<Locale, CorrectionText>>;
}

/** A correction's words in one language. */
export interface CorrectionText {
  summary: string;
  reason: string;
}

/** The languages a correction may be translated into: every one but the original. */
const CORRECTION_LOCALES = LOCALES.filter((l) => l !== DEFAULT_LOCALE);

const CORRECTION_FIELDS = [
  "date",
  "story",
  "dataset",
  "row",
  "summary",
  "reason",
  ...CORRECTION_LOCALES.flatMap((l) => [`summary_${l}`, `reason_${l}`]),
] as const;

/**
 * A correction as a page in `locale` shows it: its translation where the team wrote one, else
 * the English, with the language it is in (for the page to mark it).
 */
export function correctionIn(
  correction: Pick<CorrectionFrontmatter, "summary" | "reason" | "translations">,
  locale: Locale,
): CorrectionText & { lang: Locale } {
  const translated = correction.translations[locale];
  return translated
    ? { ...translated, lang: locale }
    : { summary: correction.summary, reason: correction.reason, lang: DEFAULT_LOCALE };
}

export const correctionSchema: Checker<CorrectionFrontmatter> = checker((input, issues) => {
  unknownFields(input, CORRECTION_FIELDS, issues);
  const date = day(input, "date", "2026-11-24", issues);
  const plain = (field: "story" | "dataset", fix: string) =>
    optional(input, field, () => {
      const v = input[field];
      if (typeof v === "string") return v;
      issues.push({ path: [field], message: `${field} must be text. ${fix}` });
      return undefined;
    });
  const story = plain("story", "Write the story's folder name, e.g. story: calls-home.");
  const dataset = plain("dataset", "Write the data file's name, e.g. dataset: exchanges.");
  const row = optional(input, "row", () => {
    const v = input["row"];
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    if (typeof v === "string") return v;
    issues.push({ path: ["row"], message: 'row: write the row id, e.g. row: "2024-01-31".' });
    return undefined;
  });
  const summary = text(input, "summary", "Say what was wrong and what it now says.", issues);
  const reason = text(input, "reason", "Say why it changed.", issues);
  const translations: Partial<Record<Locale, CorrectionText>> = {};
  for (const locale of CORRECTION_LOCALES) {
    const [s, r] = [`summary_${locale}`, `reason_${locale}`];
    if (input[s] === undefined && input[r] === undefined) continue;
    const name = LANGUAGE_NAMES[locale] ?? locale;
    const translatedSummary = text(
      input,
      s,
      `Give the summary in ${name} beside its reason (${r}), or remove ${r} too.`,
      issues,
    );
    const translatedReason = text(
      input,
      r,
      `Give the reason in ${name} beside its summary (${s}), or remove ${s} too.`,
      issues,
    );
    if (translatedSummary !== undefined && translatedReason !== undefined)
      translations[locale] = { summary: translatedSummary, reason: translatedReason };
  }
  return {
    date: date ?? new Date(Number.NaN),
    ...(story !== undefined ? { story } : {}),
    ...(dataset !== undefined ? { dataset } : {}),
    ...(row !== undefined ? { row } : {}),
    summary: summary ?? "",
    reason: reason ?? "",
    translations,
  };
});

/** Languages named in English, for the editors' messages. */
const LANGUAGE_NAMES: Partial<Record<Locale, string>> = { uk: "Ukrainian", ru: "Russian" };
