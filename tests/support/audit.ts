import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";

/**
 * The browser checks every built page must pass, as plain functions, so that the real-site
 * suite (tests/e2e/site.test.ts) and the fixture suite that proves each gate can fail
 * (tests/e2e/audit-gates.test.ts) run exactly the same code.
 */

export type Check =
  | "status" // the page itself did not load with 200
  | "console" // a console error or an uncaught exception
  | "request" // a same-origin request failed or answered >= 400
  | "external" // a request to any other origin (the privacy promise)
  | "csp" // a Content-Security-Policy violation ("Refused to ...")
  | "overflow" // horizontal scroll at 360 px
  | "chart" // a chart is hidden, narrower than 300 px or its text smaller than 10 px at 360 px
  | "chart-contrast" // chart text against the page background below 4.5:1
  | "no-js" // without JavaScript the headline or the charts differ
  | "axe" // an axe-core WCAG 2.2 AA violation (light mode)
  | "axe-dark" // an axe-core colour-contrast violation in dark mode
  | "search"; // the search page did not find a story by a word of its headline

export interface Failure {
  page: string;
  check: Check;
  detail: string;
}

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
export const PHONE_WIDTH = 360;
export const MIN_CHART_WIDTH = 300;
export const MIN_CHART_FONT_PX = 10;
export const MIN_TEXT_CONTRAST = 4.5;

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

export function formatFailure(f: Failure): string {
  return `${f.page} [${f.check}] ${f.detail}`;
}

/** The browser contexts the checks run in; create once, reuse for every page. */
export interface AuditContexts {
  /** JavaScript on, CSP enforced, 360 px wide: load, privacy, CSP, layout, chart checks. */
  phone: BrowserContext;
  /** JavaScript off: the page must say and show the same. */
  noJs: BrowserContext;
  /** CSP bypassed so axe-core can be injected; desktop width, light then dark mode. */
  axe: BrowserContext;
}

/** Chromium reports a CSP violation as a console error: "Refused to ..." or "... violates the
 * following Content Security Policy directive ...". */
export function isCspMessage(text: string): boolean {
  return text.startsWith("Refused to") || text.includes("Content Security Policy directive");
}

function isLocal(url: string): boolean {
  if (url.startsWith("data:") || url.startsWith("blob:")) return true;
  try {
    return new URL(url).hostname === "127.0.0.1";
  } catch {
    return false;
  }
}

/** Never let a request leave the machine: abort it (each is also counted as a failure). */
async function blockExternal(context: BrowserContext): Promise<BrowserContext> {
  await context.route(
    (url) => !isLocal(url.href),
    (route) => route.abort("blockedbyclient"),
  );
  return context;
}

export async function createAuditContexts(browser: Browser): Promise<AuditContexts> {
  const phoneViewport = { width: PHONE_WIDTH, height: 800 };
  return {
    phone: await blockExternal(await browser.newContext({ viewport: phoneViewport })),
    noJs: await blockExternal(
      await browser.newContext({ viewport: phoneViewport, javaScriptEnabled: false }),
    ),
    axe: await blockExternal(await browser.newContext({ bypassCSP: true })),
  };
}

export async function closeAuditContexts(contexts: AuditContexts | undefined): Promise<void> {
  if (!contexts) return;
  await Promise.all(Object.values(contexts).map((c: BrowserContext) => c.close()));
}

const reusable = new WeakMap<BrowserContext, Page>();

/**
 * One page per context, reused from check to check (opening a page costs more than loading
 * one). After each check its listeners are removed and it is sent to about:blank, so nothing
 * late from one page (a request, a console line) is counted against the next.
 */
/**
 * Chromium fetches the favicon on its own after `load` and sometimes cancels that fetch under
 * load (net::ERR_ABORTED, seen once in 2,700 pages in CI). A cancelled favicon is the browser's
 * decision, not a broken site; a missing favicon still fails, as a 404 on the "response" check.
 */
export function isCancelledFavicon(url: string, errorText: string | undefined): boolean {
  return new URL(url).pathname === "/favicon.svg" && errorText === "net::ERR_ABORTED";
}

