import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { changelogEntry, diffPackages, undeclaredChanges } from "../../src/lib/data/diff";

const VALID = resolve("tests/fixtures/data/valid");
const SCRIPT = resolve("scripts/data-diff.ts");
const temps: string[] = [];
/** Ukraine revises the count of 31 January 2024 from 10 to 12. */
const CORRECTION = [",,exchange,50,10,", ",,exchange,50,12,"] as const;
afterEach(() => temps.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function tempCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), "diff-test-"));
  temps.push(dir);
  cpSync(VALID, join(dir, "data"), { recursive: true });
  return dir;
}

function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, "utf8");
  if (!text.includes(from)) throw new Error(`fixture lacks ${from}`);
  writeFileSync(file, text.replace(from, to));
}

describe("diffPackages", () => {
  it("finds a changed cell by primary key, with its old and new text", () => {
    const dir = tempCopy();
    edit(join(dir, "data/exchanges.csv"), ...CORRECTION);
    const diff = diffPackages(VALID, join(dir, "data"));
    const exchanges = diff.resources.find((r) => r.name === "exchanges");
    expect(exchanges?.changed).toEqual([
      { key: "2024-01-31", cells: [{ field: "returned_to_ukraine", before: "10", after: "12" }] },
    ]);
    expect(exchanges?.added).toEqual([]);
    expect(undeclaredChanges(diff, [])).toEqual([{ resource: "exchanges", key: "2024-01-31" }]);
    const correction = { resource: "exchanges", record_id: "2024-01-31" };
    // Only a correction with the new version counts.
    expect(undeclaredChanges(diff, [{ ...correction, version: "1.1.0" }])).toHaveLength(1);
    expect(undeclaredChanges(diff, [{ ...correction, version: "1.2.0" }])).toEqual([]);
    // Across several versions, each version's corrections count; a later one does not.
    const across = { ...diff, versionBefore: "1.0.0", versionAfter: "1.3.0" };
    expect(undeclaredChanges(across, [{ ...correction, version: "1.2.0" }])).toEqual([]);
    expect(undeclaredChanges(across, [{ ...correction, version: "1.4.0" }])).toHaveLength(1);
    expect(undeclaredChanges(across, [{ ...correction, version: "1.0.0" }])).toHaveLength(1);
  });

  it("gives the cells of an added row", () => {
    const dir = tempCopy();
    const claims = join(dir, "data/exchange_claims.csv");
    writeFileSync(
      claims,
      `${readFileSync(claims, "utf8")}claim-3,2024-01-31,to ukraine,Ukraine,14,exact,test-source-a,\n`,
    );
    const diff = diffPackages(VALID, join(dir, "data"));
    const added = diff.resources.find((r) => r.name === "exchange_claims")?.addedRows;
    expect(added).toEqual([
      {
        key: "claim-3",
        cells: [
          { field: "id", value: "claim-3" },
          { field: "exchange_id", value: "2024-01-31" },
          { field: "direction", value: "to ukraine" },
          { field: "claimant", value: "Ukraine" },
          { field: "figure", value: "14" },
          { field: "qualifier", value: "exact" },
          { field: "source_id", value: "test-source-a" },
        ],
      },
    ]);
  });

  it("reports nothing for identical packages", () => {
    expect(diffPackages(VALID, VALID).resources).toEqual([]);
  });

  it("reads one version's changelog entry", () => {
    const changelog = readFileSync(join(VALID, "CHANGELOG.md"), "utf8");
    expect(changelogEntry(changelog, "1.2.0")).toContain("Fixture rows");
    expect(changelogEntry(changelog, "1.2.0")).not.toContain("Earlier fixture");
    expect(changelogEntry(changelog, "9.9.9")).toBeNull();
  });
});

// Each case runs git and a new Node process that validates two packages: on a loaded machine
// that takes longer than vitest's default 5 s.
const SPAWNS = { timeout: 30_000 };

