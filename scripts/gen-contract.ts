// `npm run gen:contract [-- --check]`: derive the code's data contract and the docs tables from
// data/datapackage.json (see src/lib/data/contract.ts). Writes src/lib/data/contract.generated.ts
// and the marked tables of docs/data-model.md. With --check, writes nothing and exits 1 naming
// every file that is out of date (`npm run check:data` runs the same check).
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { contractDrift, formatWithPrettier } from "./lib/contract.ts";
import { contractFiles, GENERATE_COMMAND } from "../src/lib/data/contract.ts";
import { formatIssue } from "../src/lib/data/index.ts";

const root = resolve(import.meta.dirname, "..");
const check = process.argv.includes("--check");
if (check) {
  const problems = await contractDrift(root);
  for (const p of problems) console.error(p);
  if (problems.length > 0) process.exit(1);
  console.log("The generated contract and docs tables match data/datapackage.json.");
} else {
  const { files, issues } = await contractFiles(root, resolve(root, "data"), formatWithPrettier);
  for (const issue of issues) console.error(formatIssue(issue));
  if (issues.length > 0) {
    console.error(
      `\nNothing was generated. Fix the descriptor and run \`${GENERATE_COMMAND}\` again.`,
    );
    process.exit(1);
  }
  for (const file of files) {
    if (file.expected === file.actual) continue;
    writeFileSync(resolve(root, file.path), file.expected);
    console.log(`wrote ${file.path}`);
  }
  console.log("The contract is up to date with data/datapackage.json.");
}
