// The data contract: data/datapackage.json is its one source. A new mediator and a new totals
// measure, added only to a copy of the package's datapackage.json (plus a row using each),
// reach the generated types, the docs tables, the validator, the data dictionary and the
// chart; until the generator runs, check:data's drift check names the command to run.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { contractDrift, formatWithPrettier } from "../../scripts/lib/contract.ts";
import { BUILDERS } from "../../src/lib/charts/charts.ts";
import { buildFigure } from "../../src/lib/charts/figure.ts";
import type { ChartData } from "../../src/lib/charts/model.ts";
import {
  contractFiles,
  FIXTURE_DESCRIPTOR,
  readContract,
  renderModule,
  spliceDocs,
  type Contract,
} from "../../src/lib/data/contract.ts";
import { checkPackage, validatePackage, type LoadedPackage } from "../../src/lib/data/index.ts";
import { dataDictionary, type SchemaField } from "../../src/lib/site/dictionary.ts";
import { dictionaryGaps, type PackageDescriptor } from "../../src/lib/i18n/data.ts";
import { LOCALE_CONFIG } from "../../src/lib/i18n/locales.ts";

const ROOT = resolve(import.meta.dirname, "../..");
// Made-up values: they exist only in this test's temporary copy of the package.
const MEDIATOR = "Testland";
const MEASURE = "returned to Russia, test series";

const created: string[] = [];
afterAll(() => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
});

interface Json {
  [key: string]: unknown;
}
type Field = Json & { name: string; constraints: { enum: string[] } };
type Resource = { name: string; schema: { fields: Field[] } };

/** A copy of data/ whose datapackage.json is changed by `change`, with rows appended. */
function packageCopy(change: (descriptor: { resources: Resource[] }) => void): string {
  const dir = join(mkdtempSync(join(tmpdir(), "captivity-contract-")), "data");
  created.push(dirname(dir));
  cpSync(join(ROOT, "data"), dir, { recursive: true });
  const file = join(dir, "datapackage.json");
  const descriptor = JSON.parse(readFileSync(file, "utf8")) as { resources: Resource[] };
  change(descriptor);
  writeFileSync(file, `${JSON.stringify(descriptor, null, 2)}\n`);
  return dir;
}

function dirname(path: string): string {
  return resolve(path, "..");
}

function field(d: { resources: Resource[] }, resource: string, name: string): Field {
  const f = d.resources
    .find((r) => r.name === resource)
    ?.schema.fields.find((x) => x.name === name);
  if (!f) throw new Error(`${resource}.${name} not in the package`);
  return f;
}

function addMediatorAndMeasure(d: { resources: Resource[] }): void {
  field(d, "exchanges", "mediator").constraints.enum.push(MEDIATOR);
  const measure = field(d, "totals", "measure");
  measure.constraints.enum.push(MEASURE);
  (measure["x-values"] as Json)[MEASURE] = { side: "russia", unit: "people" };
}

function appendRows(dir: string): void {
  const append = (file: string, line: string): void => {
    const text = readFileSync(join(dir, file), "utf8");
    writeFileSync(join(dir, file), `${text.replace(/\n?$/, "\n")}${line}\n`);
  };
  const source = "the-kyiv-independent-2026-03-06-ukraine-secures-release-300-pows";
  append(
    "exchanges.csv",
    `2026-03-06-test,2026-03-06,,exchange,not stated,10,exact,10,0,10,exact,10,0,${MEDIATOR},${source},,Test row.`,
  );
  append("totals.csv", `2026-03-test,2026-03,"${MEASURE}",20,exact,Test body,${source},,Test row.`);
}

function contractOf(dir: string): Contract {
  const text = readFileSync(join(dir, "datapackage.json"), "utf8");
  const { contract, issues } = readContract(JSON.parse(text), {
    file: "data/datapackage.json",
    text,
  });
  expect(issues).toEqual([]);
  if (!contract) throw new Error("no contract");
  return contract;
}

