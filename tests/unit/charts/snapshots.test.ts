/**
 * File snapshots of every chart on the fixture rows, compared byte for byte. On a mismatch the
 * new output is written next to the snapshot as <name>-changed.svg (gitignored) for review,
 * and the test fails. Snapshots are only rewritten with UPDATE_SNAPSHOTS=1, never in CI.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CHART_NAMES, type ChartName } from "../../../src/lib/charts/registry";
import { FIXTURE } from "../../fixtures/charts/rows";
import { figure } from "./helpers";

const DIR = join(dirname(fileURLToPath(import.meta.url)), "__snapshots__");
const UPDATE = process.env["UPDATE_SNAPSHOTS"] === "1" && process.env["CI"] === undefined;

/** All panels and both widths of one chart, one SVG per line, as one file. */
function snapshotOf(name: ChartName): string {
  const fig = figure(name, FIXTURE);
  return (
    fig.panels
      .flatMap((p) => p.variants.map((v) => `<!-- ${p.key} ${v.name} -->\n${v.svg}`))
      .join("\n") + "\n"
  );
}

describe("chart snapshots", () => {
  for (const name of CHART_NAMES) {
    it(`${name} matches __snapshots__/${name}.svg`, () => {
      const actual = snapshotOf(name);
      const file = join(DIR, `${name}.svg`);
      const changed = join(DIR, `${name}-changed.svg`);
      if (UPDATE) {
        mkdirSync(DIR, { recursive: true });
        writeFileSync(file, actual);
        rmSync(changed, { force: true });
        return;
      }
      if (!existsSync(file)) {
        writeFileSync(changed, actual);
        throw new Error(
          `No snapshot ${file}. Review ${changed}, then run UPDATE_SNAPSHOTS=1 npx vitest run tests/unit/charts/snapshots.test.ts`,
        );
      }
      const expected = readFileSync(file, "utf8");
      if (actual !== expected) {
        writeFileSync(changed, actual);
        expect.fail(
          `${name} chart differs from its snapshot: compare ${file} with ${changed}. If the change is intended, run UPDATE_SNAPSHOTS=1 npx vitest run tests/unit/charts/snapshots.test.ts`,
        );
      }
      rmSync(changed, { force: true });
    });
  }
});
