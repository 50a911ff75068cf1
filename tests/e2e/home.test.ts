import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { chromiumPath, launchChromium } from "../support/chromium";
import { serveDist, type StaticServer } from "../support/server";

describe.skipIf(!chromiumPath)("home page in Chromium", () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    server = await serveDist();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("shows the site's heading with no console errors", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("console", (msg) => {
      if (msg.type() === "error") errors.push(msg.text());
    });
    page.on("pageerror", (err) => errors.push(err.message));
    const response = await page.goto(`${server.origin}/`);
    expect(response?.status()).toBe(200);
    await expect(page.locator("h1").textContent()).resolves.toContain("Captivity Ledger");
    expect(errors).toEqual([]);
    await page.close();
  });
});
