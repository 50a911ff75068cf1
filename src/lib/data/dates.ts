/**
 * Dates that are well formed but cannot be right:
 * - a date in the future (a typo such as 2031 for 2021 is the usual cause);
 * - an event dated after the source that reports it was published;
 * - `updated` in datapackage.json older than the newest entry of CHANGELOG.md.
 *
 * "Today" is injectable: `ValidateOptions.today`, else `$CAPTIVITY_TODAY` (YYYY-MM-DD), else the
 * clock. By the clock, today is the date in the first time zone to reach it (UTC+14), so a
 * reporter anywhere may write today's local date.
 */
import type { CellValue } from "./cells.ts";
import type { Issue } from "./errors.ts";
import type { FieldSpec } from "./schema.ts";
import { changelogEntries } from "./schema.ts";
import { isIsoDay } from "./values.ts";
import type { PartialDate } from "./types.ts";
import { LineIndex } from "./text.ts";

/**
 * Fields holding the date of something the row's `source_id` reports, so the source cannot
 * have been published before it. Fields left out on purpose:
 * - `communication.start` / `end`: a rule may be announced before it takes effect, and a row
 *   often takes its end date from a later source than its `source_id`;
 * - every date checked against `other_source_ids`: those may be background or earlier reports.
 */
export const REPORTED_DATES: Readonly<Record<string, readonly string[]>> = {
  exchanges: ["date"],
  totals: ["as_of"],
  abuses: ["report_date", "period_start", "period_end"],
};

/** The field naming the row's main source, and where a source's publication date is. */
const SOURCE_FIELD = "source_id";
const SOURCES = { resource: "sources", key: "id", published: "published" } as const;

/** What a source cannot report before its date, per field, for messages. */
const WHAT: Readonly<Record<string, string>> = {
  date: "the exchange before it happened",
  as_of: "a figure as of a later day",
  report_date: "the report before it came out",
  period_start: "a period before it began",
  period_end: "a period before it ended",
};

/** One resource as the date checks see it: typed rows, and where a row's cell is. */
export interface DatedResource {
  name: string;
  /** File label for issues, e.g. `data/exchanges.csv`. */
  file: string;
  fields: readonly FieldSpec[];
  rows: readonly {
    values: Readonly<Record<string, CellValue>>;
    /** Fields whose cell already has a problem: not checked again. */
    failed: ReadonlySet<string> | null;
  }[];
  /** Line and column of row `index`'s cell in `field`, or null when it has none. */
  place(index: number, field: string): { line: number; column: number } | null;
}

/**
 * An issue at row `index`'s cell in `field` of a checked resource, with its file, line and
 * column: a list of one, or none when the cell has no place (so it can be spread into a list).
 */
export function issueAt(
  resource: Pick<DatedResource, "file" | "place">,
  index: number,
  field: string,
  code: string,
  message: string,
): Issue[] {
  const place = resource.place(index, field);
  return place ? [{ file: resource.file, ...place, field, code, message }] : [];
}

/** Today's date, YYYY-MM-DD: the option, else $CAPTIVITY_TODAY, else the clock (see above). */
export function resolveToday(option?: string): string {
  const given = option ?? process.env["CAPTIVITY_TODAY"];
  if (given !== undefined && given !== "") {
    if (!isIsoDay(given)) {
      throw new Error(
        `"today" for the data checks is ${JSON.stringify(given)}; give it as YYYY-MM-DD (a day that exists), e.g. CAPTIVITY_TODAY=2026-12-01.`,
      );
    }
    return given;
  }
  return new Date(Date.now() + 14 * 3_600_000).toISOString().slice(0, 10);
}

function isPartialDate(value: CellValue | undefined): value is PartialDate {
  return typeof value === "object" && value !== null && "iso" in value;
}

/** First and last day a partial date can mean, as YYYY-MM-DD (`2024-02` -> 2024-02-01..29). */
export function dayRange(date: PartialDate): { first: string; last: string } {
  const first = date.start.toISOString().slice(0, 10);
  if (date.precision === "day") return { first, last: first };
  const end =
    date.precision === "month"
      ? new Date(Date.UTC(date.year, date.month ?? 12, 0))
      : new Date(Date.UTC(date.year, 11, 31));
  return { first, last: end.toISOString().slice(0, 10) };
}

function isDateField(field: FieldSpec): boolean {
  return field.type === "date" || field.partialDate;
}

