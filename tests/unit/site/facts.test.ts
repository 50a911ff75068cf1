import { describe, expect, it } from "vitest";
import { useDataDir } from "../../support/data-dir";
import { factsOf, fullStop, plainText, type Piece } from "../../../src/lib/site/facts";

// The validator's fixture package, read through the real reader.
useDataDir();

/** The words in the page's language: every piece not marked as kept in another language. */
const own = (pieces: readonly Piece[]) =>
  pieces.filter((p): p is string => typeof p === "string").join("");
const marked = (pieces: readonly Piece[]) =>
  pieces.filter((p) => typeof p !== "string").map((p) => (typeof p === "string" ? "" : p.text));
const latin = /[A-Za-z]{2,}(?:[\s,.:;()]+[A-Za-z]{2,}){2,}/;

describe("a data row in words on its source's page", () => {
  it("writes an exchange with the page's date, numbers, qualifiers and mediators", () => {
    expect(plainText(factsOf("exchanges", "2024-01-31", "en"))).toBe(
      "31 January 2024: exchange (exchange no. 50); returned to Ukraine: 10 (as announced by Ukraine); returned to Russia: 10 (as announced by Russia); mediated by UAE.",
    );
    expect(plainText(factsOf("exchanges", "2024-01-31", "uk"))).toBe(
      "31 січня 2024 р.: обмін (обмін № 50); повернуто в Україну: 10 (за повідомленням України); повернуто до Росії: 10 (за повідомленням Росії); посередництво: ОАЕ.",
    );
    // A withheld figure is its reason in the page's language, never a zero.
    expect(plainText(factsOf("exchanges", "2024-05", "ru"))).toMatch(
      /^май 2024 г\.: этап поэтапного обмена; возвращены в Украину: не раскрыто .*посредничество: Турция/,
    );
    expect(plainText(factsOf("exchanges", "2024-06-01-b", "uk"))).toBe(
      "2024: обмін, який не відбувся.",
    );
  });

  it("marks the words the data holds only in English, and leaves no other English", () => {
    const total = factsOf("totals", "total-1", "uk");
    expect(plainText(total)).toBe(
      "Станом на травень 2024 р.: понад 1\u00a0000, повернуто в Україну, військові й цивільні (хто навів цифру: Coordination Headquarters).",
    );
    expect(marked(total)).toEqual(["Coordination Headquarters"]);
    const rule = factsOf("communication", "gc3-letters", "ru");
    expect(plainText(rule)).toBe(
      "Третья Женевская конвенция; любые военнопленные; письмо: обязательно (начало: 12 августа 1949 г.). A fixture rule.",
    );
    expect(marked(rule)).toEqual(["A fixture rule."]);
    const abuse = factsOf("abuses", "abuse-4", "uk");
    expect(own(abuse)).toBe(
      "УВКПЛ ООН (свідчення); період: 1 серпня 2022 р. – 31 січня 2023 р.; повідомлення про катування чи жорстоке поводження: 86% із 142, кількість не опубліковано. ",
    );
    for (const [resource, id] of [
      ["exchanges", "2024-01-31"],
      ["exchanges", "2024-05"],
      ["exchange_claims", "claim-1"],
      ["totals", "total-2"],
      ["communication", "ru-calls"],
      ["abuses", "abuse-2"],
    ] as const) {
      for (const locale of ["uk", "ru"] as const)
        expect(own(factsOf(resource, id, locale)), `${resource} ${id} ${locale}`).not.toMatch(
          latin,
        );
    }
  });

  it("in English, marks nothing (the page is English)", () => {
    const total = factsOf("totals", "total-1", "en");
    expect(marked(total)).toEqual([]);
    expect(plainText(total)).toBe(
      "As of May 2024: more than 1,000, returned to Ukraine, military and civilians (stated by Coordination Headquarters).",
    );
  });

  it("names the row it cannot find", () => {
    expect(() => factsOf("totals", "no-such-row", "uk")).toThrow(
      'facts: no row "no-such-row" in data/totals.csv',
    );
  });

  it("the English-words check used here finds English when it is left in", () => {
    expect("Станом на травень 2024 р.: stated by the ministry").toMatch(latin);
  });

  it("ends a sentence once after a date that ends with an abbreviation", () => {
    expect(fullStop("27 мая 2024 г.")).toBe("27 мая 2024 г.");
    expect(fullStop("27 May 2024")).toBe("27 May 2024.");
  });
});
