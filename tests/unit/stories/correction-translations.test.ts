import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { correctionIn, correctionSchema } from "../../../src/lib/stories/frontmatter";
import { checkStoryFile } from "../../../src/lib/stories/story-errors";

const base = {
  date: new Date("2026-12-01T00:00:00Z"),
  story: "calls-home",
  summary: "The story now gives the UN's figures.",
  reason: "An independent check.",
};

describe("a correction in the site's other languages", () => {
  it("reads summary_<code> and reason_<code> for each language but the original", () => {
    const parsed = correctionSchema.parse({
      ...base,
      summary_uk: "Тепер матеріал наводить цифри ООН.",
      reason_uk: "Незалежна перевірка.",
    });
    expect(parsed.translations).toEqual({
      uk: { summary: "Тепер матеріал наводить цифри ООН.", reason: "Незалежна перевірка." },
    });
    // A page shows it in its language where written, else in English, marked as English.
    expect(correctionIn(parsed, "uk")).toEqual({
      summary: "Тепер матеріал наводить цифри ООН.",
      reason: "Незалежна перевірка.",
      lang: "uk",
    });
    expect(correctionIn(parsed, "ru")).toEqual({
      summary: base.summary,
      reason: base.reason,
      lang: "en",
    });
    expect(correctionIn(parsed, "en").lang).toBe("en");
    expect(correctionSchema.parse(base).translations).toEqual({});
  });

  it("refuses half a translation, an empty one, and a language the site does not have", () => {
    const problems = (input: Record<string, unknown>) => {
      const result = correctionSchema.safeParse({ ...base, ...input });
      return result.success
        ? []
        : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    };
    expect(problems({ summary_ru: "Теперь материал приводит цифры ООН." })).toEqual([
      "reason_ru: reason_ru is missing. Give the reason in Russian beside its summary (summary_ru), or remove summary_ru too.",
    ]);
    expect(problems({ summary_uk: " ", reason_uk: "Незалежна перевірка." })).toEqual([
      "summary_uk: summary_uk is empty. Give the summary in Ukrainian beside its reason (reason_uk), or remove reason_uk too.",
    ]);
    expect(problems({ summary_de: "x", reason_de: "y" })).toEqual(
      [
        '"summary_de" is not a field we know. Did you mean summary_uk? Rename it.',
        '"reason_de" is not a field we know. Did you mean reason_uk? Rename it.',
      ].map((m, i) => `${i === 0 ? "summary_de" : "reason_de"}: ${m}`),
    );
    expect(problems({ summary_en: "x", reason_en: "y" })).toHaveLength(2);
  });

  const root = mkdtempSync(join(tmpdir(), "correction-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("names the file, line and column of a missing half", () => {
    const file = join(root, "note.md");
    writeFileSync(
      file,
      '---\ndate: 2026-12-01\nsummary: "x"\nreason: "y"\nsummary_uk: "Тепер так."\n---\n',
    );
    const { error } = checkStoryFile(
      file,
      { date: base.date, summary: "x", reason: "y", summary_uk: "Тепер так." },
      correctionSchema,
      { root, mdx: false },
    );
    expect(error?.message.split("\n")[0]).toBe(
      "note.md:6:1 reason_uk is missing. Give the reason in Ukrainian beside its summary (summary_uk), or remove summary_uk too.",
    );
  });
});
