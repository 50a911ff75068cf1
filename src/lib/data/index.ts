/**
 * The one reader of data/: `load("exchanges")` gives typed rows; `loadPackage()` the whole
 * package. The first call validates every file of the package (each CSV parsed once per
 * process) and throws a DataPackageError listing every problem if anything is wrong.
 * Framework-free: used by Astro pages, charts, tests and scripts alike.
 */
import { join } from "node:path";
import type { ResourceName, Rows } from "./types.ts";
import { DataPackageError } from "./errors.ts";
import { ENUMS, FIELDS } from "./fields.ts";
import { validatePackage, type LoadedPackage } from "./validate.ts";
import { readHistory, reasonKey, type History, type Reasons } from "./history.ts";

export type { Issue } from "./errors.ts";
export { DataPackageError, formatIssue, sortIssues } from "./errors.ts";
export type { LoadedPackage, LoadedResource, Row, ValidateOptions } from "./validate.ts";
export { validatePackage } from "./validate.ts";
export { ENUMS, FIELDS, RESOURCE_NAMES } from "./fields.ts";
export { parsePartialDate, MISSING_REASONS } from "./cells.ts";
export type { CellValue } from "./cells.ts";
export * from "./types.ts";

/** The package directory: `$CAPTIVITY_DATA_DIR`, else `data/` in the working directory. */
export function dataDir(): string {
  return process.env["CAPTIVITY_DATA_DIR"] ?? join(process.cwd(), "data");
}

/**
 * Validate the package in `dir` as the site reads it: every resource of types.ts, each field
 * with the shape and the allowed values types.ts promises.
 */
export function checkPackage(dir: string = dataDir()): ReturnType<typeof validatePackage> {
  return validatePackage(dir, { expected: FIELDS, expectedEnums: ENUMS });
}

type Memo = { dir: string; pkg: LoadedPackage } | { dir: string; error: DataPackageError };

/**
 * The memo lives on globalThis, not in this module: a build loads this module several times
 * (Vite bundles the story checker into the config, the content layer and the pages separately),
 * and each copy would otherwise parse and validate the whole package again. One key per
 * process, so the package is read once per build, whichever copy asks first.
 */
const MEMO = Symbol.for("captivity-ledger/data-package");
const shared = globalThis as typeof globalThis & { [MEMO]?: Memo | undefined };

/** The whole validated package (memoised per directory, once per process). Throws DataPackageError. */
export function loadPackage(): LoadedPackage {
  const dir = dataDir();
  let memo = shared[MEMO];
  if (memo?.dir !== dir) {
    const { issues, pkg } = checkPackage(dir);
    memo = pkg ? { dir, pkg } : { dir, error: new DataPackageError(issues) };
    shared[MEMO] = memo;
  }
  if ("error" in memo) throw memo.error;
  return memo.pkg;
}

/** Typed rows of one resource, in file order. Throws DataPackageError. */
export function load<K extends ResourceName>(name: K): readonly Rows[K][] {
  const resource = loadPackage().resources[name];
  if (!resource) {
    // checkPackage requires every resource of types.ts, so this cannot happen.
    throw new Error(`The data package has no resource "${name}".`);
  }
  // Sound: checkPackage verified that this resource's fields have the shapes of Rows[K].
  return resource.rows as unknown as readonly Rows[K][];
}

/** Forget the memoised package and history (tests; a dev server after data changed). */
export function resetDataCache(): void {
  shared[MEMO] = undefined;
  resetHistoryCache();
}

export type {
  CellChange,
  DataVersion,
  History,
  PackageState,
  RemovedRow,
  RowEvent,
} from "./history.ts";
export { historyOf } from "./history.ts";
export { rawTable, type RawRow, type RawTable } from "./raw.ts";

const HISTORY = Symbol.for("captivity-ledger/data-history");
const sharedHistory = globalThis as typeof globalThis & {
  [HISTORY]?: { dir: string; history: History } | undefined;
};

/**
 * Every row's history from the git history of data/ (see history.ts), read once per build like
 * the package. `{ available: false, reason }` outside git or in a shallow clone.
 */
export function loadHistory(): History {
  const dir = dataDir();
  let memo = sharedHistory[HISTORY];
  if (memo?.dir !== dir) {
    memo = { dir, history: readHistory(dir, correctionReasons()) };
    sharedHistory[HISTORY] = memo;
  }
  return memo.history;
}

/**
 * The reasons in data/corrections.csv as the reader validated it (the working copy, which may
 * be ahead of the last commit); undefined when the package does not load, so the history falls
 * back to the last commit's corrections.csv.
 */
function correctionReasons(): Reasons | undefined {
  try {
    const rows = load("corrections");
    return new Map(
      rows.map((c) => [reasonKey(c.version, `${c.resource}/${c.record_id}`), c.reason]),
    );
  } catch {
    return undefined;
  }
}

/** Forget the memoised history (tests; a dev server after a commit). */
export function resetHistoryCache(): void {
  sharedHistory[HISTORY] = undefined;
}
