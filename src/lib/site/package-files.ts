/** The files of the downloadable data package and their ZIP, built from the reader's output. */
import { createZip, type ZipEntry } from "./zip";

export interface PackageFilesInput {
  name: string;
  version: string;
  updated: string;
  /** datapackage.json exactly as published. */
  descriptorText: string;
  /** CHANGELOG.md exactly as published, if any. */
  changelogText?: string | undefined;
  resources: readonly { path: string; csvText: string }[];
}

/** Folder name inside the ZIP, e.g. `captivity-ledger-data-1.2.0`. */
export function packageFolder(input: Pick<PackageFilesInput, "name" | "version">): string {
  return `${input.name}-${input.version}`;
}

export function packageEntries(input: PackageFilesInput): ZipEntry[] {
  const folder = packageFolder(input);
  const entries: ZipEntry[] = [{ name: `${folder}/datapackage.json`, data: input.descriptorText }];
  if (input.changelogText !== undefined) {
    entries.push({ name: `${folder}/CHANGELOG.md`, data: input.changelogText });
  }
  for (const resource of input.resources) {
    entries.push({ name: `${folder}/${resource.path}`, data: resource.csvText });
  }
  return entries;
}

/** The whole package as a ZIP; every entry is stamped with the data's `updated` day. */
export function packageZip(input: PackageFilesInput): Uint8Array<ArrayBuffer> {
  const [y, m, d] = input.updated.split("-").map(Number);
  const stamp = y && m && d ? new Date(Date.UTC(y, m - 1, d)) : new Date(Date.UTC(1980, 0, 1));
  return createZip(packageEntries(input), stamp);
}
