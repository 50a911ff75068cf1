import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { contrastRatio, luminance, parseHex } from "../../../src/lib/site/contrast";

/** Custom properties of the first `:root { }` block after `marker` in global.css. */
function tokens(css: string, marker: string): Record<string, string> {
  const from = css.indexOf(marker);
  if (from < 0) throw new Error(`global.css has no "${marker}"`);
  const block = css.slice(css.indexOf("{", css.indexOf(":root", from)), css.indexOf("}", from));
  return Object.fromEntries(
    [...block.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{3,6})\s*;/g)].map((m) => [m[1], m[2]]),
  );
}

const css = readFileSync("src/styles/global.css", "utf8");
const modes = {
  light: tokens(css, ":root {"),
  dark: tokens(css, "@media (prefers-color-scheme: dark)"),
};

describe("contrastRatio", () => {
  it("matches WCAG reference values", () => {
    expect(contrastRatio("#000", "#fff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#fff", "#fff")).toBeCloseTo(1, 5);
    expect(contrastRatio("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
    expect(luminance("#ffffff")).toBeCloseTo(1, 5);
    expect(parseHex("#1f4e8c")).toEqual([31, 78, 140]);
    expect(() => parseHex("blue")).toThrow(/not a/);
  });
});

describe.each(Object.entries(modes))("%s colours in global.css", (_mode, colour) => {
  const text = ["fg", "muted", "link", "link-visited", "accent"];
  for (const background of ["bg", "surface"]) {
    for (const foreground of text) {
      it(`${foreground} on ${background} reaches 4.5:1 (WCAG 1.4.3)`, () => {
        const fg = colour[foreground];
        const bg = colour[background];
        expect(fg, `--${foreground} missing`).toBeDefined();
        expect(bg, `--${background} missing`).toBeDefined();
        expect(contrastRatio(fg!, bg!)).toBeGreaterThanOrEqual(4.5);
      });
    }
  }
  it("focus ring and accent rule reach 3:1 against the page (WCAG 1.4.11)", () => {
    expect(contrastRatio(colour.focus!, colour.bg!)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(colour.accent!, colour.surface!)).toBeGreaterThanOrEqual(3);
  });
});
