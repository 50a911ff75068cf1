import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";

export const DIST = resolve("dist");

/** Reads a built page; fails with a plain hint when the site was not built first. */
export function readBuilt(path: string): string {
  const file = resolve(DIST, path);
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: build the site first (npm run build), or run npm test.`);
  }
  return readFileSync(file, "utf8");
}
