/**
 * Points the data reader at another package for the tests of one file:
 * $CAPTIVITY_DATA_DIR is set (and the memo reset) before they run, and restored after.
 */
import { resolve } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { resetDataCache } from "../../src/lib/data";

/** The validator's small valid fixture package. */
export const VALID_FIXTURE = resolve("tests/fixtures/data/valid");

export function useDataDir(dir: string = VALID_FIXTURE): void {
  const previous = process.env["CAPTIVITY_DATA_DIR"];
  beforeAll(() => {
    process.env["CAPTIVITY_DATA_DIR"] = dir;
    resetDataCache();
  });
  afterAll(() => {
    if (previous === undefined) delete process.env["CAPTIVITY_DATA_DIR"];
    else process.env["CAPTIVITY_DATA_DIR"] = previous;
    resetDataCache();
  });
}