/** Future dates in every CSV, and reported dates later than their source's publication. */
export function checkDates(resources: ReadonlyMap<string, DatedResource>, today: string): Issue[] {
  const issues: Issue[] = [];
  const issue = (
    resource: DatedResource,
    index: number,
    field: string,
    code: string,
    message: string,
  ): void => {
    issues.push(...issueAt(resource, index, field, code, message));
  };

  for (const resource of resources.values()) {
    const dated = resource.fields.filter(isDateField).map((f) => f.name);
    resource.rows.forEach((row, index) => {
      for (const name of dated) {
        const value = row.values[name];
        if (row.failed?.has(name) || !isPartialDate(value)) continue;
        const { first } = dayRange(value);
        if (first > today) {
          issue(
            resource,
            index,
            name,
            "future-date",
            `"${value.iso}" is in the future (today is ${today}). Check the date in the source: a mistyped year or a swapped day and month is the usual cause. Write only dates that have passed.`,
          );
        }
      }
    });
  }

  const sources = resources.get(SOURCES.resource);
  if (!sources || !sources.fields.some((f) => f.name === SOURCES.published && isDateField(f))) {
    return issues;
  }
  const published = new Map<string, { date: PartialDate; index: number }>();
  sources.rows.forEach((row, index) => {
    const id = row.values[SOURCES.key];
    const date = row.values[SOURCES.published];
    if (typeof id === "string" && isPartialDate(date) && !row.failed?.has(SOURCES.published)) {
      published.set(id, { date, index });
    }
  });

  for (const [name, fields] of Object.entries(REPORTED_DATES)) {
    const resource = resources.get(name);
    if (!resource) continue;
    const present = fields.filter((f) => resource.fields.some((spec) => spec.name === f));
    if (!resource.fields.some((f) => f.name === SOURCE_FIELD)) continue;
    resource.rows.forEach((row, index) => {
      const sourceId = row.values[SOURCE_FIELD];
      if (typeof sourceId !== "string") return;
      const source = published.get(sourceId);
      if (!source) return; // unknown id (reported elsewhere) or publication date not stated
      const sourceLast = dayRange(source.date).last;
      for (const field of present) {
        const value = row.values[field];
        if (row.failed?.has(field) || !isPartialDate(value)) continue;
        const { first } = dayRange(value);
        // A future date is already reported; one mistake, one message.
        if (first > today || first <= sourceLast) continue;
        const line = sources.place(source.index, SOURCES.published)?.line;
        const approx = source.date.precision === "day" ? "" : " (as precise as it is known)";
        issue(
          resource,
          index,
          field,
          "after-source",
          `"${value.iso}" is after the source of this row was published: ${sourceId} is dated ${source.date.iso}${approx} in ${sources.file}${line === undefined ? "" : ` line ${line}`}, and it cannot report ${WHAT[field] ?? "what had not happened yet"}. Check this date, and the source's "published"; if the date comes from a later source, make that one the row's source_id.`,
        );
      }
    });
  }
  return issues;
}

/** `updated` of datapackage.json against the changelog and today; changelog dates against today. */
export function checkPackageDates(input: {
  /** Package label for issues, e.g. `data`. */
  label: string;
  descriptorText: string;
  updated: string;
  /** The package's version: only its changelog entry and older ones are compared. */
  version: string;
  changelogText: string | null;
  today: string;
}): Issue[] {
  const { label, descriptorText, updated, version, changelogText, today } = input;
  const issues: Issue[] = [];
  const key = /"updated"\s*:/.exec(descriptorText);
  const place = new LineIndex(descriptorText).position(key ? key.index : 0);
  const descriptor = { file: `${label}/datapackage.json`, ...place };
  if (!isIsoDay(updated)) return issues; // reported by the descriptor checks
  if (updated > today) {
    issues.push({
      ...descriptor,
      code: "future-date",
      message: `"updated" is ${updated}, in the future (today is ${today}). Set it to the date of this change, at the latest today.`,
    });
  }
  if (changelogText === null) return issues;
  let newest: { version: string; date: string; line: number } | null = null;
  // Entries above the package version's entry are for versions not released yet: they are
  // reported as "version-not-bumped", which already says to set "updated".
  const entries = [...changelogEntries(changelogText)];
  const current = entries.find(([v]) => v === version)?.[1].line;
  for (const [entryVersion, entry] of entries) {
    if (!isIsoDay(entry.date)) continue;
    if (entry.date > today) {
      issues.push({
        file: `${label}/CHANGELOG.md`,
        line: entry.line,
        column: 1,
        code: "future-date",
        message: `The entry for version ${entryVersion} is dated ${entry.date}, in the future (today is ${today}). Write the date of the change, at the latest today.`,
      });
    } else if (
      current !== undefined &&
      entry.line >= current &&
      (newest === null || entry.date > newest.date)
    ) {
      newest = { version: entryVersion, date: entry.date, line: entry.line };
    }
  }
  if (newest && updated < newest.date) {
    issues.push({
      ...descriptor,
      code: "updated-before-changelog",
      message: `"updated" is ${updated}, older than the newest entry of CHANGELOG.md ("## ${newest.version} - ${newest.date}", line ${newest.line}). "updated" is the date of the latest change: set it to ${newest.date} (or the later date of your change, with its changelog entry).`,
    });
  }
  return issues;
}
