import { describe, expect, it } from "vitest";
import { countSentences, quoteProblems } from "../../../src/lib/stories/quote";

describe("quote limits", () => {
  it("counts sentences, not the dots in abbreviations", () => {
    expect(countSentences("I am very afraid of forgetting his voice.")).toBe(1);
    expect(countSentences("The U.N. said so. Then it changed.")).toBe(2);
    expect(countSentences("We lose every time. We're pawns. Pocket change.")).toBe(3);
  });

  it("accepts one or two short sentences", () => {
    expect(quoteProblems("People are not made of steel.")).toEqual([]);
  });

  it("rejects three sentences and more than 300 characters, saying what to do", () => {
    expect(quoteProblems("One. Two. Three.")).toEqual([
      "The quote has 3 sentences; the limit is 2. Keep one or two sentences and paraphrase the rest briefly in your own words.",
    ]);
    expect(quoteProblems("a".repeat(301))[0]).toBe(
      "The quote is 301 characters long; the limit is 300. Quote only the words that matter and say the rest in your own words.",
    );
  });
});
