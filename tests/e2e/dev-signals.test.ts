/**
 * Stopping `npm run dev` with a signal stops Astro too (scripts/astro.mjs forwards SIGINT and
 * SIGTERM): no `astro dev` is left holding the port after the editor's terminal says it ended.
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { afterEach, describe, expect, it } from "vitest";

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

/** Every live process below `root`, with its command line (from /proc). */
function descendants(root: number): { pid: number; cmd: string }[] {
  const parent = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // pid (comm) state ppid ...: comm may hold spaces, so read after the last ")".
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parent.set(Number(name), ppid);
    } catch {
      // ended meanwhile
    }
  }
  const out: { pid: number; cmd: string }[] = [];
  for (const pid of parent.keys()) {
    let p = parent.get(pid);
    while (p !== undefined && p > 1 && p !== root) p = parent.get(p);
    if (p !== root) continue;
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ");
      out.push({ pid, cmd });
    } catch {
      // ended meanwhile
    }
  }
  return out;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(ok: () => boolean | Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await ok()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return ok();
}

const leftovers: number[] = [];
afterEach(() => {
  // Whatever the assertion said, leave no server behind.
  for (const pid of leftovers.splice(0)) if (alive(pid)) process.kill(pid, "SIGKILL");
});

describe.skipIf(process.platform !== "linux")("stopping npm run dev", () => {
  // `kill <npm's pid>`: npm passes SIGTERM to its `sh -c`, which ends without passing it on.
  // SIGINT to scripts/astro.mjs alone: what a supervisor (or `kill -INT`) does to the script.
  it.each([
    { signal: "SIGTERM", target: "npm" },
    { signal: "SIGINT", target: "scripts/astro.mjs" },
  ] as const)("$signal to $target also stops astro dev", async ({ signal, target }) => {
    const port = await freePort();
    const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" };
    for (const key of Object.keys(env))
      if (key === "NODE_ENV" || key.startsWith("VITEST")) delete env[key];
    const npm = spawn("npm", ["run", "dev", "--", "--port", String(port)], {
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let log = "";
    npm.stdout.on("data", (c: Buffer) => (log += c.toString()));
    npm.stderr.on("data", (c: Buffer) => (log += c.toString()));
    const pid = npm.pid ?? 0;
    leftovers.push(pid);

    const up = await waitFor(async () => {
      try {
        return (await fetch(`http://localhost:${port}/`)).ok;
      } catch {
        return false;
      }
    }, 45_000);
    expect(up, log).toBe(true);
    const tree = descendants(pid);
    const wrapper = tree.find((p) => p.cmd.startsWith("node scripts/astro.mjs dev"));
    const astro = tree.find((p) => /\/astro(\.mjs)? dev\b/.test(p.cmd));
    expect(wrapper, JSON.stringify(tree)).toBeDefined();
    expect(astro, JSON.stringify(tree)).toBeDefined();
    leftovers.push(...tree.map((p) => p.pid));

    process.kill(target === "npm" ? pid : (wrapper?.pid ?? 0), signal);
    const gone = await waitFor(() => !alive(astro?.pid ?? 0), 15_000);
    expect(gone, `astro dev still running after ${signal}\n${log}`).toBe(true);
    expect(await waitFor(() => !alive(wrapper?.pid ?? 0), 5_000)).toBe(true);
  });
});
