/**
 * `npm run dev` is a live preview (src/integrations/data-reload.ts, src/layouts/Base.astro): a
 * reporter who changes a CSV sees the change on the next page load, a bad cell turns the page
 * into an error naming the problem, and fixing it brings the page back, all without restarting
 * the server. In a real Chromium the open page is styled, free of CSP errors, its charts are
 * coloured SVG, and saving a story or a CSV updates it by itself.
 * Runs the real dev server, started with `npm run dev` as editors start it, on a copy of data/
 * (CAPTIVITY_DATA_DIR), never on data/ itself, and on a throwaway draft story folder that is
 * removed afterwards.
 */
import { spawn, type ChildProcess } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumPath, launchChromium } from "../support/chromium";

const SOURCE = "ap-2024-05-27-russian-pows-phone-calls";
const TITLE = "Russian prisoners get to make phone calls home";

/** A small draft story citing SOURCE, with one chart. */
/** Whether something still answers on `port`. */
function listening(port: number): Promise<boolean> {
  return fetch(`http://localhost:${port}/`).then(
    () => true,
    () => false,
  );
}

/**
 * Stops `npm run dev` and everything it started (its process group): SIGTERM, as Ctrl-C would,
 * then SIGKILL after 10 s; resolves once npm has exited and nothing answers on the port.
 */
async function stopProcess(child: ChildProcess | undefined, port: number): Promise<void> {
  if (!child?.pid) return;
  const group = -child.pid;
  const exited =
    child.exitCode !== null || child.signalCode !== null
      ? Promise.resolve()
      : new Promise<void>((done) => child.once("exit", () => done()));
  try {
    process.kill(group, "SIGTERM");
  } catch {
    return; // the group has gone already
  }
  const deadline = Date.now() + 10_000;
  await exited;
  while (Date.now() < deadline && (await listening(port)))
    await new Promise((r) => setTimeout(r, 200));
  try {
    process.kill(group, "SIGKILL");
  } catch {
    // every process of the group has ended
  }
}

function story(paragraph: string): string {
  return `---
title: "Preview test story"
dek: "A story the dev-server test writes and deletes."
byline: "Captivity Ledger staff"
published: 2026-11-23
topics: ["exchanges"]
sources: ["${SOURCE}"]
draft: true
language: en
---

${paragraph}<Cite id="${SOURCE}" />

<Chart name="exchanges" from="2024" to="2024" caption="Exchanges in 2024." />
`;
}

/**
 * Saves a story as editors' programs do: a whole new file put in place at once
 * (write, then rename). Writing in place can let the dev server's watcher read the file half
 * written, and show that half file's errors instead of the ones the test made.
 */
function save(file: string, text: string): void {
  const next = `${file}.saving`;
  writeFileSync(next, text);
  renameSync(next, file);
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => done(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** This process's environment without what vitest sets (NODE_ENV=test, VITEST...), as a shell has. */
function devEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env))
    if (key === "NODE_ENV" || key.startsWith("VITEST") || key === "TEST") delete env[key];
  return env;
}

/** Fetches `url` until `ok(status, body)` holds, or gives the last answer after `ms`. */
async function until(
  url: string,
  ok: (status: number, body: string) => boolean,
  ms = 20_000,
): Promise<{ status: number; body: string }> {
  const deadline = Date.now() + ms;
  let last = { status: 0, body: "" };
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      last = { status: response.status, body: await response.text() };
      if (ok(last.status, last.body)) return last;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return last;
}