async function borrowPage(context: BrowserContext): Promise<Page> {
  let page = reusable.get(context);
  if (!page || page.isClosed()) {
    page = await context.newPage();
    reusable.set(context, page);
  }
  return page;
}

async function returnPage(page: Page): Promise<void> {
  // Listeners first: leaving the page aborts whatever it still loads (a late favicon request).
  page.removeAllListeners();
  await page.goto("about:blank").catch(() => undefined);
}

/** Where failure screenshots go; CI keeps this folder. */
export const SCREENSHOT_DIR = resolve("test-results", "screenshots");

function shotDir(options: AuditOptions): string | null {
  return options.screenshotDir === undefined ? SCREENSHOT_DIR : options.screenshotDir;
}

async function screenshot(page: Page, dir: string | null, path: string, label: string) {
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  const name = `${path.replace(/^\/|\/$/g, "").replace(/[^a-z0-9.-]+/gi, "_") || "home"}-${label}.png`;
  await page.screenshot({ path: join(dir, name), fullPage: true }).catch(() => undefined);
}

/** What a page shows, to compare with and without JavaScript. */
export interface PageFacts {
  h1: string;
  figures: number;
  /** Script elements and inline event handlers: with none, JavaScript cannot change the page. */
  scripts: number;
}

export interface AuditOptions {
  /** Where to write screenshots of failing pages; null writes none. */
  screenshotDir?: string | null;
  /** HTTP status the page itself must answer with (404 for the not-found page when missing). */
  expectStatus?: number;
  /** Run axe-core (light and dark); default true. */
  axe?: boolean;
}

/** Runs in the page: the visible chart SVGs (the largest SVG of each figure). */
const CHART_SVGS = `(() => [...document.querySelectorAll("figure")]
  .map((fig) => [...fig.querySelectorAll("svg")].filter((s) => !s.parentElement?.closest("svg"))
    .sort((a, b) => b.getBoundingClientRect().width - a.getBoundingClientRect().width)[0])
  .filter(Boolean))`;

/** Runs in the page: chart text whose colour is below the contrast minimum. */
const chartContrastProbe = `(() => {
  const parse = (c) => { const m = c.match(/rgba?\\(([^)]+)\\)/); if (!m) return null;
    const p = m[1].split(/[ ,/]+/).filter(Boolean).map(Number); return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 }; };
  const lum = ({ r, g, b }) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
  const background = (el) => { for (let e = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor); if (c && c.a > 0.5) return c; }
    return { r: 255, g: 255, b: 255, a: 1 }; };
  const out = [];
  for (const svg of ${CHART_SVGS}()) {
    const bg = background(svg);
    for (const t of svg.querySelectorAll("text")) {
      const cs = getComputedStyle(t);
      if (cs.display === "none" || cs.visibility === "hidden" || !t.textContent.trim()) continue;
      const fg = parse(cs.fill); if (!fg || fg.a === 0) continue;
      const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
      const ratio = (hi + 0.05) / (lo + 0.05);
      if (ratio < ${MIN_TEXT_CONTRAST}) out.push(JSON.stringify(t.textContent.trim().slice(0, 40)) + " " + cs.fill + " on " + getComputedStyle(document.documentElement).backgroundColor + " = " + ratio.toFixed(2) + ":1");
    }
  }
  return out; })()`;

