import { describe, expect, it } from "vitest";
import { load } from "../../../src/lib/data";
import { useDataDir } from "../../support/data-dir";
import {
  abuseValue,
  exchangesRecorded,
  executionFigures,
  latestReturnedTotal,
} from "../../../src/lib/site/figures";

// The validator's fixture package, read through the real reader.
useDataDir();

describe("key figures from rows", () => {
  it("gives the latest running total with its measure, who stated it and its qualifier", () => {
    const figure = latestReturnedTotal(load("totals"));
    expect(figure).toMatchObject({
      value: "more than 1,000",
      sourceId: "test-source-b",
      dataset: "totals",
    });
    expect(figure?.label).toContain("returned to Ukraine, military and civilians");
    expect(figure?.attribution).toBe("Stated by Coordination Headquarters, as of May 2024");
  });

  it("ignores totals of other measures", () => {
    const totals = load("totals").filter((t) => t.measure === "exchanges held");
    expect(latestReturnedTotal(totals)).toBeNull();
  });

  it("counts exchanges apart from stages and says how many stages were withheld", () => {
    const figure = exchangesRecorded(load("exchanges"));
    const rows = load("exchanges");
    const full = rows.filter((r) => r.kind === "exchange").length;
    expect(figure?.value).toBe(String(full));
    expect(figure?.label).toMatch(/stage/);
    expect(figure?.label).toContain("31 January 2024");
  });

  it("gives execution figures per verification standard, never summed", () => {
    const figures = executionFigures(load("abuses"));
    expect(figures.length).toBeGreaterThan(0);
    expect(figures[0]).toMatchObject({ value: "at least 12", dataset: "abuses" });
    expect(figures[0]?.label).toContain("verified by the UN");
    expect(figures[0]?.attribution).toContain("OHCHR");
  });

  it("keeps each perpetrator and standard apart, taking the latest report of each", () => {
    const [base] = load("abuses").filter((a) => a.measure === "executions");
    if (!base) throw new Error("fixture has no execution row");
    const rows = [
      base,
      {
        ...base,
        id: "x-ua",
        perpetrator: "Ukraine" as const,
        victims: "Russian POWs" as const,
        figure: 3,
      },
    ];
    const figures = executionFigures(rows);
    expect(figures.map((f) => f.value)).toEqual(["at least 12", "at least 3"]);
    expect(figures[0]?.label).toContain("Ukrainian POWs by Russian forces");
    expect(figures[1]?.label).toContain("Russian POWs by Ukrainian forces");
  });

  it("writes a share published only as a percentage with its base and no count", () => {
    const rows = load("abuses");
    const percentOnly = rows.find((a) => a.id === "abuse-4");
    if (!percentOnly) throw new Error("fixture has no percent-only share");
    expect(abuseValue(percentOnly)).toBe("86% of 142, count not published");
    // A share with a count keeps its denominator; a count keeps its qualifier.
    expect(rows.map((row) => abuseValue(row))).toEqual([
      "at least 12",
      "9 of 10",
      "about 2.5",
      "86% of 142, count not published",
    ]);
    // Were it an execution figure, the home page would show the same words, never 122.
    const [figure] = executionFigures([
      { ...percentOnly, measure: "executions", verification: "UN verified" },
    ]);
    expect(figure?.value).toBe("86% of 142, count not published");
  });

  it("returns nothing rather than a zero when there are no rows", () => {
    expect(latestReturnedTotal([])).toBeNull();
    expect(exchangesRecorded([])).toBeNull();
    expect(executionFigures([])).toEqual([]);
  });
});