describe("npm run dev and edits to data/", () => {
  const dir = mkdtempSync(join(tmpdir(), "captivity-dev-data-"));
  const csv = join(dir, "sources.csv");
  let original = "";
  let server: ChildProcess | undefined;
  let stopPort = 0;
  let log = "";
  let url = "";
  let origin = "";
  let browser: Browser | undefined;
  // A throwaway draft in the real content folder (Astro's loader watches only the project);
  // afterAll removes it.
  const storySlug = `zz-dev-preview-${process.pid}`;
  const storyDir = resolve("src/content/stories", storySlug);
  const storyFile = join(storyDir, "index.mdx");

  beforeAll(async () => {
    cpSync(resolve("data"), dir, { recursive: true });
    original = readFileSync(csv, "utf8");
    expect(original).toContain(TITLE);
    const port = await freePort();
    // Started as an editor starts it: `npm run dev` (npm, then scripts/astro.mjs, then Astro),
    // in its own process group so that afterAll can stop all three.
    server = spawn("npm", ["run", "dev", "--", "--port", String(port)], {
      env: { ...devEnv(), CAPTIVITY_DATA_DIR: dir },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    stopPort = port;
    server.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
    server.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
    mkdirSync(storyDir, { recursive: true });
    save(storyFile, story("The first paragraph as the editor wrote it."));
    origin = `http://localhost:${port}`;
    url = `${origin}/sources/${SOURCE}/`;
    const first = await until(url, (status) => status === 200, 45_000);
    expect(first.status, `${log}\n${first.body.slice(0, 500)}`).toBe(200);
  });

  afterAll(async () => {
    await browser?.close();
    // Wait until the server has exited: Astro 7 keeps a lock (.astro/dev.json) while a dev
    // server runs in this folder, and the next file's `npm run dev` is refused until it is gone.
    await stopProcess(server, stopPort);
    rmSync(dir, { recursive: true, force: true });
    rmSync(storyDir, { recursive: true, force: true });
  });

  it("shows an edited cell on the next load", async () => {
    writeFileSync(csv, original.replace(TITLE, "Edited headline of the AP report"));
    const page = await until(url, (_, body) => body.includes("Edited headline of the AP report"));
    expect(page.body, log).toContain("Edited headline of the AP report");
    expect(log).toContain("sources.csv changed");
  });

  it("turns pages into an error naming the bad cell, and back once it is fixed", async () => {
    const bad = original.replace(`${SOURCE},`, `${SOURCE.toUpperCase()},`);
    writeFileSync(csv, bad.replace(",news report,", ",nonsense kind,"));
    const broken = await until(`http://${new URL(url).host}/`, (status) => status === 500);
    expect(broken.status, log).toBe(500);
    expect(broken.body).toContain("DataPackageError");
    expect(log).toContain("nonsense kind");

    writeFileSync(csv, original);
    const fixed = await until(url, (status, body) => status === 200 && body.includes(TITLE));
    expect(fixed.status, log).toBe(200);
    expect(fixed.body).toContain(TITLE);
  });

  describe.skipIf(!chromiumPath)("in a real browser", () => {
    let page: Page;
    const problems: string[] = [];

    beforeAll(async () => {
      browser = await launchChromium();
      page = await browser.newPage();
      page.on("console", (m) => {
        if (m.type() === "error") problems.push(m.text());
      });
      page.on("pageerror", (e) => problems.push(e.message));
      const ready = await until(`${origin}/stories/${storySlug}/`, (status) => status === 200);
      expect(ready.status, `${log}\n${ready.body.slice(0, 800)}`).toBe(200);
      await page.goto(`${origin}/stories/${storySlug}/`, { waitUntil: "networkidle" });
    });

    it("has no Content-Security-Policy <meta> and no console errors", async () => {
      expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(0);
      expect(problems.filter((p) => /Content.Security.Policy|CSP/i.test(p))).toEqual([]);
      expect(problems).toEqual([]);
    });

    it("applies the site stylesheet", async () => {
      // global.css sets the background to --bg (#fbfaf7) and a serif body font; the browser
      // default is a transparent background and Times.
      const style = await page.evaluate(() => {
        const html = getComputedStyle(document.documentElement);
        return { bg: html.backgroundColor, font: html.fontFamily };
      });
      expect(style.bg).toBe("rgb(251, 250, 247)");
      expect(style.font).toContain("Charter");
    });

    it("marks a draft with a visible banner", async () => {
      const banner = page.locator(".draft-banner");
      expect(await banner.isVisible()).toBe(true);
      expect(await banner.textContent()).toContain("Draft.");
    });

    it("lists the chart's own sources with the story's", async () => {
      const headings = await page.locator(".story-sources h3").allTextContents();
      expect(headings).toContain("Sources of the charts' data");
    });

    it("draws the chart as SVG with colours, not black boxes", async () => {
      const fills = await page.evaluate(() =>
        [...document.querySelectorAll("figure svg rect, figure svg path")]
          .map((el) => getComputedStyle(el).fill)
          .filter((fill) => fill && fill !== "none"),
      );
      expect(fills.length).toBeGreaterThan(0);
      expect(fills.some((fill) => fill !== "rgb(0, 0, 0)")).toBe(true);
    });

    it("updates the open page by itself when the story is saved", async () => {
      save(storyFile, story("A sentence the editor has just saved."));
      await page.waitForFunction(
        () => document.body.textContent?.includes("A sentence the editor has just saved."),
        undefined,
        { timeout: 20_000 },
      );
      expect(await page.textContent("body")).not.toContain("as the editor wrote it");
    });

    it("updates the open page by itself when a CSV is saved", async () => {
      writeFileSync(csv, original.replace(TITLE, "Headline a reporter has just corrected"));
      await page.waitForFunction(
        () => document.body.textContent?.includes("Headline a reporter has just corrected"),
        undefined,
        { timeout: 20_000 },
      );
      writeFileSync(csv, original);
      await page.waitForFunction((title) => document.body.textContent?.includes(title), TITLE, {
        timeout: 20_000,
      });
    });

    /**
     * The text of the dev server's error overlay once it shows `expected`. The server is asked
     * first (the error takes a moment to reach it through the file watcher), then the page is
     * loaded again, as an editor would; on a busy machine that is steadier than waiting for
     * the automatic reload.
     */
    /** Opens the story again; an automatic reload racing with it may abort one attempt. */
    async function reopen(): Promise<void> {
      for (let attempt = 1; ; attempt++) {
        try {
          await page.goto(`${origin}/stories/${storySlug}/`, { waitUntil: "load" });
          return;
        } catch (error) {
          if (attempt >= 3) throw error;
          await new Promise((r) => setTimeout(r, 500));
        }
      }
    }

    async function overlayShowing(expected: string): Promise<string> {
      const answer = await until(
        `${origin}/stories/${storySlug}/`,
        (status) => status === 500,
        45_000,
      );
      expect(answer.status, log.slice(-2000)).toBe(500);
      await reopen();
      await page.waitForFunction(
        (text) =>
          document.querySelector("vite-error-overlay")?.shadowRoot?.textContent?.includes(text),
        expected,
        { timeout: 30_000 },
      );
      return page.evaluate(
        () => document.querySelector("vite-error-overlay")?.shadowRoot?.textContent ?? "",
      );
    }

    /** Waits for the story to answer 200 with `text` again, then shows it in the browser. */
    async function pageShowing(text: string): Promise<void> {
      const answer = await until(
        `${origin}/stories/${storySlug}/`,
        (status, body) => status === 200 && body.includes(text),
        45_000,
      );
      expect(answer.status, log.slice(-2000)).toBe(200);
      await reopen();
      await page.waitForFunction((t) => document.body.textContent?.includes(t), text, {
        timeout: 30_000,
      });
    }

    it(
      "shows a frontmatter error in the browser with file, line and fix, then the page once fixed",
      { timeout: 120_000 },
      async () => {
        const file = `src/content/stories/${storySlug}/index.mdx`;
        const good = story("The text after the frontmatter was fixed.");
        save(
          storyFile,
          good
            .replace('title: "Preview test story"\n', "")
            .replace("published: 2026-11-23", "published: 01/12/2026"),
        );
        const overlay = await overlayShowing("title is missing");
        expect(overlay).toContain(`${file}:4:12 published "01/12/2026" is not a date we can read.`);
        expect(overlay).toContain(`${file}:9:1 title is missing. Add a line such as: title:`);

        save(storyFile, good);
        await pageShowing("The text after the frontmatter was fixed.");
      },
    );

    it(
      "shows a frontmatter it cannot read (an unclosed quote) with file, line and fix, then recovers",
      { timeout: 120_000 },
      async () => {
        const file = `src/content/stories/${storySlug}/index.mdx`;
        const good = story("The quote was closed again.");
        save(storyFile, good.replace('title: "Preview test story"', 'title: "Preview test story'));
        const overlay = await overlayShowing("is never closed");
        expect(overlay).toContain(
          `${file}:2:8 The quote that opens title's value is never closed. Add " at the end of the value, or drop both quotes.`,
        );
        expect(overlay).not.toContain("YAMLException");

        save(storyFile, good);
        await pageShowing("The quote was closed again.");
      },
    );

    it(
      "shows an unclosed <Callout> in the browser with its line, not the last good page",
      { timeout: 120_000 },
      async () => {
        const file = `src/content/stories/${storySlug}/index.mdx`;
        save(
          storyFile,
          story("A paragraph before a broken callout.") +
            '\n<Callout kind="context">\nNever closed.\n',
        );
        const overlay = await overlayShowing("never closed");
        expect(overlay).toContain(`${file}:16:1 <Callout> is opened here but never closed.`);
        expect(await page.textContent("body")).not.toContain(
          "A paragraph before a broken callout.",
        );

        save(storyFile, story("The callout is gone again."));
        await pageShowing("The callout is gone again.");
      },
    );
  });
});
