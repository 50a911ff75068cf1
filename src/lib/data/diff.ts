/**
 * What changed between two versions of the data package, row by row and cell by cell, for a
 * reviewer: `npm run data:diff` prints it as Markdown. Rows are matched by primary key and
 * compared as the text in the file, so a diff works even when one side does not validate.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gt as semverGt, valid as semverValid } from "semver";
import { parseCsv } from "./csv.ts";

export interface CellChange {
  field: string;
  before: string;
  after: string;
}
export interface RowChange {
  key: string;
  cells: CellChange[];
}
export interface ResourceDiff {
  name: string;
  added: string[];
  /** The cells of each added row, in column order (blank cells left out). */
  addedRows: { key: string; cells: { field: string; value: string }[] }[];
  removed: string[];
  changed: RowChange[];
}
export interface PackageDiff {
  versionBefore: string | null;
  versionAfter: string | null;
  resources: ResourceDiff[];
}

interface Table {
  key: readonly string[];
  rows: Map<string, Record<string, string>>;
}
interface Descriptor {
  version?: unknown;
  resources?: { name?: unknown; path?: unknown; schema?: { primaryKey?: unknown } }[];
}

function readDescriptor(dir: string): Descriptor | null {
  const file = join(dir, "datapackage.json");
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Descriptor;
  } catch {
    return null;
  }
}

function readTables(dir: string): { version: string | null; tables: Map<string, Table> } {
  const descriptor = readDescriptor(dir);
  const tables = new Map<string, Table>();
  for (const resource of descriptor?.resources ?? []) {
    if (typeof resource.name !== "string" || typeof resource.path !== "string") continue;
    const file = join(dir, resource.path);
    if (!existsSync(file)) continue;
    const pk = resource.schema?.primaryKey;
    const key = Array.isArray(pk) ? pk.map(String) : typeof pk === "string" ? [pk] : [];
    const parsed = parseCsv(readFileSync(file, "utf8").replace(/^\uFEFF/, ""));
    const header = parsed.header?.cells.map((c) => c.value.trim()) ?? [];
    const rows = new Map<string, Record<string, string>>();
    parsed.records.forEach((record, index) => {
      const row: Record<string, string> = {};
      header.forEach((name, i) => (row[name] = record.cells[i]?.value ?? ""));
      // Without a primary key, rows can only be matched by position.
      const id = key.length ? key.map((k) => row[k] ?? "").join(" / ") : `row ${index + 1}`;
      rows.set(id, row);
    });
    tables.set(resource.name, { key, rows });
  }
  const version = typeof descriptor?.version === "string" ? descriptor.version : null;
  return { version, tables };
}

/** Compare the package in `beforeDir` with the one in `afterDir`. */
export function diffPackages(beforeDir: string, afterDir: string): PackageDiff {
  const before = readTables(beforeDir);
  const after = readTables(afterDir);
  const names = [...new Set([...before.tables.keys(), ...after.tables.keys()])].sort();
  const resources: ResourceDiff[] = [];
  for (const name of names) {
    const old = before.tables.get(name)?.rows ?? new Map<string, Record<string, string>>();
    const now = after.tables.get(name)?.rows ?? new Map<string, Record<string, string>>();
    const added = [...now.keys()].filter((k) => !old.has(k));
    const addedRows = added.map((key) => ({
      key,
      cells: Object.entries(now.get(key) ?? {})
        .filter(([, value]) => value !== "")
        .map(([field, value]) => ({ field, value })),
    }));
    const removed = [...old.keys()].filter((k) => !now.has(k));
    const changed: RowChange[] = [];
    for (const [key, row] of now) {
      const was = old.get(key);
      if (!was) continue;
      const fields = [...new Set([...Object.keys(was), ...Object.keys(row)])];
      const cells = fields
        .filter((f) => (was[f] ?? "") !== (row[f] ?? ""))
        .map((f) => ({ field: f, before: was[f] ?? "", after: row[f] ?? "" }));
      if (cells.length) changed.push({ key, cells });
    }
    if (added.length || removed.length || changed.length) {
      resources.push({ name, added, addedRows, removed, changed });
    }
  }
  return { versionBefore: before.version, versionAfter: after.version, resources };
}

/** The resource that records corrections: its own rows need none. */
const CORRECTIONS = "corrections";

/** A row of data/corrections.csv as the diff needs it (raw text, read even when invalid). */
export interface DeclaredCorrection {
  version: string;
  resource: string;
  record_id: string;
}

/** The rows of `dir`'s corrections.csv (none when the package has no such resource). */
export function readCorrections(dir: string): DeclaredCorrection[] {
  const rows = readTables(dir).tables.get(CORRECTIONS)?.rows ?? new Map();
  return [...rows.values()].map((r: Record<string, string>) => ({
    version: r["version"] ?? "",
    resource: r["resource"] ?? "",
    record_id: r["record_id"] ?? "",
  }));
}

/**
 * Whether a correction of `version` belongs to the change from `before` to `after`: made in a
 * version after the base's, up to and including the new one. A diff across several versions
 * (a branch behind main by two releases) counts the corrections of each; without a known base
 * version, or before the version is bumped, only the new version's.
 */
function declaredBetween(version: string, before: string | null, after: string | null): boolean {
  if (after === null || !semverValid(version) || !semverValid(after)) return version === after;
  if (semverGt(version, after)) return false;
  // No base version, or no bump (yet): the new version's corrections alone.
  if (before === null || !semverValid(before) || !semverGt(after, before)) return version === after;
  return semverGt(version, before);
}

