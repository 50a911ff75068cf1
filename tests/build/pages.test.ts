import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { readBuilt } from "../support/dist";

describe("built home page", () => {
  const { document } = parseHTML(readBuilt("index.html"));

  it("declares its language and has one h1 with the site name", () => {
    expect(document.documentElement.getAttribute("lang")).toBe("en");
    const h1s = document.querySelectorAll("h1");
    expect(h1s.length).toBe(1);
    expect(h1s[0]?.textContent).toContain("Captivity Ledger");
  });

  it("has a title and a description", () => {
    expect(document.querySelector("title")?.textContent).toContain("Captivity Ledger");
    expect(
      document.querySelector('meta[name="description"]')?.getAttribute("content"),
    ).toBeTruthy();
  });
});

describe("built 404 page", () => {
  it("exists and says the page was not found", () => {
    const { document } = parseHTML(readBuilt("404.html"));
    expect(document.querySelector("h1")?.textContent).toBe("Page not found");
  });
});
