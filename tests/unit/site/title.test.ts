import { describe, expect, it } from "vitest";
import { documentTitle, MAX_TITLE } from "../../../src/lib/site/meta";

describe("documentTitle", () => {
  it("appends the site name", () => {
    expect(documentTitle("Methodology", "Captivity Ledger")).toBe("Methodology · Captivity Ledger");
  });

  it("is just the site name on the front page", () => {
    expect(documentTitle("Captivity Ledger", "Captivity Ledger")).toBe("Captivity Ledger");
  });

  it("shortens a long title at a word boundary, within the limit", () => {
    const long =
      "Russia pressuring relatives of Ukrainian POWs to collaborate, officials say, in a long headline";
    const t = documentTitle(long, "Captivity Ledger");
    expect(t.length).toBeLessThanOrEqual(MAX_TITLE);
    expect(t).toMatch(
      /^Russia pressuring relatives of Ukrainian POWs\S*( \S+)*… · Captivity Ledger$/,
    );
    expect(t).not.toMatch(/ …/);
  });
});
