/**
 * `npm run dev` follows edits to data/ (src/integrations/data-reload.ts): a reporter who
 * changes a CSV sees the change on the next page load, a bad cell turns the page into an error
 * naming the problem, and fixing it brings the page back, all without restarting the server.
 * Runs the real dev server on a copy of data/ (CAPTIVITY_DATA_DIR), never on data/ itself.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const SOURCE = "ap-2024-05-27-russian-pows-phone-calls";
const TITLE = "Russian prisoners get to make phone calls home";

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
  let log = "";
  let url = "";

  beforeAll(async () => {
    cpSync(resolve("data"), dir, { recursive: true });
    original = readFileSync(csv, "utf8");
    expect(original).toContain(TITLE);
    const port = await freePort();
    server = spawn(
      process.execPath,
      [resolve("node_modules/astro/bin/astro.mjs"), "dev", "--port", String(port)],
      {
        env: { ...devEnv(), CAPTIVITY_DATA_DIR: dir, ASTRO_TELEMETRY_DISABLED: "1" },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    server.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
    server.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
    url = `http://localhost:${port}/sources/${SOURCE}/`;
    const first = await until(url, (status) => status === 200, 45_000);
    expect(first.status, `${log}\n${first.body.slice(0, 500)}`).toBe(200);
  });

  afterAll(() => {
    server?.kill();
    rmSync(dir, { recursive: true, force: true });
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
});
