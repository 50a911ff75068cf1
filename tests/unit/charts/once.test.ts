import { describe, expect, it } from "vitest";
import { loadChartData } from "../../../src/lib/charts/data";
import { renderOnce } from "../../../src/lib/charts/once";

describe("renderOnce", () => {
  it("renders each key once per dataset and returns the same HTML every time after", async () => {
    const data = loadChartData();
    const calls: string[] = [];
    const render = (key: string) => () => {
      calls.push(key);
      return Promise.resolve(`<figure>${key}</figure>`);
    };
    const first = await renderOnce(data, "once-a", render("once-a"));
    const again = await renderOnce(data, "once-a", render("once-a"));
    const other = await renderOnce(data, "once-b", render("once-b"));
    expect(first).toBe("<figure>once-a</figure>");
    expect(again).toBe(first);
    expect(other).toBe("<figure>once-b</figure>");
    expect(calls).toEqual(["once-a", "once-b"]);
  });

  it("shares one render between callers that ask at the same time", async () => {
    const data = loadChartData();
    let calls = 0;
    const render = async () => {
      calls++;
      await new Promise((r) => setTimeout(r, 5));
      return "<figure>slow</figure>";
    };
    const results = await Promise.all([1, 2, 3].map(() => renderOnce(data, "once-slow", render)));
    expect(results).toEqual(Array(3).fill("<figure>slow</figure>"));
    expect(calls).toBe(1);
  });

  it("renders again for another dataset (another build, or another data directory)", async () => {
    const data = loadChartData();
    const copy = { ...data };
    let calls = 0;
    const render = () => Promise.resolve(`<p>${++calls}</p>`);
    expect(await renderOnce(data, "once-data", render)).toBe("<p>1</p>");
    expect(await renderOnce(copy, "once-data", render)).toBe("<p>2</p>");
  });
});
