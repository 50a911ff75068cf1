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

describe("where readers write with a correction or a reply (CONTACT_EMAIL)", () => {
  const pages = ["standards", "about", "corrections"].flatMap((page) =>
    ["", "uk/", "ru/"].map((prefix) => `${prefix}${page}/index.html`),
  );
  const mailtos = (path: string): string[] =>
    [...parseHTML(readBuilt(path)).document.querySelectorAll('a[href^="mailto:"]')].map(
      (a) => `${a.getAttribute("href")} ${a.textContent}`,
    );

  it.each(pages)("%s gives the address as a mailto: link", (path) => {
    const links = mailtos(path);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(/^mailto:(\S+@\S+) \1$/);
  });

  it("every page gives the same one address", () => {
    const addresses = new Set(pages.flatMap(mailtos));
    expect([...addresses]).toHaveLength(1);
  });
});