/** FIELDS and ENUMS as the generator would write them for this contract. */
function tables(contract: Contract) {
  const expected: Record<string, Record<string, string>> = {};
  const expectedEnums: Record<string, Record<string, readonly string[]>> = {};
  for (const r of contract.resources) {
    expected[r.name] = Object.fromEntries(r.fields.map((f) => [f.name, f.shape]));
    expectedEnums[r.name] = Object.fromEntries(
      r.fields.filter((f) => f.enum).map((f) => [f.name, f.enum ?? []]),
    );
  }
  return { expected, expectedEnums };
}

function chartData(pkg: LoadedPackage, contract: Contract): ChartData {
  const rows = (name: string) => pkg.resources[name]?.rows ?? [];
  const measures = contract.resources
    .find((r) => r.name === "totals")
    ?.fields.find((f) => f.name === "measure")?.values;
  return {
    version: pkg.version,
    sources: rows("sources"),
    exchanges: rows("exchanges"),
    exchange_claims: rows("exchange_claims"),
    totals: rows("totals"),
    communication: rows("communication"),
    abuses: rows("abuses"),
    ...(measures ? { measures } : {}),
  } as unknown as ChartData;
}

describe("the committed contract is generated from data/datapackage.json", () => {
  it("the generated module and docs tables are up to date", async () => {
    expect(await contractDrift(ROOT)).toEqual([]);
  }, 30_000);
});

describe("a mediator and a totals measure added only to datapackage.json", () => {
  const dir = packageCopy(addMediatorAndMeasure);
  appendRows(dir);
  const contract = contractOf(dir);

  it("reach the generated types and tables", async () => {
    const module = await formatWithPrettier(renderModule(contract), "contract.generated.ts");
    expect(module).toMatch(new RegExp(`export type Mediator =[^;]*"${MEDIATOR}"`));
    expect(module).toMatch(new RegExp(`export type TotalMeasure =[^;]*"${MEASURE}"`));
    expect(module).toContain(`"${MEASURE}": { side: "russia", unit: "people", claim: false }`);
  });

  it("reach the docs tables of docs/data-model.md", () => {
    const docs = spliceDocs(readFileSync(join(ROOT, "docs/data-model.md"), "utf8"), contract);
    expect(docs).toMatch(new RegExp(`\\| \`mediator\` \\|[^\\n]*\`${MEDIATOR}\``));
    expect(docs).toMatch(new RegExp(`\\| \`${MEASURE}\` \\| russia \\| people \\| no \\|`));
  });

  it("the generator writes them into the test fixture's copy of the lists too", async () => {
    const { files } = await contractFiles(ROOT, dir, formatWithPrettier);
    const fixture = files.find((f) => f.path === FIXTURE_DESCRIPTOR);
    expect(fixture?.actual).not.toContain(MEDIATOR);
    const mediator = (JSON.parse(fixture?.expected ?? "{}") as { resources: Resource[] }).resources
      .find((r) => r.name === "exchanges")
      ?.schema.fields.find((f) => f.name === "mediator");
    expect(mediator?.constraints.enum).toContain(MEDIATOR);
  }, 30_000);

  it("their Ukrainian and Russian words are a listed gap, not a failure", () => {
    const descriptor = JSON.parse(
      readFileSync(join(dir, "datapackage.json"), "utf8"),
    ) as PackageDescriptor;
    for (const locale of ["uk", "ru"] as const) {
      const gaps = dictionaryGaps(descriptor, LOCALE_CONFIG[locale].data!);
      expect(gaps.missing).toEqual([
        `values: add "${MEDIATOR}" (an allowed value of exchanges.mediator)`,
        `values: add "${MEASURE}" (an allowed value of totals.measure)`,
      ]);
      expect(gaps.stale).toEqual([]);
    }
  });

  it("until the generator runs, check:data's drift check fails naming the command", async () => {
    const drift = await contractDrift(ROOT, dir);
    expect(drift).toContain(
      "src/lib/data/contract.generated.ts is out of date with data/datapackage.json (it is generated from it). Run `npm run gen:contract` and commit the result.",
    );
    const { issues } = checkPackage(dir);
    expect(issues.map((i) => i.message).join("\n")).toMatch(
      new RegExp(`the schema allows "${MEDIATOR}", which the code does not;.*npm run gen:contract`),
    );
  }, 30_000);

  it("once generated, the package validates with its rows and reaches the data dictionary", () => {
    const { issues, pkg } = validatePackage(dir, tables(contract));
    expect(issues).toEqual([]);
    const exchange = pkg?.resources["exchanges"]?.rows.find((r) => r["id"] === "2026-03-06-test");
    expect(exchange?.["mediator"]).toEqual([MEDIATOR]);
    const fields = pkg?.resources["exchanges"]?.fields as unknown as SchemaField[];
    const mediator = dataDictionary(fields).find((row) => row.name === "mediator");
    expect(mediator?.allowed).toContain(MEDIATOR);
    const totals = pkg?.resources["totals"]?.fields as unknown as SchemaField[];
    const measure = dataDictionary(totals).find((row) => row.name === "measure");
    expect(measure?.allowed).toContain(MEASURE);
    expect(measure?.valueNotes[MEASURE]).toBe("Russia's side; counts people");
    expect(measure?.valueNotes["Russians held by Ukraine"]).toBe(
      "Russia's side; counts people; a claim, never joined with another body's figures",
    );
  });

  it("and the chart: the measure is drawn on the people axis, on Russia's side only", () => {
    const { pkg } = validatePackage(dir, tables(contract));
    if (!pkg) throw new Error("package did not load");
    const data = chartData(pkg, contract);
    const all = buildFigure("exchanges", data, BUILDERS.exchanges);
    const people = all.panels.find((p) => p.heading === "Official running totals");
    expect(people?.variants[0]?.svg).toContain(MEASURE);
    expect(people?.description).toContain(MEASURE);
    const ukraine = buildFigure("exchanges", data, BUILDERS.exchanges, {
      filters: { side: "ukraine" },
    });
    expect(ukraine.panels.some((p) => p.variants.some((v) => v.svg.includes(MEASURE)))).toBe(false);
  });
});