describe("key figures in Ukrainian and Russian", () => {
  const latin = /[A-Za-z]{2,}(?:\s+[A-Za-z]{2,}){2,}/;

  it("writes the running total with the qualifier, number and date of the page's language", () => {
    const uk = latestReturnedTotal(load("totals"), "uk");
    expect(uk?.value).toBe("понад 1\u00a0000");
    // A screen reader gets one number, not "1" and "000".
    expect(uk?.spoken).toBe("понад 1000");
    expect(uk?.label).toBe(
      "Останній офіційний наростальний підсумок. Показник: повернуто в Україну, військові й цивільні",
    );
    expect(uk?.attribution).toBe(
      "Хто навів цифру: Coordination Headquarters; станом на травень 2024 р.",
    );
    // Who stated it is free text the data holds in English: handed back apart, to be marked.
    expect(uk?.attributionParts).toEqual({
      before: "Хто навів цифру: ",
      english: "Coordination Headquarters",
      after: "; станом на травень 2024 р.",
    });
    const ru = latestReturnedTotal(load("totals"), "ru");
    expect(ru?.value).toBe("более 1\u00a0000");
    expect(ru?.sourceLabel).toBe("Источник");
    // English keeps one string and the comma, which a screen reader reads as one number.
    const en = latestReturnedTotal(load("totals"));
    expect(en?.attributionParts).toBeNull();
    expect(en?.spoken).toBe("more than 1,000");
  });

  it("chooses the Ukrainian and Russian plural forms by the number shown", () => {
    const [exchange, stage] = [
      load("exchanges").find((e) => e.kind === "exchange"),
      load("exchanges").find((e) => e.kind === "stage"),
    ];
    if (!exchange || !stage) throw new Error("fixture has no exchange or stage");
    const many = (n: number, kind: "exchange" | "stage") =>
      Array.from({ length: n }, (_, i) => ({
        ...(kind === "exchange" ? exchange : stage),
        id: `${kind}-${i}`,
      }));
    const label = (rows: ReturnType<typeof many>, locale: "uk" | "ru") =>
      exchangesRecorded(rows, locale)?.label ?? "";
    expect(label(many(1, "exchange"), "uk")).toMatch(/^обмін записано в наших даних; період: /);
    expect(label(many(3, "exchange"), "uk")).toMatch(/^обміни записано/);
    expect(label(many(5, "exchange"), "uk")).toMatch(/^обмінів записано/);
    expect(label(many(21, "exchange"), "ru")).toMatch(/^обмен записан/);
    expect(label(many(2, "exchange"), "ru")).toMatch(/^обмена записано/);
    expect(label(many(11, "exchange"), "ru")).toMatch(/^обменов записано/);
    expect(label([...many(5, "exchange"), ...many(2, "stage")], "uk")).toContain(
      ", а також 2 етапи поетапних обмінів (для 2 з них цифри не оприлюднено)",
    );
    expect(label([...many(5, "exchange"), ...many(1, "stage")], "ru")).toContain(
      ", а также 1 этап поэтапных обменов (для 1 из них цифры не раскрыты)",
    );
    const uk = exchangesRecorded(load("exchanges"), "uk");
    expect(uk?.label).toContain("період: 31 січня 2024 р. – ");
    expect(uk?.detailLang).toBe("uk");
    expect(uk?.label).not.toMatch(latin);
  });

  it("keeps each execution series' standard, victims and perpetrators, in the page's language", () => {
    const [base] = load("abuses").filter((a) => a.measure === "executions");
    if (!base) throw new Error("fixture has no execution row");
    const rows = [
      base,
      {
        ...base,
        id: "x-ua",
        perpetrator: "Ukraine" as const,
        victims: "Russian POWs" as const,
        figure: 1,
      },
    ];
    const uk = executionFigures(rows, undefined, "uk");
    expect(uk.map((f) => f.value)).toEqual(["щонайменше 12", "щонайменше 1"]);
    expect(uk[0]?.label).toBe(
      "страт українських військовополонених, скоєних російськими військовими (грудень 2023 р. – лютий 2024 р.): верифіковано ООН за її власним стандартом",
    );
    expect(uk[1]?.label).toMatch(
      /^страта російських військовополонених, скоєна українськими військовими/,
    );
    expect(uk[0]?.attribution).toBe("Хто повідомив: УВКПЛ ООН; дата: березень 2024 р.");
    // The row's summary is our English words: the page marks it as English.
    expect(uk[0]?.detailLang).toBe("en");
    const ru = executionFigures(rows, undefined, "ru");
    expect(ru[0]?.label).toMatch(
      /^казней украинских военнопленных, совершённых российскими военными/,
    );
    expect(ru[1]?.label).toMatch(
      /^казнь российских военнопленных, совершённая украинскими военными/,
    );
    for (const f of [...uk, ...ru]) expect(`${f.label} ${f.attribution}`).not.toMatch(latin);
  });

  it("writes shares and percentages with the page's words, never a derived count", () => {
    const rows = load("abuses");
    expect(rows.map((r) => abuseValue(r, { locale: "uk" }))).toEqual([
      "щонайменше 12",
      "9 з 10",
      "близько 2,5",
      "86% із 142, кількість не опубліковано",
    ]);
    const big = { ...rows[1]!, figure: 1234, denominator: 5678 };
    expect(abuseValue(big, { locale: "ru" })).toBe("1\u00a0234 из 5\u00a0678");
    expect(abuseValue(big, { locale: "ru", speak: true })).toBe("1234 из 5678");
  });

  it("the English-words check used here finds English when it is left in", () => {
    expect("страт українських військовополонених, verified by the UN").toMatch(latin);
  });
});