/**
 * Rows that changed or disappeared without a correction: each needs a row in
 * data/corrections.csv with the new version, its resource and its id. Nothing is read from the
 * changelog's prose.
 */
export function undeclaredChanges(
  diff: PackageDiff,
  corrections: readonly DeclaredCorrection[],
): { resource: string; key: string }[] {
  const declared = new Set(
    corrections
      .filter((c) => declaredBetween(c.version, diff.versionBefore, diff.versionAfter))
      .map((c) => `${c.resource}/${c.record_id}`),
  );
  const out: { resource: string; key: string }[] = [];
  for (const r of diff.resources) {
    if (r.name === CORRECTIONS) continue;
    for (const key of [...r.removed, ...r.changed.map((c) => c.key)]) {
      if (!declared.has(`${r.name}/${key}`)) out.push({ resource: r.name, key });
    }
  }
  return out;
}

/** The changelog text under `## <version>`, up to the next version heading. */
export function changelogEntry(changelog: string, version: string): string | null {
  const lines = changelog.split(/\r?\n/);
  const start = lines.findIndex((l) =>
    new RegExp(`^##\\s+\\[?${version.replace(/\./g, "\\.")}\\]?(\\s|$)`).test(l),
  );
  if (start < 0) return null;
  const end = lines.findIndex((l, i) => i > start && /^##\s/.test(l));
  return lines.slice(start, end < 0 ? undefined : end).join("\n");
}

const cell = (s: string): string =>
  s === "" ? "_(blank)_" : `\`${s.replace(/`/g, "'").replace(/\r?\n/g, " ")}\``;

export interface DiffReport {
  diff: PackageDiff;
  /** Validation problems of the new version, already formatted. */
  problems: string[];
  /** Charts and stories that use each changed resource. */
  usedBy: Map<string, string[]>;
  changelogHasEntry: boolean;
  undeclared: { resource: string; key: string }[];
  /** `updated` of the new datapackage.json and the newest changelog entry's date, if known. */
  updated?: { value: string; newest: { version: string; date: string } | null } | undefined;
}

/** True when the change cannot be merged as it is. */
export function reportFails(r: DiffReport): boolean {
  const changed = r.diff.resources.length > 0;
  const bumped = r.diff.versionBefore !== r.diff.versionAfter;
  return (
    r.problems.length > 0 ||
    (changed && (!bumped || !r.changelogHasEntry)) ||
    r.undeclared.length > 0
  );
}

/** The summary a reviewer pastes into a pull request. */
export function renderMarkdown(r: DiffReport): string {
  const out: string[] = ["# Data change summary", ""];
  if (r.problems.length) {
    out.push(
      `## ${r.problems.length} validation problem${r.problems.length === 1 ? "" : "s"} (fix these first)`,
      "",
    );
    for (const p of r.problems) out.push(`- ${p}`);
    out.push("");
  } else {
    out.push("Validation: **passed** (`npm run check:data`).", "");
  }
  const { versionBefore: vb, versionAfter: va } = r.diff;
  if (!r.diff.resources.length) {
    out.push("No rows were added, removed or changed.");
    return out.join("\n") + "\n";
  }
  out.push("## Version", "");
  out.push(
    vb === va
      ? `- **Not bumped**: still \`${va ?? "none"}\`. Raise \`version\` in data/datapackage.json.`
      : `- \`${vb ?? "none"}\` -> \`${va ?? "none"}\``,
  );
  out.push(
    r.changelogHasEntry
      ? `- data/CHANGELOG.md has an entry for \`${va}\`.`
      : `- **No changelog entry** for \`${va ?? "none"}\` in data/CHANGELOG.md.`,
  );
  if (r.updated) {
    const { value, newest } = r.updated;
    out.push(
      newest === null
        ? `- \`updated\` is \`${value}\`.`
        : value < newest.date
          ? `- **\`updated\` is \`${value}\`, older than the newest changelog entry** (\`${newest.version}\`, ${newest.date}): set it to ${newest.date} or later.`
          : `- \`updated\` is \`${value}\` (newest changelog entry: \`${newest.version}\`, ${newest.date}).`,
    );
  }
  out.push("");
  for (const res of r.diff.resources) {
    out.push(
      `## ${res.name}: ${res.added.length} added, ${res.removed.length} removed, ${res.changed.length} changed`,
      "",
    );
    const users = r.usedBy.get(res.name) ?? [];
    if (users.length) out.push(`Used by: ${users.join(", ")}`, "");
    for (const row of res.addedRows) {
      out.push(`- added \`${row.key}\``);
      for (const c of row.cells) out.push(`  - ${c.field}: ${cell(c.value)}`);
    }
    for (const key of res.removed) out.push(`- removed \`${key}\``);
    for (const change of res.changed) {
      out.push(`- changed \`${change.key}\``);
      for (const c of change.cells)
        out.push(`  - ${c.field}: ${cell(c.before)} -> ${cell(c.after)}`);
    }
    out.push("");
  }
  if (r.undeclared.length) {
    out.push("## Undeclared corrections", "");
    out.push(
      `These rows were changed or removed without a correction. Add a row for each to data/corrections.csv with version \`${r.diff.versionAfter ?? "(the new version)"}\`, its resource and id, the columns, what they said and say now, and why (docs/reporters.md shows how):`,
      "",
    );
    for (const u of r.undeclared) out.push(`- \`${u.resource}/${u.key}\``);
    out.push("");
  }
  return out.join("\n") + "\n";
}