describe("npm run data:diff (scripts/data-diff.ts) in a git repository", () => {
  function repoWithData(): string {
    const dir = tempCopy();
    const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, stdio: "pipe" });
    git("init", "-q", "-b", "main");
    git("-c", "user.email=t@example.org", "-c", "user.name=t", "add", ".");
    git("-c", "user.email=t@example.org", "-c", "user.name=t", "commit", "-qm", "base");
    return dir;
  }
  const run = (cwd: string) =>
    spawnSync(process.execPath, [SCRIPT, "--base", "HEAD"], { cwd, encoding: "utf8" });

  it("fails on a silent correction with no version bump, and says so", SPAWNS, () => {
    const dir = repoWithData();
    edit(join(dir, "data/exchanges.csv"), ...CORRECTION);
    const result = run(dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("Validation: **passed**");
    expect(result.stdout).toContain("## exchanges: 0 added, 0 removed, 1 changed");
    expect(result.stdout).toContain("returned_to_ukraine: `10` -> `12`");
    expect(result.stdout).toContain("**Not bumped**");
    expect(result.stdout).toContain("`exchanges/2024-01-31`");
    expect(result.stdout).toContain("chart `exchanges`");
  });

  /** Bump to 1.2.1 (dated 2026-02-01) with a changelog entry; `correction` adds its row. */
  function bump(dir: string, correction: boolean): void {
    edit(join(dir, "data/datapackage.json"), '"version": "1.2.0"', '"version": "1.2.1"');
    // "updated" must not be older than the new changelog entry (dates.ts).
    edit(join(dir, "data/datapackage.json"), '"updated": "2026-01-15"', '"updated": "2026-02-01"');
    edit(
      join(dir, "data/CHANGELOG.md"),
      "## 1.2.0",
      "## 1.2.1 - 2026-02-01\n\n- Corrected `exchanges/2024-01-31`: Ukraine revised its count from 10 to 12.\n\n## 1.2.0",
    );
    if (correction) {
      const file = join(dir, "data/corrections.csv");
      writeFileSync(
        file,
        `${readFileSync(file, "utf8")}1.2.1-exchanges-2024-01-31,1.2.1,2026-02-01,exchanges,2024-01-31,corrected,returned_to_ukraine,returned_to_ukraine: 10,returned_to_ukraine: 12,Ukraine revised its count.\n`,
      );
      const texts = join(dir, "data/correction_texts.csv");
      writeFileSync(
        texts,
        `${readFileSync(texts, "utf8")}1.2.1-exchanges-2024-01-31-uk,1.2.1-exchanges-2024-01-31,uk,Україна уточнила свій підрахунок.\n1.2.1-exchanges-2024-01-31-ru,1.2.1-exchanges-2024-01-31,ru,Украина уточнила свой подсчёт.\n`,
      );
    }
  }

  it("fails when only the changelog's prose names the row: corrections.csv must", SPAWNS, () => {
    const dir = repoWithData();
    edit(join(dir, "data/exchanges.csv"), ...CORRECTION);
    bump(dir, false);
    const result = run(dir);
    expect(result.stdout).toContain("Validation: **passed**");
    expect(result.stdout).toContain("## Undeclared corrections");
    expect(result.stdout).toMatch(/data\/corrections\.csv with version `1\.2\.1`/);
    expect(result.stdout).toContain("- `exchanges/2024-01-31`");
    expect(result.status).toBe(1);
  });

  it("passes once the version is bumped and corrections.csv has the row", SPAWNS, () => {
    const dir = repoWithData();
    edit(join(dir, "data/exchanges.csv"), ...CORRECTION);
    bump(dir, true);
    const result = run(dir);
    expect(result.stdout).toContain("`1.2.0` -> `1.2.1`");
    expect(result.stdout).toContain(
      "- `updated` is `2026-02-01` (newest changelog entry: `1.2.1`, 2026-02-01).",
    );
    // The new correction is an added row, shown with its cells.
    expect(result.stdout).toContain("- added `1.2.1-exchanges-2024-01-31`");
    expect(result.stdout).toContain("  - reason: `Ukraine revised its count.`");
    expect(result.stdout).not.toContain("Undeclared");
    expect(result.status).toBe(0);
  });

  it("leads with the data check's problems and fails on them", SPAWNS, () => {
    const dir = repoWithData();
    edit(join(dir, "data/exchanges.csv"), ...CORRECTION);
    bump(dir, true);
    // "updated" older than the newest changelog entry: the check's own problem.
    edit(join(dir, "data/datapackage.json"), '"updated": "2026-02-01"', '"updated": "2026-01-20"');
    const result = run(dir);
    expect(result.status).toBe(1);
    const problems = result.stdout.indexOf("validation problem");
    expect(problems).toBeGreaterThan(-1);
    expect(problems).toBeLessThan(result.stdout.indexOf("## Version"));
    expect(result.stdout).toMatch(/datapackage\.json:\d+:\d+: "updated" is 2026-01-20, older/);
    expect(result.stdout).toContain(
      "older than the newest changelog entry** (`1.2.1`, 2026-02-01)",
    );
  });
});