/** Runs in the page at phone width: overflow and chart legibility problems. */
const layoutProbe = `(() => {
  const out = { overflow: [], chart: [] };
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth) {
    const wide = [...document.body.querySelectorAll("*")]
      .filter((e) => e.getBoundingClientRect().right > root.clientWidth + 0.5)
      .filter((e) => !e.parentElement || e.parentElement.getBoundingClientRect().right <= root.clientWidth + 0.5)
      .slice(0, 3).map((e) => { const names = [];
        for (let x = e; x && x !== document.body && names.length < 4; x = x.parentElement)
          names.unshift(x.tagName.toLowerCase() + (x.id ? "#" + x.id : "") + (x.classList.length ? "." + [...x.classList].join(".") : ""));
        return names.join(" > ") + " " + JSON.stringify((e.textContent || "").trim().slice(0, 30)) + " (right edge " + Math.round(e.getBoundingClientRect().right) + "px)"; });
    out.overflow.push("scrollWidth " + root.scrollWidth + "px > clientWidth " + root.clientWidth + "px" + (wide.length ? "; widest: " + wide.join(", ") : ""));
  }
  ${CHART_SVGS}().forEach((svg, i) => {
    const label = "chart " + (i + 1) + (svg.closest("figure").id ? " (#" + svg.closest("figure").id + ")" : "");
    const r = svg.getBoundingClientRect(); const cs = getComputedStyle(svg);
    if (cs.display === "none" || cs.visibility === "hidden" || r.height === 0) out.chart.push(label + " is not visible");
    else if (r.width <= ${MIN_CHART_WIDTH}) out.chart.push(label + " is " + Math.round(r.width) + "px wide (needs > ${MIN_CHART_WIDTH}px)");
    const small = [];
    for (const t of svg.querySelectorAll("text")) {
      if (!t.textContent.trim()) continue;
      const m = t.getScreenCTM(); const scale = m ? Math.hypot(m.a, m.b) : 1;
      const size = parseFloat(getComputedStyle(t).fontSize) * scale;
      if (size < ${MIN_CHART_FONT_PX}) small.push(JSON.stringify(t.textContent.trim().slice(0, 30)) + " " + size.toFixed(1) + "px");
    }
    if (small.length) out.chart.push(label + ": " + small.length + " text label(s) render below ${MIN_CHART_FONT_PX}px, e.g. " + small.slice(0, 3).join(", "));
  });
  return out; })()`;

/**
 * Loads `url` at 360 px with JavaScript on and the CSP enforced, and reports: the page's own
 * status, console errors, failed same-origin requests, every request to another origin, CSP
 * violations, horizontal overflow, charts that are hidden, narrow or set in tiny text, and
 * chart text with too little contrast. Also returns what the page shows (h1, figure count).
 */
export async function checkPhone(
  contexts: AuditContexts,
  url: string,
  options: AuditOptions = {},
): Promise<{ failures: Failure[]; facts: PageFacts }> {
  const path = new URL(url).pathname;
  const failures: Failure[] = [];
  const fail = (check: Check, detail: string) => failures.push({ page: path, check, detail });
  const page = await borrowPage(contexts.phone);
  page.on("request", (req) => {
    if (!isLocal(req.url())) fail("external", `${req.method()} ${req.url()} (blocked)`);
  });
  page.on("requestfailed", (req) => {
    if (!isLocal(req.url()) || isCancelledFavicon(req.url(), req.failure()?.errorText)) return;
    fail("request", `${req.method()} ${req.url()} failed: ${req.failure()?.errorText}`);
  });
  page.on("response", (res) => {
    if (res.status() >= 400 && res.url() !== url)
      fail("request", `${res.request().method()} ${res.url()} answered ${res.status()}`);
  });
  page.on("console", (msg) => {
    if (msg.type() !== "error") return;
    const text = msg.text();
    // Each failed load is already reported once, with its URL, as "request" or "external".
    if (text.startsWith("Failed to load resource")) return;
    fail(isCspMessage(text) ? "csp" : "console", text);
  });
  page.on("pageerror", (err) => fail("console", `uncaught ${err.name}: ${err.message}`));

  const response = await page.goto(url, { waitUntil: "load" });
  const expectStatus = options.expectStatus ?? 200;
  if (response?.status() !== expectStatus)
    fail("status", `answered ${response?.status()} (expected ${expectStatus})`);
  // Pages with scripts (search) may fetch more after load; let that settle.
  const facts = await pageFacts(page);
  if (facts.scripts)
    await page.waitForLoadState("networkidle", { timeout: 5_000 }).catch(() => undefined);

  const layout = (await page.evaluate(layoutProbe)) as { overflow: string[]; chart: string[] };
  layout.overflow.forEach((d) => fail("overflow", `at ${PHONE_WIDTH}px: ${d}`));
  layout.chart.forEach((d) => fail("chart", `at ${PHONE_WIDTH}px: ${d}`));
  for (const d of (await page.evaluate(chartContrastProbe)) as string[])
    fail("chart-contrast", `light mode: chart text ${d} (needs ${MIN_TEXT_CONTRAST}:1)`);
  if (failures.length) await screenshot(page, shotDir(options), path, "phone");
  await returnPage(page);
  return { failures, facts };
}

