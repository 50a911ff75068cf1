import { readFileSync } from "node:fs";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import {
  anchorDifferences,
  anchorsOf,
  fingerprint,
  translationProblems,
  translationTemplate,
  untranslatedLines,
} from "../../../src/lib/stories/translation.ts";

const original = readFileSync("src/content/stories/calls-home/index.mdx", "utf8");

describe("a story's anchors", () => {
  it("lists every citation, quotation, key figure, chart and callout of a real story in order", () => {
    const anchors = anchorsOf(original);
    expect(anchors.length).toBeGreaterThan(10);
    expect(anchors[0]).toEqual({
      line: expect.any(Number),
      text: 'Cite id="ap-2024-05-27-russian-pows-phone-calls"',
    });
    expect(anchors.map((a) => a.text)).toContain(
      'PullQuote source="ap-2024-05-27-russian-pows-phone-calls"',
    );
    expect(anchors.some((a) => a.text.startsWith("Chart name="))).toBe(true);
  });

  it("reads props written in braces and across lines", () => {
    const mdx =
      'Text.\n\n<Chart\n  name="exchanges"\n  from={2024}\n  caption="Words > here"\n/>\n';
    expect(anchorsOf(mdx)).toEqual([{ line: 3, text: 'Chart name="exchanges" from="2024"' }]);
  });
});

describe("a translation against its original", () => {
  // A translation keeps every component and id and changes only the words around them.
  const translated = original.replace(/Russian soldiers held by Ukraine/, "Російські військові");

  it("finds nothing when only the words changed", () => {
    expect(anchorDifferences(original, translated)).toEqual([]);
  });

  it("names the line of a changed citation", () => {
    const wrong = translated.replace(
      '<Cite id="ap-2024-05-27-russian-pows-phone-calls" />',
      '<Cite id="unn-2024-04-30-government-responds-petition-suspend-phone" />',
    );
    const [problem, ...rest] = anchorDifferences(original, wrong);
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^line \d+: the original's component number 1 .* <Cite id="unn-/);
  });

  it("reports a dropped paragraph's citation and an added one", () => {
    const dropped = translated.replace(/<Cite[^>]*\/>\s*$/m, "");
    expect(anchorDifferences(original, dropped)[0]).toMatch(/component number|missing/);
    expect(anchorDifferences(original, `${translated}\n<Cite id="x" />\n`)).toEqual([
      expect.stringMatching(/^line \d+: <Cite id="x" \/> is not in the original/),
    ]);
  });
});

describe("fingerprint", () => {
  it("is 12 hex digits and changes with any change to the original", () => {
    expect(fingerprint(original)).toMatch(/^[0-9a-f]{12}$/);
    expect(fingerprint(`${original} `)).not.toBe(fingerprint(original));
    expect(fingerprint(original)).toBe(fingerprint(String(original)));
  });
});

describe("translationTemplate (npm run new:translation)", () => {
  const scaffold = translationTemplate(original, "2026-12-01");

  it("starts as a draft with the original's fingerprint and every anchor in place", () => {
    expect(scaffold).toMatch(/^draft: true$/m);
    expect(scaffold).toContain(`original: "${fingerprint(original)}"`);
    expect(scaffold).toMatch(/^translated: 2026-12-01$/m);
    expect(anchorDifferences(original, scaffold)).toEqual([]);
  });

  it("passes the formatting check untouched, so a translator's first commit passes CI", async () => {
    const options = (await prettier.resolveConfig("src/content/stories/x/uk.mdx")) ?? {};
    const ok = await prettier.check(scaffold, {
      ...options,
      filepath: "src/content/stories/x/uk.mdx",
    });
    expect(ok).toBe(true);
  });
});

describe("untranslatedLines", () => {
  it("finds every paragraph of an untouched scaffold and none of a translated one", () => {
    const scaffold = translationTemplate(original, "2026-12-01");
    const lines = untranslatedLines(scaffold);
    expect(lines.length).toBeGreaterThan(10);
    const first = scaffold.split("\n")[(lines[0] ?? 0) - 1];
    expect(first).toMatch(/^Russian soldiers held by Ukraine/);
    const uk = [
      "---",
      'title: "Дзвінки додому"',
      "---",
      "",
      "Російські військові в українському полоні можуть телефонувати рідним, повідомило",
      'Associated Press.<Cite id="ap-2024-05-27-russian-pows-phone-calls" />',
      "",
      '<PullQuote quote="Поговорити з рідними — це дуже багато." person="Олександр" outlet="The Associated Press" source="ap-2024-05-27-russian-pows-phone-calls" />',
      "",
    ].join("\n");
    expect(untranslatedLines(uk)).toEqual([]);
    expect(
      untranslatedLines(`${uk}\nThis paragraph was left in English by mistake, all of it.\n`),
    ).toEqual([10]);
  });

  it("catches a quotation left in English inside a translated story", () => {
    const mdx =
      '---\ntitle: "x"\n---\n\nАбзац українською мовою, досить довгий для перевірки.\n\n<PullQuote quote="To be able to talk to your loved ones is worth a lot." person="Alexander" outlet="AP" source="s" />\n';
    expect(untranslatedLines(mdx)).toEqual([7]);
  });
});

describe("translationProblems (the story checker on a translation)", () => {
  const path = "/site/src/content/stories/calls-home/uk.mdx";
  const current = translationTemplate(original, "2026-12-01").replace(
    "draft: true",
    "draft: false",
  );
  const read = (p: string) => (p.endsWith("/calls-home/index.mdx") ? original : null);

  it("holds a translation of the current original to its citations, naming the line", () => {
    const wrong = current.replace(
      /<Cite id="ap-2024-05-27-russian-pows-phone-calls" \/>/,
      '<Cite id="x" />',
    );
    const problems = translationProblems(path, wrong, read);
    expect(problems[0]).toMatchObject({ line: expect.any(Number), column: 1 });
    expect(problems[0]?.message).toMatch(/the translation has <Cite id="x" \/>/);
  });

  it("only warns (no build error) about citations once the original has moved on", () => {
    const older = current.replace(/^original: "[0-9a-f]+"$/m, 'original: "000000000000"');
    const wrong = older.replace(
      /<Cite id="ap-2024-05-27-russian-pows-phone-calls" \/>/,
      '<Cite id="x" />',
    );
    expect(translationProblems(path, wrong, read).filter((p) => /Cite/.test(p.message))).toEqual(
      [],
    );
  });

  it("reports paragraphs left in English unless it is a draft, and a translation without an original", () => {
    expect(translationProblems(path, current, read).length).toBeGreaterThan(5);
    expect(translationProblems(path, translationTemplate(original, "2026-12-01"), read)).toEqual(
      [],
    );
    expect(translationProblems(path, current, () => null)[0]?.message).toMatch(/no English story/);
    expect(
      translationProblems("/site/src/content/stories/calls-home/index.mdx", current, read),
    ).toEqual([]);
  });
});
