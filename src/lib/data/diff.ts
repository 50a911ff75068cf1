/**
 * What changed between two versions of the data package, row by row and cell by cell, for a
 * reviewer: `npm run data:diff` prints it as Markdown. Rows are matched by primary key and
 * compared as the text in the file, so a diff works even when one side does not validate.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCsv } from "./csv.ts";
import { EDITORIAL_FIELDS } from "./contract.generated.ts";

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
      resources.push({ name, added, removed, changed });
    }
  }
  return { versionBefore: before.version, versionAfter: after.version, resources };
}

/** Our own words (`x-editorial` in datapackage.json): changing them is not a correction. */
const EDITORIAL = new Set(EDITORIAL_FIELDS);

/**
 * Rows whose published facts changed or disappeared: each must be declared, by naming the row
 * (`resource/id` or its id) in the changelog entry of the new version or in a correction.
 */
export function undeclaredChanges(
  diff: PackageDiff,
  declarations: string,
): { resource: string; key: string }[] {
  const out: { resource: string; key: string }[] = [];
  for (const r of diff.resources) {
    const needs = [
      ...r.removed,
      ...r.changed.filter((c) => c.cells.some((x) => !EDITORIAL.has(x.field))).map((c) => c.key),
    ];
    for (const key of needs) {
      if (!declarations.includes(`${r.name}/${key}`) && !declarations.includes(key)) {
        out.push({ resource: r.name, key });
      }
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
    "",
  );
  for (const res of r.diff.resources) {
    out.push(
      `## ${res.name}: ${res.added.length} added, ${res.removed.length} removed, ${res.changed.length} changed`,
      "",
    );
    const users = r.usedBy.get(res.name) ?? [];
    if (users.length) out.push(`Used by: ${users.join(", ")}`, "");
    for (const key of res.added) out.push(`- added \`${key}\``);
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
      "These rows changed a published figure or fact, or were removed, without saying why. Name each one (as `resource/id`) in the new version's CHANGELOG entry or in a correction in src/content/corrections/:",
      "",
    );
    for (const u of r.undeclared) out.push(`- \`${u.resource}/${u.key}\``);
    out.push("");
  }
  return out.join("\n") + "\n";
}
