import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LOCALES, LOCALE_CONFIG } from "../../../src/lib/i18n/index.ts";
import {
  dataProblems,
  dictionaryGaps,
  type PackageDescriptor,
} from "../../../src/lib/i18n/data.ts";

const pkg = JSON.parse(readFileSync("data/datapackage.json", "utf8")) as PackageDescriptor;

describe("the data dictionary in every language", () => {
  it("has a real package to compare against", () => {
    const fields = pkg.resources.flatMap((r) => r.schema.fields);
    expect(fields.length).toBeGreaterThan(50);
    expect(fields.filter((f) => f.constraints?.enum).length).toBeGreaterThan(10);
  });

  for (const locale of LOCALES.filter((l) => LOCALE_CONFIG[l].data !== null)) {
    // A value or field new in datapackage.json may wait for its translation (check:data lists
    // it; the pages show the English meanwhile), so that adding one stays a one-file change.
    // An entry for a field that is gone is a mistake in the strings file.
    it(`${locale}: no entry for a field datapackage.json does not have`, () => {
      const data = LOCALE_CONFIG[locale].data;
      expect(data).not.toBeNull();
      if (data) expect(dictionaryGaps(pkg, data).stale).toEqual([]);
    });
  }

  it("names what a language lacks when datapackage.json gains a field, a value or a reason", () => {
    const grown = structuredClone(pkg) as PackageDescriptor & {
      resources: { schema: { fields: unknown[] } }[];
    };
    const exchanges = pkg.resources.findIndex((r) => r.name === "exchanges");
    grown.resources[exchanges]?.schema.fields.push({
      name: "mediator_note",
      constraints: { enum: ["Switzerland"] },
      missingValues: [{ value: "withheld", label: "Withheld." }],
    });
    const data = LOCALE_CONFIG.uk.data;
    if (!data) throw new Error("uk has no data dictionary");
    const renamed = {
      ...data,
      fields: { ...data.fields, "exchanges.mediatr": data.fields["exchanges.mediator"]! },
    };
    expect(dictionaryGaps(grown, renamed).stale).toEqual([
      'fields: "exchanges.mediatr" is not a field of datapackage.json (renamed or misspelt?)',
    ]);
    // What the real package already awaits (nothing, unless a value was just added) aside.
    const before = new Set(dataProblems(pkg, data));
    expect(dataProblems(grown, renamed).filter((p) => !before.has(p))).toEqual([
      'fields: add "exchanges.mediator_note" (its title and description)',
      'values: add "Switzerland" (an allowed value of exchanges.mediator_note)',
      'missing: add "withheld" (a reason exchanges.mediator_note may give instead of a value)',
      'fields: "exchanges.mediatr" is not a field of datapackage.json (renamed or misspelt?)',
    ]);
  });
});
