/**
 * The history of every row, derived from the git history of data/: in which data version each
 * row was added, changed (old -> new for each cell) or removed, with the changelog's date for
 * the version and the reason recorded in data/corrections.csv (never parsed out of prose).
 *
 * Cost: ONE `git log` lists every commit that touched data/ and the file versions (blobs) it
 * left; ONE `git cat-file --batch` reads every distinct blob once; each blob is parsed once,
 * however many commits share it. `historyOf` is pure and compares one state per data version,
 * skipping files whose blob did not change.
 *
 * Outside git (a tarball) or in a shallow clone the history is "unavailable" and says why; the
 * build goes on without it.
 */
import { spawnSync } from "node:child_process";
import { realpathSync } from "node:fs";
import { relative, sep } from "node:path";
import { gt as semverGt, valid as semverValid } from "semver";
import { parseRawTable, type RawTable } from "./raw.ts";

/** One data file's state at a commit: its header and rows (id -> raw cells and line). */
export type TableState = RawTable;

/** The data package as one commit left it. */
export interface PackageState {
  commit: string;
  /** Commit date, YYYY-MM-DD. */
  date: string;
  /** datapackage.json's `version` at that commit, or null when it could not be read. */
  version: string | null;
  /** Resource name -> its table at that commit. */
  tables: ReadonlyMap<string, TableState>;
  /** Resource name -> the blob id of its file (the same blob is the same table). */
  blobs: ReadonlyMap<string, string>;
  /** data/CHANGELOG.md at that commit ("" when absent). */
  changelog: string;
}

export interface CellChange {
  field: string;
  /** The cell as written before; null when the column did not exist. */
  old: string | null;
  /** The cell as written now; null when the column was dropped. */
  new: string | null;
}

export interface RowEvent {
  kind: "added" | "changed" | "removed";
  version: string;
  /** YYYY-MM-DD: the changelog's date for the version, else the commit's. */
  date: string;
  /** For `changed`: each cell that differs, in column order. */
  changes: CellChange[];
  /** Why, from the row's correction in data/corrections.csv for that version; or null. */
  reason: string | null;
}

/** A row no longer in the data: when and why it went, and its last version. */
export interface RemovedRow {
  resource: string;
  id: string;
  removed: RowEvent;
  /** The last data version that had the row. */
  lastVersion: string;
  last: { header: readonly string[]; headerLine: string; cells: readonly string[]; line: string };
}

export interface DataVersion {
  version: string;
  date: string;
  commit: string;
}

export type History =
  | {
      available: true;
      /** Data versions, oldest first. */
      versions: DataVersion[];
      /** `resource/id` -> its events, oldest first. */
      events: ReadonlyMap<string, readonly RowEvent[]>;
      /** Resource -> rows removed and not added back, in order of removal. */
      removed: ReadonlyMap<string, readonly RemovedRow[]>;
    }
  | { available: false; reason: string; why: HistoryGap };

/**
 * Why the history is unavailable, as a word a page in any language can explain (the strings'
 * `history.why.*`); `error` is anything else, explained only by `reason` (in English).
 */
export type HistoryGap = "off" | "not-git" | "shallow" | "no-commits" | "no-package" | "error";

/** A reason the git history cannot be read, with its gap. */
class HistoryError extends Error {
  // No parameter properties: Node runs this file with type stripping only (npm run check:data).
  readonly why: HistoryGap;
  constructor(message: string, why: HistoryGap) {
    super(message);
    this.why = why;
  }
}

/** Changelog sections: version -> date and list items (continuation lines joined). */
export function changelogItems(text: string): Map<string, { date: string; items: string[] }> {
  const out = new Map<string, { date: string; items: string[] }>();
  let current: { date: string; items: string[] } | null = null;
  let inItem = false;
  for (const raw of text.replace(/^\uFEFF/, "").split(/\r?\n/)) {
    const heading = /^##\s+\[?([^\]\s]+)\]?\s+[-–—]\s+(\S+)/.exec(raw);
    if (heading?.[1] && heading[2]) {
      current = { date: heading[2], items: [] };
      out.set(heading[1], current);
      inItem = false;
      continue;
    }
    if (!current) continue;
    const item = /^\s*[-*]\s+(.*)$/.exec(raw);
    if (item?.[1] !== undefined) {
      current.items.push(item[1].trim());
      inItem = true;
    } else if (inItem && /^\s+\S/.test(raw)) {
      current.items[current.items.length - 1] += ` ${raw.trim()}`;
    } else {
      inItem = false;
    }
  }
  return out;
}