describe("the contract reports a wrong or incomplete descriptor", () => {
  it("a measure without a meaning in x-values, with its place and the fix", () => {
    const dir = packageCopy((d) => field(d, "totals", "measure").constraints.enum.push(MEASURE));
    const text = readFileSync(join(dir, "datapackage.json"), "utf8");
    const { contract, issues } = readContract(JSON.parse(text), {
      file: "data/datapackage.json",
      text,
    });
    expect(contract).toBeNull();
    expect(issues).toEqual([
      expect.objectContaining({
        code: "contract-values",
        line: expect.any(Number),
        message: expect.stringContaining(
          `"${MEASURE}" is allowed but "x-values" does not say what it means. Add "${MEASURE}":`,
        ),
      }),
    ]);
    expect(issues[0]?.line).toBeGreaterThan(1);
  });

  it("two fields sharing an x-enumType with different values", async () => {
    const dir = packageCopy((d) =>
      field(d, "exchange_claims", "qualifier").constraints.enum.push("roughly"),
    );
    const { files, issues } = await contractFiles(ROOT, dir, formatWithPrettier);
    expect(files).toEqual([]);
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringContaining('share "x-enumType": "Qualifier" but allow different values'),
    ]);
  });

  it("a resource without x-typeName", () => {
    const dir = packageCopy((d) => {
      delete (d.resources[0] as unknown as Json)["x-typeName"];
    });
    const text = readFileSync(join(dir, "datapackage.json"), "utf8");
    const { issues } = readContract(JSON.parse(text), { file: "data/datapackage.json", text });
    expect(issues.map((i) => i.code)).toEqual(["contract-type-name"]);
  });
});
