/**
 * The site's security headers, in one place. Base.astro writes them as <meta http-equiv>, and
 * public/_headers repeats them for hosts that read that file (a unit test keeps the two equal).
 * No page runs JavaScript except the search page, which needs its own script and WebAssembly.
 */
const common = [
  "default-src 'none'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
];

function policy(scriptSrc: string, extra: string[] = []): string {
  const [first, ...rest] = common;
  return [first, `script-src ${scriptSrc}`, ...rest, ...extra].join("; ");
}

export type PolicyName = "default" | "search";

/** Policies for the <meta> tag (a meta policy cannot carry frame-ancestors). */
export const META_CSP: Record<PolicyName, string> = {
  default: policy("'none'"),
  search: policy("'self' 'wasm-unsafe-eval'", ["worker-src 'self'"]),
};

/** Policies for the HTTP header, which can also forbid framing. */
export const HEADER_CSP: Record<PolicyName, string> = {
  default: `${META_CSP.default}; frame-ancestors 'none'`,
  search: `${META_CSP.search}; frame-ancestors 'none'`,
};

export const REFERRER_POLICY = "no-referrer";
