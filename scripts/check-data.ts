// `npm run check:data`: validate data/ (or $CAPTIVITY_DATA_DIR) the way the site reads it.
// Prints every problem, grouped by file and sorted by line, and exits 1; or prints a one-line
// summary and exits 0. `npm run build` runs this first (prebuild), so bad data never ships.
// For the project's own data/, it first checks that the code's copy of the contract and the
// docs tables are generated from the current datapackage.json (`npm run gen:contract`).
import { relative, resolve } from "node:path";
import { checkPackage, dataDir, formatIssue, type Issue } from "../src/lib/data/index.ts";
import { translationCoverage } from "../src/lib/data/translations.ts";
import { dictionaryGaps, type PackageDescriptor } from "../src/lib/i18n/data.ts";
import { LOCALES, LOCALE_CONFIG } from "../src/lib/i18n/locales.ts";
import { contractDrift } from "./lib/contract.ts";

const dir = dataDir();
const root = resolve(import.meta.dirname, "..");
if (resolve(dir) === resolve(root, "data")) {
  const drift = await contractDrift(root);
  if (drift.length > 0) {
    for (const problem of drift) console.error(problem);
    console.error(
      "\nThe contract is out of date. Nothing was published. Run `npm run gen:contract`, then `npm run check:data` again.",
    );
    process.exit(1);
  }
}
const started = performance.now();
const { issues, pkg } = checkPackage(dir);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const rel = relative(process.cwd(), dir);
const label = rel === "" ? "." : rel.startsWith("..") ? dir : rel;

if (pkg) {
  const resources = Object.values(pkg.resources);
  const rows = resources.reduce((sum, r) => sum + r.rowCount, 0);
  console.log(
    `${label}/ OK: ${resources.length} files, ${rows.toLocaleString("en-US")} rows, version ${pkg.version} (checked in ${seconds} s)`,
  );
  // Not errors: an out-of-date translation is not shown (the page shows the English).
  for (const c of translationCoverage(pkg)) {
    console.log(
      `Translations (${c.language}): ${c.current} of ${c.cells} cells of our prose are translated.`,
    );
    if (c.outOfDate.length > 0)
      console.log(
        `  ${c.outOfDate.length} out of date (their English cell changed; the site shows the English until they are updated in translations.csv, with the new English in "english"): ${c.outOfDate.join(", ")}`,
      );
  }
  // Not errors either: a value, field or reason new in datapackage.json reads in English on
  // that language's pages until its words are added to the language's strings file.
  for (const locale of LOCALES) {
    const data = LOCALE_CONFIG[locale].data;
    if (data === null) continue;
    const { missing } = dictionaryGaps(pkg.descriptor as unknown as PackageDescriptor, data);
    if (missing.length > 0)
      console.log(
        `Data dictionary (${locale}): ${missing.length} not yet translated (its pages show the English words until they are added to src/lib/i18n/messages/${locale}.ts, docs/translating.md): ${missing.join("; ")}`,
      );
  }
  process.exit(0);
}

const byFile = Map.groupBy(issues, (issue: Issue) => issue.file);
for (const [file, fileIssues] of byFile) {
  const n = fileIssues.length;
  console.error(`\n${file}: ${n} problem${n === 1 ? "" : "s"}`);
  for (const issue of fileIssues) console.error(`  ${formatIssue(issue)}`);
}
const total = issues.length;
console.error(
  `\n${total} problem${total === 1 ? "" : "s"} in ${byFile.size} file${byFile.size === 1 ? "" : "s"}. ` +
    `Nothing was published. Fix ${total === 1 ? "it" : "them"} (docs/reporters.md explains each message) and run \`npm run check:data\` again.`,
);
process.exit(1);
