import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SITE } from "../../src/lib/site";

describe("toolchain", () => {
  it("runs on the Node from node_modules/.bin (>= 22.12), not the machine's older Node", () => {
    const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
    expect(major > 22 || (major === 22 && minor >= 12), `Node ${process.versions.node}`).toBe(true);
  });

  it("the lockfile lists every optional package it needs, for every platform (so npm ci works and npm install leaves it unchanged)", () => {
    const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as {
      packages: Record<string, { optionalDependencies?: Record<string, string> }>;
    };
    const missing: string[] = [];
    let optional = 0;
    for (const [path, entry] of Object.entries(lock.packages)) {
      for (const name of Object.keys(entry.optionalDependencies ?? {})) {
        optional++;
        // npm places a dependency beside its parent or higher up the tree.
        const parts = path ? path.split("node_modules/").slice(1) : [];
        const found = parts
          .map((_, i) => `node_modules/${parts.slice(0, parts.length - i).join("node_modules/")}`)
          .concat("")
          .some(
            (base) =>
              `${base ? `${base.replace(/\/$/, "")}/` : ""}node_modules/${name}` in lock.packages,
          );
        if (!found) missing.push(`${path || "(root)"} -> ${name}`);
      }
    }
    expect(optional, "the lockfile has optional dependencies to check").toBeGreaterThan(10);
    expect(missing, "run `npm install` and commit package-lock.json").toEqual([]);
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