/** Reasons for changes: `${version} ${resource}/${id}` -> the reason in corrections.csv. */
export type Reasons = ReadonlyMap<string, string>;

export const reasonKey = (version: string, key: string): string => `${version} ${key}`;

/** The reasons of a corrections table (data/corrections.csv as raw cells). */
export function reasonsOf(table: TableState | undefined): Map<string, string> {
  const reasons = new Map<string, string>();
  if (!table) return reasons;
  const col = (name: string) => table.header.indexOf(name);
  const [version, resource, id, reason] = ["version", "resource", "record_id", "reason"].map(col);
  if ([version, resource, id, reason].some((c) => c === undefined || c < 0)) return reasons;
  for (const { cells } of table.rows.values()) {
    const at = (c: number | undefined) => cells[c ?? -1] ?? "";
    reasons.set(reasonKey(at(version), `${at(resource)}/${at(id)}`), at(reason));
  }
  return reasons;
}

function cellChanges(
  oldHeader: readonly string[],
  oldCells: readonly string[],
  newHeader: readonly string[],
  newCells: readonly string[],
): CellChange[] {
  const changes: CellChange[] = [];
  const sameHeader =
    oldHeader.length === newHeader.length && oldHeader.every((h, i) => h === newHeader[i]);
  if (sameHeader) {
    for (let i = 0; i < newHeader.length; i++) {
      const a = oldCells[i] ?? "";
      const b = newCells[i] ?? "";
      if (a !== b) changes.push({ field: newHeader[i]!, old: a, new: b });
    }
    return changes;
  }
  const fields = [...newHeader, ...oldHeader.filter((h) => !newHeader.includes(h))];
  for (const field of fields) {
    const i = oldHeader.indexOf(field);
    const j = newHeader.indexOf(field);
    const a = i < 0 ? null : (oldCells[i] ?? "");
    const b = j < 0 ? null : (newCells[j] ?? "");
    if (a !== b) changes.push({ field, old: a, new: b });
  }
  return changes;
}

const EMPTY: TableState = { header: [], headerLine: "", rows: new Map() };

/**
 * Per-row events from the package's states, oldest first. One state per data version counts
 * (the last commit before the version changed); dates come from the newest state's changelog,
 * reasons from `reasons` (by default the newest state's corrections.csv).
 */
