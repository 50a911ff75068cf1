/**
 * The set-up both browser suites share: before the suite's tests, serve `root` and open
 * Chromium with the audit contexts (tests/support/audit.ts); after them, close all three.
 * Call it inside a describe; read `origin` and `contexts` only inside tests.
 */
import { afterAll, beforeAll } from "vitest";
import type { Browser } from "playwright-core";
import { closeAuditContexts, createAuditContexts, type AuditContexts } from "./audit";
import { launchChromium } from "./chromium";
import { serveDist, type StaticServer } from "./server";

export interface AuditedSite {
  /** http://127.0.0.1:<port> of the served folder. */
  readonly origin: string;
  readonly contexts: AuditContexts;
}

export function auditedSite(root: string): AuditedSite {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  let contexts: AuditContexts | undefined;
  beforeAll(async () => {
    server = await serveDist(root);
    browser = await launchChromium();
    contexts = await createAuditContexts(browser);
  });
  afterAll(async () => {
    if (contexts) await closeAuditContexts(contexts);
    await browser?.close();
    await server?.close();
  });
  return {
    get origin() {
      if (!server) throw new Error("auditedSite: the site is served only while tests run");
      return server.origin;
    },
    get contexts() {
      if (!contexts) throw new Error("auditedSite: Chromium is open only while tests run");
      return contexts;
    },
  };
}
