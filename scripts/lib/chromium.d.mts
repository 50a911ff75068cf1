/** Where Chromium is: $CHROME_PATH, else `chromium` (or a sibling name) on the PATH, else null. */
export function findChromiumPath(): string | null;