export function historyOf(states: readonly PackageState[], reasons?: Reasons): History {
  const releases: PackageState[] = [];
  for (const state of states) {
    if (state.version === null) continue;
    // A version number going back (1.4.0, then 1.3.0 again) means a commit undid work of a
    // version that was then done again: the undone states were never a release of their own,
    // so a row added, withdrawn and added again reads "added in 1.4.0" once.
    while (
      releases.length > 0 &&
      semverValid(state.version) &&
      semverValid(releases.at(-1)!.version) &&
      semverGt(releases.at(-1)!.version!, state.version)
    )
      releases.pop();
    if (releases.at(-1)?.version === state.version) releases[releases.length - 1] = state;
    else releases.push(state);
  }
  if (releases.length === 0) {
    return {
      available: false,
      reason: "no commit holds a readable data/datapackage.json",
      why: "no-package",
    };
  }
  const sections = changelogItems(states.at(-1)?.changelog ?? "");
  const why = reasons ?? reasonsOf(states.at(-1)?.tables.get("corrections"));
  const events = new Map<string, RowEvent[]>();
  const removed = new Map<string, Map<string, RemovedRow>>();
  const versions: DataVersion[] = [];
  const push = (key: string, event: RowEvent): void => {
    const list = events.get(key);
    if (list) list.push(event);
    else events.set(key, [event]);
  };

  let previous: PackageState | null = null;
  for (const state of releases) {
    const version = state.version!;
    const date = sections.get(version)?.date ?? state.date;
    versions.push({ version, date, commit: state.commit });
    const names = new Set([...(previous?.tables.keys() ?? []), ...state.tables.keys()]);
    for (const name of names) {
      if (previous && previous.blobs.get(name) === state.blobs.get(name)) continue;
      const before = previous?.tables.get(name) ?? EMPTY;
      const after = state.tables.get(name) ?? EMPTY;
      const event = (kind: RowEvent["kind"], key: string, changes: CellChange[] = []): RowEvent => {
        const e = {
          kind,
          version,
          date,
          changes,
          reason: why.get(reasonKey(version, key)) ?? null,
        };
        push(key, e);
        return e;
      };
      for (const [id, row] of after.rows) {
        const key = `${name}/${id}`;
        const old = before.rows.get(id);
        if (!old) {
          event("added", key);
          removed.get(name)?.delete(id);
          continue;
        }
        if (old.line === row.line && before.headerLine === after.headerLine) continue;
        const changes = cellChanges(before.header, old.cells, after.header, row.cells);
        if (changes.length > 0) event("changed", key, changes);
      }
      for (const [id, row] of before.rows) {
        if (after.rows.has(id)) continue;
        const e = event("removed", `${name}/${id}`);
        let list = removed.get(name);
        if (!list) removed.set(name, (list = new Map()));
        list.set(id, {
          resource: name,
          id,
          removed: e,
          lastVersion: previous!.version!,
          last: {
            header: before.header,
            headerLine: before.headerLine,
            cells: row.cells,
            line: row.line,
          },
        });
      }
    }
    previous = state;
  }
  return {
    available: true,
    versions,
    events,
    removed: new Map([...removed].map(([name, rows]) => [name, [...rows.values()]])),
  };
}

