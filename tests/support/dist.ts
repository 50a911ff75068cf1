import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";

/** The built site the tests read: dist/, or $TEST_DIST (a build made elsewhere). */
export const DIST = resolve(process.env["TEST_DIST"] ?? "dist");

/** Reads a built page; fails with a plain hint when the site was not built first. */
export function readBuilt(path: string): string {
  const file = resolve(DIST, path);
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: build the site first (npm run build), or run npm test.`);
  }
  return readFileSync(file, "utf8");
}
