// The reader as pages use it: load(name) from $CAPTIVITY_DATA_DIR, memoised, throwing one
// DataPackageError that lists every problem.
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  DataPackageError,
  checkPackage,
  load,
  loadPackage,
  resetDataCache,
} from "../../src/lib/data/index.ts";
import { VALID, edit, packageWith } from "./helpers.ts";

const saved = process.env["CAPTIVITY_DATA_DIR"];
afterEach(() => {
  if (saved === undefined) delete process.env["CAPTIVITY_DATA_DIR"];
  else process.env["CAPTIVITY_DATA_DIR"] = saved;
  resetDataCache();
});

describe("load() and loadPackage()", () => {
  it("reads typed rows from $CAPTIVITY_DATA_DIR, once per process", () => {
    process.env["CAPTIVITY_DATA_DIR"] = VALID;
    resetDataCache();
    const exchanges = load("exchanges");
    expect(exchanges.map((e) => e.id)).toEqual(["2024-01-31", "2024-05", "2024-06-01-b"]);
    const first = exchanges[0];
    expect(first?.date.precision).toBe("day");
    expect(first?.returned_to_ukraine).toBe(10);
    expect(load("exchanges")).toBe(exchanges);
    expect(loadPackage().resources["sources"]?.rowCount).toBe(3);
    expect(Object.isFrozen(exchanges)).toBe(true);
  });

  it("shares one package between separate copies of the reader module, as in a build", async () => {
    process.env["CAPTIVITY_DATA_DIR"] = VALID;
    resetDataCache();
    const pkg = loadPackage();
    // A second evaluation of the module, as Vite makes for the config, content layer and pages.
    vi.resetModules();
    const copy: typeof import("../../src/lib/data/index.ts") =
      await import("../../src/lib/data/index.ts");
    expect(copy.loadPackage).not.toBe(loadPackage);
    expect(copy.loadPackage()).toBe(pkg);
    copy.resetDataCache();
    expect(loadPackage()).not.toBe(pkg); // and a reset in one copy resets it for all
  });

  it("throws one DataPackageError listing every problem, one per line", () => {
    process.env["CAPTIVITY_DATA_DIR"] = packageWith({
      "totals.csv": edit("totals.csv", "total-2,2024,", "total-2,2024-02-30,"),
      "exchange_claims.csv": edit("exchange_claims.csv", ",12,", ",12a,"),
    });
    resetDataCache();
    let error: unknown;
    try {
      load("totals");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataPackageError);
    const lines = (error as DataPackageError).message.split("\n");
    expect(lines[0]).toMatch(/has 2 problems/);
    expect(lines[1]).toMatch(
      /^.*data\/exchange_claims\.csv:2:38 \(figure\): "12a" is not a whole number/,
    );
    expect(lines[2]).toMatch(/^.*data\/totals\.csv:3:9 \(as_of\): "2024-02-30" is not a real date/);
    expect((error as DataPackageError).issues).toHaveLength(2);
    // The failure is memoised too: the same error, without reading the files again.
    expect(() => loadPackage()).toThrow(error as Error);
  });

  it("requires every resource of types.ts, with the field shapes the types promise", () => {
    const descriptor = edit(
      "datapackage.json",
      '"name": "percent",\n            "type": "number"',
      '"name": "percent",\n            "type": "string"',
    );
    const { issues } = checkPackage(packageWith({ "datapackage.json": descriptor }));
    expect(issues).toEqual([
      expect.objectContaining({
        code: "schema-mismatch",
        message: expect.stringMatching(
          /"percent" of "abuses" reads as text\|missing, but the site expects number\|missing/,
        ),
      }),
    ]);
  });

  it("requires the allowed values of the generated contract, no more and no fewer", () => {
    const descriptor = edit(
      "datapackage.json",
      '"Qatar"',
      '"Qatar",\n                "Switzerland"',
    );
    const { issues } = checkPackage(packageWith({ "datapackage.json": descriptor }));
    expect(issues).toEqual([
      expect.objectContaining({
        file: expect.stringMatching(/datapackage\.json$/),
        code: "schema-mismatch",
        message: expect.stringMatching(
          /the schema allows "Switzerland", which the code does not;.*run `npm run gen:contract`/,
        ),
      }),
    ]);
  });
});