function git(args: string[], cwd: string, input?: string): Buffer {
  const result = spawnSync("git", args, {
    cwd,
    input,
    maxBuffer: 1 << 30,
    stdio: ["pipe", "pipe", "pipe"],
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(result.stderr.toString().trim() || `git ${args[0]} failed`);
  }
  return result.stdout;
}

/** Reads every blob once: `git cat-file --batch` answers "<id> blob <size>\n<bytes>\n". */
function readBlobs(root: string, ids: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  if (ids.length === 0) return out;
  const buffer = git(["cat-file", "--batch"], root, `${ids.join("\n")}\n`);
  let pos = 0;
  while (pos < buffer.length) {
    const eol = buffer.indexOf(10, pos);
    if (eol < 0) break;
    const [id, type, size] = buffer.toString("utf8", pos, eol).split(" ");
    pos = eol + 1;
    if (type !== "blob" || id === undefined || size === undefined) continue; // "missing"
    const length = Number(size);
    out.set(id, buffer.toString("utf8", pos, pos + length));
    pos += length + 1;
  }
  return out;
}

interface Descriptor {
  version: string | null;
  resources: { name: string; path: string; key: string }[];
}

function readDescriptorText(text: string | undefined): Descriptor {
  try {
    const d = JSON.parse(text ?? "") as {
      version?: unknown;
      resources?: { name?: unknown; path?: unknown; schema?: { primaryKey?: unknown } }[];
    };
    const resources = (Array.isArray(d.resources) ? d.resources : []).flatMap((r) => {
      const key = r.schema?.primaryKey;
      return typeof r.name === "string" && typeof r.path === "string"
        ? [
            {
              name: r.name,
              path: r.path,
              key: typeof key === "string" ? key : Array.isArray(key) ? String(key[0]) : "id",
            },
          ]
        : [];
    });
    return { version: typeof d.version === "string" ? d.version : null, resources };
  } catch {
    return { version: null, resources: [] };
  }
}

/**
 * The package's state at the last commit of each data version on the first-parent line (the
 * state each version published), oldest first; commits within a version are read for their
 * version only, and their files are not parsed. Throws with a plain reason when there is no
 * usable git history.
 */
export function readGitStates(dir: string): PackageState[] {
  let root: string;
  try {
    root = git(["rev-parse", "--show-toplevel"], dir).toString().trim();
  } catch {
    throw new HistoryError(
      "the data folder is not in a git checkout (a download or tarball)",
      "not-git",
    );
  }
  if (git(["rev-parse", "--is-shallow-repository"], root).toString().trim() === "true") {
    throw new HistoryError(
      "the git checkout is shallow: fetch the full history (git fetch --unshallow)",
      "shallow",
    );
  }
  const rel = relative(realpathSync(root), realpathSync(dir)).split(sep).join("/");
  const prefix = rel === "" ? "" : `${rel}/`;
  const log = git(
    [
      "log",
      "--first-parent",
      "--diff-merges=first-parent",
      "--reverse",
      "--raw",
      "--no-renames",
      "--no-abbrev",
      "--format=%x1e%H%x1f%cs",
      "--",
      rel === "" ? "." : rel,
    ],
    root,
  ).toString("utf8");

  // Path (relative to dir) -> blob id, replayed commit by commit.
  const files = new Map<string, string>();
  const commits: { commit: string; date: string; files: Map<string, string> }[] = [];
  for (const chunk of log.split("\x1e")) {
    if (chunk.trim() === "") continue;
    const [head = "", ...lines] = chunk.split("\n");
    const [commit = "", date = ""] = head.split("\x1f");
    for (const line of lines) {
      const m = /^:\d+ \d+ [0-9a-f]+ ([0-9a-f]+) ([A-Z])\d*\t(.+)$/.exec(line);
      if (!m?.[1] || !m[2] || !m[3] || !m[3].startsWith(prefix)) continue;
      const path = m[3].slice(prefix.length);
      if (m[2] === "D") files.delete(path);
      else files.set(path, m[1]);
    }
    commits.push({ commit, date, files: new Map(files) });
  }
  if (commits.length === 0)
    throw new HistoryError("no commit has touched the data folder yet", "no-commits");

  const blobs = readBlobs(root, [...new Set(commits.flatMap((c) => [...c.files.values()]))]);
  const descriptors = new Map<string, Descriptor>();
  const descriptorAt = (files: Map<string, string>): Descriptor => {
    const blob = files.get("datapackage.json") ?? "";
    let descriptor = descriptors.get(blob);
    if (!descriptor) {
      descriptor = readDescriptorText(blobs.get(blob));
      descriptors.set(blob, descriptor);
    }
    return descriptor;
  };
  // Only the last commit of each data version is published, so only its files are parsed.
  const releases = commits.filter(
    (c, i) =>
      descriptorAt(c.files).version !== descriptorAt(commits[i + 1]?.files ?? new Map()).version,
  );
  const tables = new Map<string, TableState>();
  return releases.map(({ commit, date, files: state }) => {
    const descriptor = descriptorAt(state);
    const stateTables = new Map<string, TableState>();
    const stateBlobs = new Map<string, string>();
    for (const { name, path, key } of descriptor.resources) {
      const blob = state.get(path);
      if (blob === undefined) continue;
      const cacheKey = `${blob}\0${key}`;
      let table = tables.get(cacheKey);
      if (!table) {
        table = parseRawTable(blobs.get(blob) ?? "", key);
        tables.set(cacheKey, table);
      }
      stateTables.set(name, table);
      stateBlobs.set(name, cacheKey);
    }
    return {
      commit,
      date,
      version: descriptor.version,
      tables: stateTables,
      blobs: stateBlobs,
      changelog: blobs.get(state.get("CHANGELOG.md") ?? "") ?? "",
    };
  });
}

/** The history of the package in `dir`, or why it is unavailable. Never throws. */
export function readHistory(dir: string, reasons?: Reasons): History {
  if (process.env["CAPTIVITY_HISTORY"] === "off") {
    return {
      available: false,
      reason: "history was turned off for this build (CAPTIVITY_HISTORY=off)",
      why: "off",
    };
  }
  try {
    return historyOf(readGitStates(dir), reasons);
  } catch (error) {
    return {
      available: false,
      reason: error instanceof Error ? error.message : String(error),
      why: error instanceof HistoryError ? error.why : "error",
    };
  }
}
