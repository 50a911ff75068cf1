/**
 * Row history from a REAL git repository: a temporary repo whose commits add, change and remove
 * rows across data versions, read by the same code the build uses.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  changelogItems,
  historyOf,
  readGitStates,
  readHistory,
  type RowEvent,
} from "../../src/lib/data/history";

const roots: string[] = [];
afterAll(() => {
  for (const dir of roots) rmSync(dir, { recursive: true, force: true });
});

function descriptor(version: string): string {
  return JSON.stringify({
    name: "fixture",
    version,
    resources: [
      { name: "things", path: "things.csv", schema: { primaryKey: ["id"], fields: [] } },
      { name: "other", path: "other.csv", schema: { primaryKey: "id", fields: [] } },
      { name: "corrections", path: "corrections.csv", schema: { primaryKey: "id", fields: [] } },
    ],
  });
}

const CHANGELOG = `# Changelog

## 1.2.0 - 2026-03-01

- Removed \`things/b\`: it duplicated \`things/a\`.

## 1.1.0 - 2026-02-01

- Corrected \`things/a\` (count): the source said 12, not 10,
  as the first report had it.
- Added \`things/c\`.

## 1.0.0 - 2026-01-01

First release.
`;

// The reasons come from corrections.csv, never from the changelog's prose.
const CORRECTIONS = `id,version,date,resource,record_id,kind,fields,was,now,reason
1.1.0-things-a,1.1.0,2026-02-01,things,a,corrected,count,count: 10,count: 12,The source said 12.
1.2.0-things-b,1.2.0,2026-03-01,things,b,removed,,count: 5,,It duplicated a.
`;

let repo = "";
let dataDir = "";

function git(...args: string[]): string {
  return execFileSync("git", args, {
    cwd: repo,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: "Test",
      GIT_AUTHOR_EMAIL: "test@example.org",
      GIT_COMMITTER_NAME: "Test",
      GIT_COMMITTER_EMAIL: "test@example.org",
      GIT_AUTHOR_DATE: "2026-01-01T00:00:00Z",
      GIT_COMMITTER_DATE: "2026-01-01T00:00:00Z",
    },
    encoding: "utf8",
  });
}

function commit(files: Record<string, string>, message: string): void {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dataDir, name), text);
  git("add", "-A");
  git("commit", "-q", "-m", message);
}

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), "captivity-history-"));
  roots.push(repo);
  dataDir = join(repo, "data");
  mkdirSync(dataDir);
  git("init", "-q", "-b", "main");
  writeFileSync(join(repo, "README.md"), "not data\n");
  commit(
    {
      "datapackage.json": descriptor("1.0.0"),
      "things.csv": 'id,count,notes\na,10,\nb,5,"two\nlines"\n',
      "other.csv": "id,x\no,1\n",
      "CHANGELOG.md": CHANGELOG,
    },
    "1.0.0",
  );
  // Two commits in 1.1.0: only the version's last state counts.
  commit(
    {
      "datapackage.json": descriptor("1.1.0"),
      "things.csv": 'id,count,notes\na,11,\nb,5,"two\nlines"\n',
    },
    "1.1.0 draft",
  );
  commit({ "things.csv": 'id,count,notes\na,12,\nb,5,"two\nlines"\nc,1,new\n' }, "1.1.0");
  // A commit outside data/ does not make a state.
  writeFileSync(join(repo, "README.md"), "still not data\n");
  git("commit", "-qam", "docs");
  commit(
    {
      "datapackage.json": descriptor("1.2.0"),
      "things.csv": "id,count,notes\na,12,\nc,1,new\n",
      "corrections.csv": CORRECTIONS,
    },
    "1.2.0",
  );
});

const kinds = (events: readonly RowEvent[] | undefined) =>
  (events ?? []).map((e) => `${e.kind} ${e.version}`);

describe("history from a real git repository", () => {
  it("reads the state each data version published (its last commit), oldest first", () => {
    const states = readGitStates(dataDir);
    expect(states.map((s) => s.version)).toEqual(["1.0.0", "1.1.0", "1.2.0"]);
    // 1.1.0's draft commit (a = 11) is not a published state.
    expect(states[1]!.tables.get("things")!.rows.get("a")!.cells[1]).toBe("12");
    expect(states[0]!.tables.get("things")!.rows.get("b")!.cells).toEqual(["b", "5", "two\nlines"]);
  });

  it("records additions, changes (old -> new per cell) and removals per row", () => {
    const history = readHistory(dataDir);
    if (!history.available) throw new Error(history.reason);
    expect(history.versions.map((v) => [v.version, v.date])).toEqual([
      ["1.0.0", "2026-01-01"],
      ["1.1.0", "2026-02-01"],
      ["1.2.0", "2026-03-01"],
    ]);
    expect(kinds(history.events.get("things/a"))).toEqual(["added 1.0.0", "changed 1.1.0"]);
    // The draft's 11 is never a published value: 10 -> 12.
    expect(history.events.get("things/a")![1]!.changes).toEqual([
      { field: "count", old: "10", new: "12" },
    ]);
    expect(history.events.get("things/a")![1]!.reason).toBe("The source said 12.");
    // An addition has no correction, so no reason (the changelog's "Added" line is not read).
    expect(history.events.get("things/c")![0]!.reason).toBeNull();
    expect(kinds(history.events.get("things/c"))).toEqual(["added 1.1.0"]);
    expect(kinds(history.events.get("things/b"))).toEqual(["added 1.0.0", "removed 1.2.0"]);
    expect(kinds(history.events.get("other/o"))).toEqual(["added 1.0.0"]);
  });

  it("keeps a removed row's last version, when and why it went", () => {
    const history = readHistory(dataDir);
    if (!history.available) throw new Error(history.reason);
    const [removed] = history.removed.get("things") ?? [];
    expect(removed).toMatchObject({
      id: "b",
      lastVersion: "1.1.0",
      removed: {
        version: "1.2.0",
        date: "2026-03-01",
        reason: "It duplicated a.",
      },
      last: {
        cells: ["b", "5", "two\nlines"],
        line: 'b,5,"two\nlines"',
        headerLine: "id,count,notes",
      },
    });
    expect(history.removed.get("other")).toBeUndefined();
  });

  it("is unavailable, with the reason, outside git (a tarball)", () => {
    const copy = mkdtempSync(join(tmpdir(), "captivity-tarball-"));
    roots.push(copy);
    cpSync(dataDir, join(copy, "data"), { recursive: true });
    const history = readHistory(join(copy, "data"));
    expect(history).toEqual({
      available: false,
      reason: expect.stringMatching(/not in a git checkout/),
      why: "not-git",
    });
  });

  it("is unavailable in a shallow clone", () => {
    const parent = mkdtempSync(join(tmpdir(), "captivity-shallow-"));
    roots.push(parent);
    execFileSync("git", ["clone", "-q", "--depth", "1", `file://${repo}`, join(parent, "clone")]);
    const history = readHistory(join(parent, "clone", "data"));
    expect(history).toEqual({
      available: false,
      reason: expect.stringMatching(/shallow/),
      why: "shallow",
    });
  });
});

describe("historyOf (pure)", () => {
  it("brings a row back from the removed list when a later version adds it again", () => {
    const table = (ids: string[]) => ({
      header: ["id"],
      headerLine: "id",
      rows: new Map(ids.map((id) => [id, { cells: [id], line: id }])),
    });
    const state = (version: string, ids: string[]) => ({
      commit: version,
      date: "2026-01-01",
      version,
      tables: new Map([["t", table(ids)]]),
      blobs: new Map([["t", ids.join()]]),
      changelog: "",
    });
    const h = historyOf([state("1", ["x", "y"]), state("2", ["x"]), state("3", ["x", "y"])]);
    if (!h.available) throw new Error(h.reason);
    expect(kinds(h.events.get("t/y"))).toEqual(["added 1", "removed 2", "added 3"]);
    expect(h.removed.get("t") ?? []).toEqual([]);
  });

  it("reads a version number going back as work undone, not as a release", () => {
    const table = (ids: string[]) => ({
      header: ["id"],
      headerLine: "id",
      rows: new Map(ids.map((id) => [id, { cells: [id], line: id }])),
    });
    const state = (version: string, ids: string[]) => ({
      commit: `${version} ${ids.join()}`,
      date: "2026-01-01",
      version,
      tables: new Map([["t", table(ids)]]),
      blobs: new Map([["t", ids.join()]]),
      changelog: "",
    });
    // 1.4.0 adds y, a commit withdraws it (back to 1.3.0), a later one restores 1.4.0.
    const h = historyOf([
      state("1.3.0", ["x"]),
      state("1.4.0", ["x", "y"]),
      state("1.3.0", ["x"]),
      state("1.4.0", ["x", "y"]),
    ]);
    if (!h.available) throw new Error(h.reason);
    expect(kinds(h.events.get("t/y"))).toEqual(["added 1.4.0"]);
    expect(h.versions.map((v) => v.version)).toEqual(["1.3.0", "1.4.0"]);
  });

  it("names a new column as added (old: null)", () => {
    const s = (version: string, header: string[], cells: string[]) => ({
      commit: version,
      date: "2026-01-01",
      version,
      tables: new Map([
        [
          "t",
          {
            header,
            headerLine: header.join(),
            rows: new Map([["x", { cells, line: cells.join() }]]),
          },
        ],
      ]),
      blobs: new Map([["t", version]]),
      changelog: "",
    });
    const h = historyOf([s("1", ["id"], ["x"]), s("2", ["id", "n"], ["x", "3"])]);
    if (!h.available) throw new Error(h.reason);
    expect(h.events.get("t/x")![1]!.changes).toEqual([{ field: "n", old: null, new: "3" }]);
  });

  it("reads changelog items with their continuation lines", () => {
    expect(changelogItems(CHANGELOG).get("1.1.0")?.items[0]).toMatch(/12, not 10, as the first/);
  });
});

describe("CI checks out the full history", () => {
  it.each(["deploy.yml", "test.yml"])("%s fetches every commit (fetch-depth: 0)", (file) => {
    const text = readFileSync(join(".github/workflows", file), "utf8");
    const checkout = text.slice(text.indexOf("actions/checkout@"));
    const next = checkout.search(/\n\s*- (uses|name|run):/);
    const step = next < 0 ? checkout : checkout.slice(0, next);
    expect(step).toMatch(/fetch-depth:\s*0\b/);
  });
});