const FACTS_PROBE = `({
  h1: (document.querySelector("h1")?.textContent ?? "").replace(/\\s+/g, " ").trim(),
  figures: document.querySelectorAll("figure svg").length,
  scripts: document.querySelectorAll("${"script:not([type='application/ld+json']), [onload], [onerror], [onclick]"}").length,
})`;

/** What the page shows; one round trip where JavaScript runs, locators where it is off. */
async function pageFacts(page: Page, javaScript = true): Promise<PageFacts> {
  if (javaScript) return (await page.evaluate(FACTS_PROBE)) as PageFacts;
  const h1 = page.locator("h1").first();
  return {
    h1: (await h1.count()) ? ((await h1.textContent()) ?? "").replace(/\s+/g, " ").trim() : "",
    figures: await page.locator("figure svg").count(),
    scripts: await page
      .locator("script:not([type='application/ld+json']), [onload], [onerror], [onclick]")
      .count(),
  };
}

/** Loads `url` with JavaScript off: the same headline and the same charts must be there. */
export async function checkNoJs(
  contexts: AuditContexts,
  url: string,
  withJs: PageFacts | Promise<PageFacts>,
  options: AuditOptions = {},
): Promise<Failure[]> {
  const path = new URL(url).pathname;
  const failures: Failure[] = [];
  const page = await borrowPage(contexts.noJs);
  await page.goto(url, { waitUntil: "load" });
  const facts = await pageFacts(page, false);
  withJs = await withJs;
  if (facts.h1 !== withJs.h1)
    failures.push({
      page: path,
      check: "no-js",
      detail: `h1 is ${JSON.stringify(facts.h1)} without JavaScript, ${JSON.stringify(withJs.h1)} with it`,
    });
  if (facts.figures !== withJs.figures)
    failures.push({
      page: path,
      check: "no-js",
      detail: `${facts.figures} figure svg(s) without JavaScript, ${withJs.figures} with it`,
    });
  if (failures.length) await screenshot(page, shotDir(options), path, "no-js");
  await returnPage(page);
  return failures;
}

interface AxeResult {
  violations: {
    id: string;
    impact: string | null;
    help: string;
    nodes: { target: unknown[]; failureSummary?: string }[];
  }[];
}

/**
 * Runs axe-core on `url` in a context that bypasses the CSP (to inject it): every WCAG
 * 2.0/2.1/2.2 A and AA rule in light mode; then, on the same page switched to dark mode, the
 * colour-contrast rule again plus the chart-text contrast probe (axe does not measure SVG text).
 */
export async function checkAxe(
  contexts: AuditContexts,
  url: string,
  options: AuditOptions = {},
): Promise<Failure[]> {
  const path = new URL(url).pathname;
  const page = await borrowPage(contexts.axe);
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto(url, { waitUntil: "load" });
  await page.addScriptTag({ content: axeSource });
  const runAxe = async (check: Check, runOnly: { type: string; values: string[] }) => {
    const result = (await page.evaluate(
      (opts) =>
        (window as unknown as { axe: { run: (...a: unknown[]) => unknown } }).axe.run(
          document,
          opts,
        ),
      { runOnly, resultTypes: ["violations"] },
    )) as AxeResult;
    return result.violations.map((v): Failure => ({
      page: path,
      check,
      detail: `${v.id} (${v.impact}): ${v.help}; ${v.nodes.length} node(s): ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(" "))
        .join(" | ")}`,
    }));
  };
  const light = await runAxe("axe", { type: "tag", values: AXE_TAGS });
  if (light.length) await screenshot(page, shotDir(options), path, "axe");

  await page.emulateMedia({ colorScheme: "dark" });
  const dark = await runAxe("axe-dark", { type: "rule", values: ["color-contrast"] });
  for (const d of (await page.evaluate(chartContrastProbe)) as string[])
    dark.push({
      page: path,
      check: "chart-contrast",
      detail: `dark mode: chart text ${d} (needs ${MIN_TEXT_CONTRAST}:1)`,
    });
  if (dark.length) await screenshot(page, shotDir(options), path, "dark");
  await returnPage(page);
  return [...light, ...dark];
}

