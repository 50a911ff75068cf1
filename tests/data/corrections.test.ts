/**
 * data/corrections.csv against the git history of data/: every correction names a real change
 * of that version with the cells exactly as they were and are, and every change or removal of
 * a published row has its correction. Plus the one check of corrections.ts that the malformed
 * corpus cannot reach (a version newer than the package's is always also an unbumped version).
 */
import { describe, expect, it } from "vitest";
import { load, loadHistory } from "../../src/lib/data";
import { correctionIssues } from "../../src/lib/data/corrections";
import type { DatedResource } from "../../src/lib/data/dates";

const corrections = load("corrections");
const history = loadHistory();
const lines = (changes: readonly { field: string; old: string | null; new: string | null }[]) => ({
  was: changes.map((c) => `${c.field}: ${c.old ?? ""}`).join("\n"),
  now: changes.map((c) => `${c.field}: ${c.new ?? ""}`).join("\n"),
});

describe("data/corrections.csv", () => {
  it("lists the corrections the changelog describes, the two to source summaries included", () => {
    const keys = corrections.map((c) => `${c.version} ${c.kind} ${c.resource}/${c.record_id}`);
    expect(keys).toEqual(
      expect.arrayContaining([
        "1.2.0 changed communication/russia-phone-calls",
        "1.1.0 removed exchange_claims/2025-07-23-ukraine-ukraine",
        "1.1.0 corrected sources/the-kyiv-independent-2022-12-08-icrc-visits-ukrainian-russian-pows",
        "1.2.0 corrected sources/support-for-partnership-2025-06-29-how-russia-using-prisoner-exchanges",
        "1.3.0 corrected exchanges/2025-08-24",
      ]),
    );
    const phone = corrections.find((c) => c.record_id === "russia-phone-calls");
    expect(phone?.was).toMatch(/^status: banned$/m);
    expect(phone?.now).toMatch(/^status: none in practice$/m);
  });

  it.runIf(history.available)("gives each change's cells exactly as git has them", () => {
    if (!history.available) return;
    const wrong = corrections.flatMap((c) => {
      const events = history.events.get(`${c.resource}/${c.record_id}`) ?? [];
      const event = events.find(
        (e) => e.version === c.version && (e.kind === "removed") === (c.kind === "removed"),
      );
      if (!event) return [`${c.id}: no ${c.kind} event in version ${c.version}`];
      if (c.kind === "removed") return [];
      const expected = lines(event.changes);
      const problems: string[] = [];
      if ((c.fields ?? []).join(";") !== event.changes.map((x) => x.field).join(";"))
        problems.push(`${c.id}: fields ${(c.fields ?? []).join(";")}`);
      if (c.was !== expected.was) problems.push(`${c.id}: was differs from git`);
      if (c.now !== expected.now) problems.push(`${c.id}: now differs from git`);
      return problems;
    });
    expect(wrong).toEqual([]);
  });

  it.runIf(history.available)("has a correction for every change and removal of a row", () => {
    if (!history.available) return;
    const have = new Set(corrections.map((c) => `${c.version} ${c.resource}/${c.record_id}`));
    const missing = [...history.events].flatMap(([key, events]) =>
      events
        // source_titles.csv was added, held back and restored in git without a data change.
        .filter((e) => e.kind !== "added" && !key.startsWith("source_titles/"))
        .filter((e) => !have.has(`${e.version} ${key}`))
        .map((e) => `${e.kind} ${e.version} ${key}`),
    );
    expect(missing).toEqual([]);
  });

  it("the record history takes its reasons from corrections.csv", () => {
    if (!history.available) return;
    const event = history.events
      .get("communication/russia-phone-calls")
      ?.find((e) => e.version === "1.2.0");
    const correction = corrections.find(
      (c) => c.version === "1.2.0" && c.record_id === "russia-phone-calls",
    );
    expect(event?.reason).toBe(correction?.reason);
  });
});

describe("data/correction_texts.csv", () => {
  it("gives every correction's reason in Ukrainian and Russian, in Cyrillic", () => {
    const texts = load("correction_texts");
    for (const c of corrections) {
      for (const language of ["uk", "ru"]) {
        const text = texts.find((t) => t.correction_id === c.id && t.language === language);
        expect(text?.reason, `${c.id} ${language}`).toMatch(/[\u0400-\u04ff]/);
      }
    }
  });
});

describe("correctionIssues", () => {
  const resource = (name: string, rows: Record<string, unknown>[], fields: string[]) =>
    ({
      name,
      file: `data/${name}.csv`,
      fields: fields.map((f) => ({ name: f })),
      rows: rows.map((values) => ({ values, failed: null })),
      place: (index: number) => ({ line: index + 2, column: 1 }),
    }) as unknown as DatedResource;
  const row = {
    id: "1.3.0-things-a",
    version: "1.3.0",
    date: { iso: "2026-03-01" },
    resource: "things",
    record_id: "a",
    kind: "corrected",
    fields: ["count"],
  };
  const resources = new Map([
    ["things", resource("things", [{ id: "a" }], ["id", "count"])],
    ["corrections", resource("corrections", [row], ["id"])],
  ]);
  const changelog = new Map([["1.3.0", { date: "2026-03-01", line: 3 }]]);

  it("passes a correction of a released version", () => {
    expect(correctionIssues(resources, changelog, "1.3.0", ["things", "corrections"])).toEqual([]);
  });

  it("rejects a version newer than the package's", () => {
    const issues = correctionIssues(resources, changelog, "1.2.0", ["things", "corrections"]);
    expect(issues.map((i) => [i.file, i.line, i.field, i.code])).toEqual([
      ["data/corrections.csv", 2, "version", "correction-version"],
    ]);
    expect(issues[0]?.message).toMatch(/newer than the package's version \(1\.2\.0/);
  });
});
