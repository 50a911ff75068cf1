/**
 * Corrections as data (data/corrections.csv): one row per corrected, changed or removed row
 * and data version. The schema checks each cell; this checks each row against the rest of the
 * package, and the validator (validate.ts) places each problem at its file, line and column:
 * - `version` has an entry in CHANGELOG.md and is not newer than the package's version;
 * - `date` is that entry's date;
 * - `resource` is a resource of the package;
 * - `record_id` is a row of that resource, unless the row was removed (then it must not be);
 * - `fields` are columns of that resource, and empty exactly when the row was removed.
 */
import { gt as semverGt } from "semver";
import type { CellValue } from "./cells.ts";
import { issueAt, type DatedResource } from "./dates.ts";
import type { Issue } from "./errors.ts";
import type { CorrectionRow } from "./types.ts";
import { isSemver } from "./schema.ts";

/** The resource that holds the corrections. */
export const CORRECTIONS = "corrections";

const text = (value: CellValue | undefined): string => (typeof value === "string" ? value : "");
const dayOf = (value: CellValue | undefined): string =>
  typeof value === "object" && value !== null && "iso" in value ? value.iso : "";

/**
 * Problems with the corrections, against the other resources (their ids and columns) and the
 * changelog's entries (version -> date and heading line).
 */
export function correctionIssues(
  resources: ReadonlyMap<string, DatedResource>,
  changelog: ReadonlyMap<string, { date: string; line: number }>,
  packageVersion: string,
  /** Every resource the descriptor declares (one whose file could not be read is skipped). */
  declared: readonly string[],
  /** Files that already have problems: their ids may be wrong, so rows are not looked up there. */
  damaged: ReadonlySet<string> = new Set(),
): Issue[] {
  const corrections = resources.get(CORRECTIONS);
  if (!corrections) return [];
  const issues: Issue[] = [];
  const ids = new Map<string, Set<string>>();
  const idsOf = (name: string): Set<string> | undefined => {
    const resource = resources.get(name);
    if (!resource) return undefined;
    let set = ids.get(name);
    if (!set) ids.set(name, (set = new Set(resource.rows.map((r) => text(r.values["id"])))));
    return set;
  };
  const names = [...resources.keys()].filter((n) => n !== CORRECTIONS);
  // A damaged changelog or descriptor is reported on its own: nothing is compared with it.
  const versionsKnown = ![...damaged].some(
    (file) => file.endsWith("/CHANGELOG.md") || file.endsWith("/datapackage.json"),
  );
  corrections.rows.forEach((row, index) => {
    const add = (field: string, code: string, message: string): void => {
      issues.push(...issueAt(corrections, index, field, code, message));
    };
    const ok = (field: string) => !row.failed?.has(field);
    const version = text(row.values["version"]);
    const entry = changelog.get(version);
    if (ok("version") && version !== "" && versionsKnown) {
      if (!entry) {
        add(
          "version",
          "correction-version",
          `Version ${version} has no entry in CHANGELOG.md. Write the data version that made the change (its "## <version> - <date>" heading), or add that entry first.`,
        );
      } else if (
        isSemver(packageVersion) &&
        isSemver(version) &&
        semverGt(version, packageVersion)
      ) {
        add(
          "version",
          "correction-version",
          `Version ${version} is newer than the package's version (${packageVersion} in datapackage.json). Set "version" in datapackage.json to ${version}, or write the version of the change.`,
        );
      }
    }
    const date = dayOf(row.values["date"]);
    if (entry && versionsKnown && ok("date") && date !== "" && date !== entry.date) {
      add(
        "date",
        "correction-date",
        `The date ${date} is not the date of version ${version} in CHANGELOG.md ("## ${version} - ${entry.date}", line ${entry.line}). Write ${entry.date}.`,
      );
    }
    const resourceName = text(row.values["resource"]);
    const target = resources.get(resourceName);
    if (!ok("resource")) return;
    // A resource whose file or entry has problems is reported on its own.
    if (!target && (declared.includes(resourceName) || !versionsKnown)) return;
    if (!target || resourceName === CORRECTIONS) {
      add(
        "resource",
        "correction-resource",
        `"${resourceName}" is not a resource of this package. Write one of: ${names.join(", ")}.`,
      );
      return;
    }
    const kind = text(row.values["kind"]) as CorrectionRow["kind"] | "";
    const recordId = text(row.values["record_id"]);
    const exists = idsOf(resourceName)?.has(recordId) ?? false;
    if (
      ok("record_id") &&
      ok("kind") &&
      kind !== "" &&
      recordId !== "" &&
      !damaged.has(target.file)
    ) {
      if (kind === "removed" && exists) {
        add(
          "record_id",
          "correction-record",
          `${resourceName}/${recordId} is still in ${target.file}, but this correction says it was removed. Delete the row there, or change "kind" to corrected or changed.`,
        );
      } else if (kind !== "removed" && !exists) {
        add(
          "record_id",
          "correction-record",
          `"${recordId}" is not an id in ${target.file}. Check the spelling; if the row was taken out of the data, write "removed" in "kind".`,
        );
      }
    }
    if (!ok("fields") || !ok("kind") || kind === "") return;
    const value = row.values["fields"];
    const fields = Array.isArray(value) ? (value as readonly string[]) : [];
    const columns = target.fields.map((f) => f.name);
    if (kind === "removed" && fields.length > 0) {
      add(
        "fields",
        "correction-fields",
        `A removed row has no changed columns. Leave "fields" empty, or change "kind" to corrected or changed.`,
      );
    } else if (kind !== "removed" && fields.length === 0) {
      add(
        "fields",
        "correction-fields",
        `Name the columns that changed, separated by semicolons (one of: ${columns.join(", ")}).`,
      );
    }
    const unknown = fields.filter((f) => !columns.includes(f));
    if (unknown.length > 0) {
      add(
        "fields",
        "correction-fields",
        `${unknown.map((f) => `"${f}"`).join(", ")} ${unknown.length === 1 ? "is not a column" : "are not columns"} of ${target.file}. Its columns are: ${columns.join(", ")}.`,
      );
    }
  });
  return issues;
}

