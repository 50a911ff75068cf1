import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { HEADER_CSP, META_CSP, REFERRER_POLICY } from "../../../src/lib/site/csp";

/** public/_headers as { path: { header: value } } (detach lines `! Name` are kept as "!"). */
function parseHeaders(text: string): Record<string, Record<string, string>> {
  const rules: Record<string, Record<string, string>> = {};
  let current: Record<string, string> | null = null;
  for (const line of text.split("\n")) {
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      current = rules[line.trim()] = {};
      continue;
    }
    if (!current) throw new Error(`header line before any path: ${line}`);
    const detach = /^\s+!\s*(\S+)$/.exec(line);
    if (detach?.[1]) {
      current[`!${detach[1]}`] = "!";
      continue;
    }
    const match = /^\s+([\w-]+):\s*(.+)$/.exec(line);
    if (!match?.[1] || !match[2]) throw new Error(`not a header line: ${line}`);
    current[match[1]] = match[2];
  }
  return rules;
}

const rules = parseHeaders(readFileSync("public/_headers", "utf8"));

describe("public/_headers", () => {
  it("gives every page the strict policy and no-referrer", () => {
    expect(rules["/*"]?.["Content-Security-Policy"]).toBe(HEADER_CSP.default);
    expect(rules["/*"]?.["Referrer-Policy"]).toBe(REFERRER_POLICY);
  });

  it("replaces (not adds to) the policy for search and Pagefind's files", () => {
    for (const path of ["/search/*", "/pagefind/*"]) {
      expect(rules[path]?.["!Content-Security-Policy"]).toBe("!");
      expect(rules[path]?.["Content-Security-Policy"]).toBe(HEADER_CSP.search);
    }
  });

  it("matches the policy the brief asks for, word for word", () => {
    expect(HEADER_CSP.default).toBe(
      "default-src 'none'; script-src 'none'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(META_CSP.default).not.toContain("frame-ancestors");
    expect(META_CSP.search).toContain("script-src 'self' 'wasm-unsafe-eval'");
  });
});

describe("page kinds for search", () => {
  it("names stories, sources and datasets by their path", async () => {
    const { pageKind, isCurrent } = await import("../../../src/lib/site");
    expect(pageKind("/stories/calls-home/")).toBe("Story");
    expect(pageKind("/stories/")).toBe("Page");
    expect(pageKind("/sources/ap-2024/")).toBe("Source");
    expect(pageKind("/data/exchanges/")).toBe("Dataset");
    expect(pageKind("/about/")).toBe("Page");
    expect(isCurrent("/stories/", "/stories/calls-home/")).toBe(true);
    expect(isCurrent("/data/", "/stories/")).toBe(false);
  });
});
