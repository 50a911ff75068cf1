/** Gathers what the package downloads need from the data reader. */
import { loadPackage } from "../../lib/data";
import type { PackageFilesInput } from "../../lib/site/package-files";

export function packageInput(): PackageFilesInput {
  const pkg = loadPackage();
  return {
    name: pkg.name,
    version: pkg.version,
    updated: pkg.updated,
    descriptorText: pkg.descriptorText,
    changelogText: pkg.changelogText,
    resources: Object.values(pkg.resources).map((r) => ({ path: r.path, csvText: r.csvText })),
  };
}