/** The resource that holds the reasons in the site's other languages. */
export const CORRECTION_TEXTS = "correction_texts";

/**
 * The set of translated reasons: each id is `<correction_id>-<language>`, and every correction
 * has its reason in every language the `language` column allows (the site's languages other
 * than English).
 */
export function correctionTextIssues(resources: ReadonlyMap<string, DatedResource>): Issue[] {
  const corrections = resources.get(CORRECTIONS);
  const texts = resources.get(CORRECTION_TEXTS);
  if (!corrections || !texts) return [];
  const languages = texts.fields.find((f) => f.name === "language")?.enum ?? [];
  const issues: Issue[] = [];
  const have = new Set<string>();
  texts.rows.forEach((row, index) => {
    const id = text(row.values["id"]);
    const correction = text(row.values["correction_id"]);
    const language = text(row.values["language"]);
    have.add(`${correction} ${language}`);
    if (["id", "correction_id", "language"].some((f) => row.failed?.has(f))) return;
    if (id !== `${correction}-${language}`) {
      issues.push(
        ...issueAt(
          texts,
          index,
          "id",
          "correction-text-id",
          `The id "${id}" should be "${correction}-${language}": the correction's id, a hyphen, the language. Write that id.`,
        ),
      );
    }
  });
  corrections.rows.forEach((row, index) => {
    if (row.failed?.has("id")) return;
    const id = text(row.values["id"]);
    for (const language of languages) {
      if (have.has(`${id} ${language}`)) continue;
      issues.push(
        ...issueAt(
          corrections,
          index,
          "id",
          "correction-text-missing",
          `The correction ${id} has no reason in "${language}" in ${CORRECTION_TEXTS}.csv. Add a row there: ${id}-${language},${id},${language},<the reason translated>.`,
        ),
      );
    }
  });
  return issues;
}

/** The reason of a correction in `language`: its translation, or null (English, or none). */
export function reasonIn(
  texts: readonly { correction_id: string; language: string; reason: string }[],
  correctionId: string,
  language: string,
): string | null {
  return (
    texts.find((t) => t.correction_id === correctionId && t.language === language)?.reason ?? null
  );
}
