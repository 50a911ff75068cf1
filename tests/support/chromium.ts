import { chromium, type Browser } from "playwright-core";
import { findChromiumPath } from "../../scripts/lib/chromium.mjs";

/** Flags that keep Debian's Chromium quiet on a machine with no network. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Where Chromium is: $CHROME_PATH, else `chromium` on the PATH, else null. */
export const chromiumPath = findChromiumPath();

/** Launches the Chromium found above; call only when `chromiumPath` is not null. */
export async function launchChromium(): Promise<Browser> {
  if (!chromiumPath)
    throw new Error("No Chromium: install it (apt-get install chromium) or set CHROME_PATH.");
  return chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
}
