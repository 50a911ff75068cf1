import { describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { auditedSite } from "../support/audited-site";
import { chromiumPath } from "../support/chromium";
import { headersFor, parseHeadersFile } from "../support/server";
import { axeSample } from "../support/pages";
import { auditPage, isCancelledFavicon, type Check, type Failure } from "../support/audit";

// Proves the browser gates of tests/e2e/site.test.ts can fail: a tiny fixture site with one
// flaw per page, audited by the very functions the real-site suite uses. Each page must report
// exactly its own flaw, and the clean page nothing.
const FIXTURE = resolve("tests/fixtures/e2e/site");
const quiet = { screenshotDir: null };

function checks(failures: Failure[]): Check[] {
  return [...new Set(failures.map((f) => f.check))].sort();
}

describe.skipIf(!chromiumPath)("browser audit gates on the fixture site", () => {
  const site = auditedSite(FIXTURE);
  const audit = (path: string) => auditPage(site.contexts, `${site.origin}${path}`, quiet);

  it("reports nothing on the clean page (which has a chart)", async () => {
    expect(await audit("/")).toEqual([]);
  });

  it("blocks and reports a request to another origin", async () => {
    const failures = await audit("/external/");
    expect(checks(failures)).toEqual(["external"]);
    expect(failures[0]!.detail).toContain("https://example.com/x.png");
  });

  it("reports an axe violation (image without alt)", async () => {
    const failures = await audit("/axe/");
    expect(checks(failures)).toEqual(["axe"]);
    expect(failures.map((f) => f.detail.split(" ")[0])).toEqual(["image-alt"]);
  });

  it("reports a console error from a script that throws", async () => {
    const failures = await audit("/console/");
    expect(checks(failures)).toEqual(["console"]);
    expect(failures[0]!.detail).toContain("fixture: this script always throws");
  });

  it("reports a CSP violation from an inline script under script-src 'none'", async () => {
    const failures = await audit("/csp/");
    expect(checks(failures)).toEqual(["csp"]);
    expect(failures[0]!.detail).toMatch(/inline script/);
  });

  it("enforces a CSP that comes only from the _headers file", async () => {
    const failures = await audit("/headers-csp/");
    expect(checks(failures)).toEqual(["csp"]);
    const res = await fetch(`${site.origin}/headers-csp/`);
    expect(res.headers.get("content-security-policy")).toBe("script-src 'none'");
    expect((await fetch(`${site.origin}/`)).headers.get("content-security-policy")).toBeNull();
    expect((await fetch(`${site.origin}/_headers`)).status).toBe(404);
  });

  it("reports horizontal scroll at 360 px", async () => {
    const failures = await audit("/overflow/");
    expect(checks(failures)).toEqual(["overflow"]);
    expect(failures[0]!.detail).toContain("scrollWidth");
  });

  it("reports text that loses contrast only in dark mode", async () => {
    const failures = await audit("/dark/");
    expect(checks(failures)).toEqual(["axe-dark"]);
    expect(failures[0]!.detail).toMatch(/^color-contrast/);
  });

  it("reports a chart that is too narrow and set in tiny text at 360 px", async () => {
    const failures = await audit("/tiny-chart/");
    expect(checks(failures)).toEqual(["chart"]);
    expect(failures.map((f) => f.detail).join("\n")).toMatch(/200px wide/);
    expect(failures.map((f) => f.detail).join("\n")).toMatch(/render below 10px/);
  });

  it("reports a chart that exists only with JavaScript", async () => {
    const failures = await audit("/nojs-chart/");
    expect(checks(failures)).toEqual(["no-js"]);
    expect(failures[0]!.detail).toBe("0 figure svg(s) without JavaScript, 1 with it");
  });

  it("reports a page that does not answer 200", async () => {
    const failures = await audit("/missing/");
    expect(checks(failures)).toEqual(["status"]);
  });

  it("writes a screenshot of a failing page, and none of a clean one", async () => {
    const dir = mkdtempSync(join(tmpdir(), "audit-shots-"));
    try {
      await auditPage(site.contexts, `${site.origin}/`, { screenshotDir: dir });
      expect(existsSync(dir) ? readdirSync(dir) : []).toEqual([]);
      await auditPage(site.contexts, `${site.origin}/axe/`, { screenshotDir: dir });
      expect(readdirSync(dir)).toEqual(["axe-axe.png"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("_headers rules as the test server applies them", () => {
  const rules = parseHeadersFile(`# comment
/*
  Content-Security-Policy: script-src 'none'
  X-Content-Type-Options: nosniff

/search/*
  ! Content-Security-Policy
  Content-Security-Policy: script-src 'self' 'wasm-unsafe-eval'
/sources/:id/
  X-Robots-Tag: noindex
`);

  it("applies every matching rule, detaching with ! before setting", () => {
    expect(headersFor(rules, "/")).toEqual({
      "Content-Security-Policy": "script-src 'none'",
      "X-Content-Type-Options": "nosniff",
    });
    expect(headersFor(rules, "/search/")).toEqual({
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "script-src 'self' 'wasm-unsafe-eval'",
    });
    expect(headersFor(rules, "/sources/ap-2024/")["X-Robots-Tag"]).toBe("noindex");
    expect(headersFor(rules, "/sources/ap-2024/x/")["X-Robots-Tag"]).toBeUndefined();
  });

  it("joins a header two rules set, as a browser enforces two policies", () => {
    const twice = parseHeadersFile("/*\n  CSP-Test: a\n/x/*\n  CSP-Test: b\n");
    expect(headersFor(twice, "/x/y")).toEqual({ "CSP-Test": "a, b" });
  });
});

describe("axe sample of large routes", () => {
  const sources = Array.from({ length: 50 }, (_, i) => `/sources/s${String(i).padStart(2, "0")}/`);
  const pages = ["/", "/about/", "/stories/a/", "/stories/b/", ...sources];

  it("keeps every page of small routes and a spread of a large one, first and last included", () => {
    const chosen = axeSample(pages, 10, "/nonexistent");
    for (const p of ["/", "/about/", "/stories/a/", "/stories/b/"])
      expect(chosen.has(p)).toBe(true);
    const picked = sources.filter((p) => chosen.has(p));
    expect(picked.length).toBeLessThanOrEqual(10);
    expect(picked.length).toBeGreaterThanOrEqual(7);
    expect(picked).toContain(sources[0]);
    expect(picked).toContain(sources[49]);
  });
});

describe("requests Chromium cancels by itself", () => {
  it("lets a cancelled favicon pass and nothing else", () => {
    const site = "http://127.0.0.1:4000";
    expect(isCancelledFavicon(`${site}/favicon.svg`, "net::ERR_ABORTED")).toBe(true);
    expect(isCancelledFavicon(`${site}/favicon.svg`, "net::ERR_CONNECTION_RESET")).toBe(false);
    expect(isCancelledFavicon(`${site}/styles/site.css`, "net::ERR_ABORTED")).toBe(false);
  });
});
