import { existsSync } from "node:fs";
import { execFileSync } from "node:child_process";

/** Where Chromium is: $CHROME_PATH, else `chromium` (or a sibling name) on the PATH, else null. */
export function findChromiumPath() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  for (const name of ["chromium", "chromium-browser", "google-chrome"]) {
    try {
      const path = execFileSync("which", [name], { encoding: "utf8" }).trim();
      if (path) return path;
    } catch {
      // not on the PATH; try the next name
    }
  }
  return null;
}
