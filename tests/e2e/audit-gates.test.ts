import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser } from "playwright-core";
import { chromiumPath, launchChromium } from "../support/chromium";
import { serveDist, type StaticServer } from "../support/server";
import {
  auditPage,
  closeAuditContexts,
  createAuditContexts,
  type AuditContexts,
  type Check,
  type Failure,
} from "../support/audit";

// Proves the browser gates of tests/e2e/site.test.ts can fail: a tiny fixture site with one
// flaw per page, audited by the very functions the real-site suite uses. Each page must report
// exactly its own flaw, and the clean page nothing.
const FIXTURE = resolve("tests/fixtures/e2e/site");
const quiet = { screenshotDir: null };

function checks(failures: Failure[]): Check[] {
  return [...new Set(failures.map((f) => f.check))].sort();
}

describe.skipIf(!chromiumPath)("browser audit gates on the fixture site", () => {
  let browser: Browser;
  let server: StaticServer;
  let contexts: AuditContexts;
  const audit = (path: string) => auditPage(contexts, `${server.origin}${path}`, quiet);

  beforeAll(async () => {
    server = await serveDist(FIXTURE);
    browser = await launchChromium();
    contexts = await createAuditContexts(browser);
  });
  afterAll(async () => {
    await closeAuditContexts(contexts);
    await browser?.close();
    await server?.close();
  });

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
    const res = await fetch(`${server.origin}/headers-csp/`);
    expect(res.headers.get("content-security-policy")).toBe("script-src 'none'");
    expect((await fetch(`${server.origin}/`)).headers.get("content-security-policy")).toBeNull();
    expect((await fetch(`${server.origin}/_headers`)).status).toBe(404);
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
      await auditPage(contexts, `${server.origin}/`, { screenshotDir: dir });
      expect(existsSync(dir) ? readdirSync(dir) : []).toEqual([]);
      await auditPage(contexts, `${server.origin}/axe/`, { screenshotDir: dir });
      expect(readdirSync(dir)).toEqual(["axe-axe.png"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
