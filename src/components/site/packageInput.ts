/** Gathers what the package downloads need from the data reader. */
import { loadPackage } from "../../lib/data";
import { readDataText } from "../../lib/site/changelog";
import type { PackageFilesInput } from "../../lib/site/package-files";

export function packageInput(): PackageFilesInput {
  const pkg = loadPackage();
  return {
    name: pkg.name,
    version: pkg.version,
    updated: pkg.updated,
    descriptorText: readDataText("datapackage.json"),
    changelogText: readDataText("CHANGELOG.md"),
    resources: Object.values(pkg.resources).map((r) => ({ path: r.path, csvText: r.csvText })),
  };
}
