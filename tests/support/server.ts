import { createServer, type Server } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { extname, join, normalize, resolve } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
  ".png": "image/png",
  ".woff2": "font/woff2",
  // Pagefind's index fragments and metadata
  ".pf_meta": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** One block of a `_headers` file: a path pattern and the headers it sets or detaches. */
export interface HeaderRule {
  pattern: string;
  set: [name: string, value: string][];
  /** Cloudflare's `! Name` lines: drop a header an earlier rule set. */
  detach: string[];
}

/**
 * Parses a Netlify/Cloudflare-style `_headers` file: an unindented line is a path pattern
 * (`/*`, `/search/*`, `/:slug/`), the indented lines under it are `Name: value` headers (or
 * `! Name` to detach one). `#` starts a comment line.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  let current: HeaderRule | undefined;
  for (const raw of text.split(/\r?\n/)) {
    if (!raw.trim() || raw.trim().startsWith("#")) continue;
    if (!/^\s/.test(raw)) {
      current = { pattern: raw.trim(), set: [], detach: [] };
      rules.push(current);
      continue;
    }
    if (!current) continue;
    const line = raw.trim();
    if (line.startsWith("!")) {
      current.detach.push(line.slice(1).trim().toLowerCase());
      continue;
    }
    const colon = line.indexOf(":");
    if (colon > 0) current.set.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

function patternToRegExp(pattern: string): RegExp {
  const path = pattern.replace(/^https?:\/\/[^/]+/, "");
  const source = path
    .split("*")
    .map((part) =>
      part.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/:[A-Za-z_][A-Za-z0-9_]*/g, "[^/]+"),
    )
    .join(".*");
  return new RegExp(`^${source}$`);
}

/**
 * The headers a static host would send for `pathname` under these rules. Every matching rule
 * applies in file order; a header set twice is joined with ", " (for Content-Security-Policy
 * that means both policies are enforced, as a browser does with two CSP headers).
 */
export function headersFor(rules: HeaderRule[], pathname: string): Record<string, string> {
  const out = new Map<string, { name: string; value: string }>();
  for (const rule of rules) {
    if (!patternToRegExp(rule.pattern).test(pathname)) continue;
    for (const name of rule.detach) out.delete(name);
    for (const [name, value] of rule.set) {
      const key = name.toLowerCase();
      const prev = out.get(key);
      out.set(key, { name, value: prev ? `${prev.value}, ${value}` : value });
    }
  }
  return Object.fromEntries([...out.values()].map(({ name, value }) => [name, value]));
}

function loadRules(root: string): HeaderRule[] {
  try {
    return parseHeadersFile(readFileSync(join(root, "_headers"), "utf8"));
  } catch {
    return [];
  }
}

/**
 * Serves a built site (dist/) on 127.0.0.1 the way a static host does: directory URLs get
 * index.html, unknown paths get 404.html with status 404, and a `_headers` file in the root
 * (copied from public/_headers) adds its headers, so a CSP declared there is enforced as on
 * the real host. The `_headers` file itself is not served.
 */
export async function serveDist(root = resolve("dist")): Promise<StaticServer> {
  const rules = loadRules(root);
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const pathname = decodeURIComponent(url.pathname);
    const rel = normalize(pathname).replace(/^(\.\.[/\\])+/, "");
    let file = join(root, rel);
    try {
      if (rel === "/_headers" || rel === "/_redirects") throw new Error("host config");
      if ((await stat(file)).isDirectory()) {
        // A static host redirects /dir to /dir/ so relative links resolve.
        if (!pathname.endsWith("/")) {
          res.writeHead(301, { location: `${pathname}/${url.search}` });
          res.end();
          return;
        }
        file = join(file, "index.html");
      }
      const body = await readFile(file);
      res.writeHead(200, {
        ...headersFor(rules, pathname),
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      });
      res.end(body);
    } catch {
      const body = await readFile(join(root, "404.html")).catch(() => Buffer.from("Not found"));
      res.writeHead(404, {
        ...headersFor(rules, pathname),
        "content-type": "text/html; charset=utf-8",
      });
      res.end(body);
    }
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("server has no port");
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
