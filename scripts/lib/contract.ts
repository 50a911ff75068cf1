// Shared by `npm run gen:contract` and `npm run check:data`: format generated files the way
// `npm run format` does, and say which generated files are out of date.
import { resolve } from "node:path";
import * as prettier from "prettier";
import { contractFiles, GENERATE_COMMAND } from "../../src/lib/data/contract.ts";
import { formatIssue } from "../../src/lib/data/index.ts";

export async function formatWithPrettier(text: string, path: string): Promise<string> {
  const options = (await prettier.resolveConfig(path)) ?? {};
  return prettier.format(text, { ...options, filepath: path });
}

/** One message per problem: descriptor issues, then each stale file; empty when all match. */
export async function contractDrift(
  root: string,
  dataDir = resolve(root, "data"),
): Promise<string[]> {
  const { files, issues } = await contractFiles(root, dataDir, formatWithPrettier);
  return [
    ...issues.map(formatIssue),
    ...files
      .filter((f) => f.expected !== f.actual)
      .map(
        (f) =>
          `${f.path} is out of date with data/datapackage.json (it is generated from it). Run \`${GENERATE_COMMAND}\` and commit the result.`,
      ),
  ];
}
