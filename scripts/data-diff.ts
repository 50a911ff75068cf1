// `npm run data:diff [-- --base REV]`: a Markdown summary of what changed in data/ since REV
// (default: the merge base with main), for pasting into a pull request. It validates the new
// data first (npm run check:data) and leads with its problems. Shows each added row's cells and
// old -> new for each changed cell, and `updated` against the changelog's newest date. Exits 1
// when the change cannot be merged as it is: invalid data, a version not bumped, no changelog
// entry, or a row changed or removed without its row in data/corrections.csv.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { checkPackage, dataDir, formatIssue } from "../src/lib/data/index.ts";
import { outOfDateMarkdown, translationCoverage } from "../src/lib/data/translations.ts";
import { CHART_RESOURCES as RESOURCE_CHARTS } from "../src/lib/data/fields.ts";
import { changelogEntries } from "../src/lib/data/schema.ts";
import {
  changelogEntry,
  diffPackages,
  readCorrections,
  renderMarkdown,
  reportFails,
  undeclaredChanges,
  type DiffReport,
} from "../src/lib/data/diff.ts";

/** Which data resources each chart draws (`x-charts` in datapackage.json, via the contract). */
const CHART_RESOURCES: Record<string, string[]> = {};
for (const [resource, charts] of Object.entries(RESOURCE_CHARTS)) {
  for (const chart of charts) (CHART_RESOURCES[chart] ??= []).push(resource);
}

function git(args: string[]): string {
  return execFileSync("git", args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
}

function baseRevision(argv: string[]): string {
  const i = argv.indexOf("--base");
  if (i >= 0) {
    const rev = argv[i + 1];
    if (!rev) throw new Error("--base needs a revision, e.g. --base main or --base HEAD~1");
    return rev;
  }
  for (const main of ["main", "origin/main"]) {
    try {
      return git(["merge-base", "HEAD", main]);
    } catch {
      // try the next name
    }
  }
  throw new Error("Could not find the merge base with main. Pass --base REV.");
}

function mdxFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".mdx") || f.endsWith(".md"))
    .map((f) => join(dir, f));
}

/** Charts and stories that would show a changed resource. */
function usedBy(resources: string[]): Map<string, string[]> {
  const stories = mdxFiles("src/content/stories").map((file) => ({
    file,
    text: readFileSync(file, "utf8"),
  }));
  const out = new Map<string, string[]>();
  for (const resource of resources) {
    const users: string[] = [];
    for (const [chart, uses] of Object.entries(CHART_RESOURCES)) {
      if (!uses.includes(resource)) continue;
      users.push(`chart \`${chart}\``);
      for (const s of stories) {
        if (new RegExp(`<Chart[^>]*name=["']${chart}["']`).test(s.text))
          users.push(`story ${s.file}`);
      }
    }
    for (const s of stories) {
      if (s.text.includes(`row="${resource}:`) && !users.includes(`story ${s.file}`))
        users.push(`story ${s.file}`);
    }
    out.set(resource, [...new Set(users)]);
  }
  return out;
}

/** `updated` of datapackage.json and the newest dated entry of the changelog. */
function updatedAgainstChangelog(dir: string, changelog: string): DiffReport["updated"] {
  let value: unknown;
  try {
    value = (
      JSON.parse(readFileSync(join(dir, "datapackage.json"), "utf8")) as { updated?: unknown }
    ).updated;
  } catch {
    return undefined; // an unreadable descriptor is reported by the check
  }
  if (typeof value !== "string") return undefined;
  let newest: { version: string; date: string } | null = null;
  for (const [version, { date }] of changelogEntries(changelog)) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(date) && (newest === null || date > newest.date))
      newest = { version, date };
  }
  return { value, newest };
}

const rev = baseRevision(process.argv.slice(2));
const headDir = dataDir();
const baseDir = mkdtempSync(join(tmpdir(), "data-diff-"));
try {
  const hasData = git(["ls-tree", "--name-only", rev, "data/"]) !== "";
  if (hasData) {
    const tar = execFileSync("git", ["archive", rev, "data"]);
    execFileSync("tar", ["-x", "-C", baseDir], { input: tar });
  }
  const { issues, pkg } = checkPackage(headDir);
  const diff = diffPackages(join(baseDir, "data"), headDir);
  const changelogFile = join(headDir, "CHANGELOG.md");
  const changelog = existsSync(changelogFile) ? readFileSync(changelogFile, "utf8") : "";
  const entry = diff.versionAfter ? changelogEntry(changelog, diff.versionAfter) : null;
  const report: DiffReport = {
    diff,
    problems: issues.map(formatIssue),
    usedBy: usedBy(diff.resources.map((r) => r.name)),
    changelogHasEntry: entry !== null,
    undeclared: undeclaredChanges(diff, readCorrections(headDir)),
    updated: updatedAgainstChangelog(headDir, changelog),
  };
  process.stdout.write(
    `_Compared ${relative(process.cwd(), headDir) || "."}/ with ${rev.slice(0, 12)}._\n\n`,
  );
  process.stdout.write(renderMarkdown(report));
  if (pkg) process.stdout.write(outOfDateMarkdown(translationCoverage(pkg)));
  process.exitCode = reportFails(report) ? 1 : 0;
} finally {
  rmSync(baseDir, { recursive: true, force: true });
}
