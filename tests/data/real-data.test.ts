// The real data/ package: it validates with no issue, and types.ts (through FIELDS in
// src/lib/data/fields.ts) matches its schema field by field. Until data/datapackage.json
// exists these tests are skipped, and say so in their names; once it exists they must pass.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  ENUMS,
  FIELDS,
  RESOURCE_NAMES,
  checkPackage,
  formatIssue,
} from "../../src/lib/data/index.ts";
import { readDescriptor } from "../../src/lib/data/schema.ts";
import { shapeOfField } from "../../src/lib/data/fields.ts";
import { VALID } from "./helpers.ts";

const DATA = join(process.cwd(), "data");
const present = existsSync(join(DATA, "datapackage.json"));
const waiting = present ? "" : " [SKIPPED: data/datapackage.json does not exist yet]";

/** Field name -> shape, per resource, as the descriptor in `dir` declares them. */
function declaredShapes(dir: string): Record<string, Record<string, string>> {
  const path = join(dir, "datapackage.json");
  const text = readFileSync(path, "utf8");
  const { spec } = readDescriptor(JSON.parse(text), { file: path, text });
  return Object.fromEntries(
    (spec?.resources ?? []).map((r) => [
      r.name,
      Object.fromEntries(r.fields.map((f) => [f.name, shapeOfField(f)])),
    ]),
  );
}

/** Field names per resource, straight from the JSON. */
function declaredNames(dir: string): Record<string, string[]> {
  const json = JSON.parse(readFileSync(join(dir, "datapackage.json"), "utf8")) as {
    resources: { name: string; schema: { fields: { name: string }[] } }[];
  };
  return Object.fromEntries(
    json.resources.map((r) => [r.name, r.schema.fields.map((f) => f.name).sort()]),
  );
}

describe(`the real data/ package${waiting}`, () => {
  it.skipIf(!present)("validates with no issue (npm run check:data)", () => {
    const { issues, pkg } = checkPackage(DATA);
    expect(issues.map(formatIssue)).toEqual([]);
    for (const name of RESOURCE_NAMES) expect(pkg?.resources[name]?.rowCount).toBeGreaterThan(0);
  });

  it.skipIf(!present)("declares every interface of types.ts with exactly its fields", () => {
    const names = declaredNames(DATA);
    for (const resource of RESOURCE_NAMES) {
      expect(names[resource], resource).toEqual(Object.keys(FIELDS[resource]).sort());
    }
  });

  it.skipIf(!present)("gives each field the shape types.ts promises (kind, reasons, blank)", () => {
    const shapes = declaredShapes(DATA);
    for (const resource of RESOURCE_NAMES)
      expect(shapes[resource], resource).toEqual(FIELDS[resource]);
  });
});

/** Allowed values per enum field, per resource, as the descriptor in `dir` declares them. */
function declaredEnums(dir: string): Record<string, Record<string, string[]>> {
  const path = join(dir, "datapackage.json");
  const text = readFileSync(path, "utf8");
  const { spec } = readDescriptor(JSON.parse(text), { file: path, text });
  return Object.fromEntries(
    (spec?.resources ?? []).map((r) => [
      r.name,
      Object.fromEntries(r.fields.filter((f) => f.enum).map((f) => [f.name, [...(f.enum ?? [])]])),
    ]),
  );
}

describe(`the real data/ package, allowed values${waiting}`, () => {
  it.skipIf(!present)(
    "allows exactly the values types.ts allows in each fixed-choice field",
    () => {
      const enums = declaredEnums(DATA);
      for (const resource of RESOURCE_NAMES) {
        for (const [field, values] of Object.entries(ENUMS[resource])) {
          expect([...(enums[resource]?.[field] ?? [])].sort(), `${resource}.${field}`).toEqual(
            [...values].sort(),
          );
        }
      }
    },
  );
});

describe("the valid fixture package", () => {
  it("matches types.ts too, so the validator's tests exercise the real contract", () => {
    const names = declaredNames(VALID);
    const shapes = declaredShapes(VALID);
    for (const resource of RESOURCE_NAMES) {
      expect(names[resource], resource).toEqual(Object.keys(FIELDS[resource]).sort());
      expect(shapes[resource], resource).toEqual(FIELDS[resource]);
    }
  });
});
