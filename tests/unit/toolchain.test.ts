import { describe, expect, it } from "vitest";
import { SITE } from "../../src/lib/site";

describe("toolchain", () => {
  it("runs on the Node from node_modules/.bin (>= 22.12), not the machine's older Node", () => {
    const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
    expect(major > 22 || (major === 22 && minor >= 12), `Node ${process.versions.node}`).toBe(true);
  });

  it("tests run in UTC so dates never shift with the machine's zone", () => {
    expect(new Date(2024, 1, 8).toISOString()).toBe("2024-02-08T00:00:00.000Z");
  });
});

describe("site facts", () => {
  it("has a name and a description short enough for a search result", () => {
    expect(SITE.name).toBe("Captivity Ledger");
    expect(SITE.description.length).toBeGreaterThan(50);
    expect(SITE.description.length).toBeLessThanOrEqual(320);
  });
});