/**
 * Every check on one page. The phone load and the axe load run side by side in their own
 * contexts. The no-JavaScript load runs when the page has a script or an inline event
 * handler; without either, JavaScript cannot change what the page shows, so both loads are the
 * same page by construction.
 */
export async function auditPage(
  contexts: AuditContexts,
  url: string,
  options: AuditOptions = {},
): Promise<Failure[]> {
  const phone = checkPhone(contexts, url, options).then(async ({ failures, facts }) =>
    facts.scripts ? [...failures, ...(await checkNoJs(contexts, url, facts, options))] : failures,
  );
  const axe = options.axe === false ? Promise.resolve([]) : checkAxe(contexts, url, options);
  return (await Promise.all([phone, axe])).flat();
}

/**
 * A word from a page's headline that a search for it should find near the top: of the words of
 * four letters or more, the one that occurs on the fewest pages (`texts`: every page's text),
 * the longest on a tie.
 */
export function searchWordFrom(h1: string, texts: string[] = []): string | null {
  const words = [...new Set(h1.match(/[\p{L}]{4,}/gu) ?? [])];
  const pagesWith = (w: string) => {
    const re = new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, "iu");
    return texts.filter((t) => re.test(t)).length;
  };
  const scored = words.map((w) => ({ w, n: pagesWith(w) }));
  scored.sort((a, b) => a.n - b.n || b.w.length - a.w.length);
  return scored[0]?.w ?? null;
}

/**
 * Types `query` into the search page (CSP enforced, JavaScript on) and waits for a result that
 * links to `expectPath`. Reports console errors, CSP violations and failed requests on the way.
 */
export async function checkSearch(
  contexts: AuditContexts,
  searchUrl: string,
  query: string,
  expectPath: string,
  options: AuditOptions = {},
): Promise<Failure[]> {
  const path = new URL(searchUrl).pathname;
  const failures: Failure[] = [];
  const fail = (check: Check, detail: string) => failures.push({ page: path, check, detail });
  const page = await contexts.phone.newPage();
  page.on("console", (msg) => {
    if (msg.type() !== "error" || msg.text().startsWith("Failed to load resource")) return;
    fail(isCspMessage(msg.text()) ? "csp" : "console", msg.text());
  });
  page.on("pageerror", (err) => fail("console", `uncaught ${err.name}: ${err.message}`));
  page.on("response", (res) => {
    if (res.status() >= 400) fail("request", `${res.url()} answered ${res.status()}`);
  });
  page.on("request", (req) => {
    if (!isLocal(req.url())) fail("external", `${req.method()} ${req.url()} (blocked)`);
  });
  await page.goto(searchUrl, { waitUntil: "load" });
  const input = page
    .locator('input[type="search"], .pagefind-ui__search-input, main input[type="text"]')
    .first();
  try {
    await input.waitFor({ state: "visible", timeout: 10_000 });
    // A link to the story that the page shows before any search (a "latest" list) proves
    // nothing: wait for one more than were there before typing.
    const links = `a[href$="${expectPath}"], a[href*="${expectPath}#"], a[href*="${expectPath}?"]`;
    const before = await page.locator(links).count();
    await input.fill(query);
    await page.waitForFunction(
      ([selector, n]) => document.querySelectorAll(selector as string).length > (n as number),
      [links, before] as const,
      { timeout: 10_000 },
    );
  } catch (err) {
    fail(
      "search",
      `searching for ${JSON.stringify(query)} did not list ${expectPath}: ${(err as Error).message.split("\n")[0]}`,
    );
  }
  if (failures.length) await screenshot(page, shotDir(options), path, "search");
  await page.close();
  return failures;
}
