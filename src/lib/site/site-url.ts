/**
 * The public address the site is deployed to (canonical links, Open Graph URLs, the sitemap and
 * the RSS feed are built from it), read from the SITE_URL environment variable.
 *
 * A local build may go without it and gets the placeholder below, so `npm start` and
 * `npm run build` work on a fresh clone. In CI (the CI variable is set, as on GitHub Actions)
 * a build without a real address is refused: the placeholder must never reach a published
 * page, sitemap or feed. No framework imports here (astro.config.mjs reads this file).
 */

/** The address a local build uses when SITE_URL is unset. Defined here and nowhere else. */
export const PLACEHOLDER_SITE_URL = "https://captivity-ledger.example.org";

type Env = Readonly<Record<string, string | undefined>>;

/** True when the CI variable says this is a CI run (`true`, `1`, or any value but `false`/`0`). */
export function isCI(env: Env): boolean {
  const ci = (env["CI"] ?? "").trim().toLowerCase();
  return ci !== "" && ci !== "false" && ci !== "0";
}

/** Thrown when SITE_URL is missing in CI or is not a usable address. */
export class SiteUrlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SiteUrlError";
  }
}

/**
 * The site's public address, with a trailing slash. Throws a SiteUrlError that says what to
 * do when SITE_URL is unset in CI, is the placeholder in CI, or is not an absolute http(s)
 * address at the root of its domain.
 */
export function resolveSiteUrl(env: Env): string {
  const raw = (env["SITE_URL"] ?? "").trim();
  if (raw === "") {
    if (isCI(env))
      throw new SiteUrlError(
        [
          "SITE_URL is not set, and this is a CI build (CI is set), so the build stops here.",
          `Without it every canonical link, the sitemap and the RSS feed would point at the placeholder ${PLACEHOLDER_SITE_URL}.`,
          "Fix: set SITE_URL to the site's public address, e.g. SITE_URL=https://pow.example.net npm run build.",
          "On GitHub: Settings > Secrets and variables > Actions > Variables > New repository variable SITE_URL.",
          "For a local build that is never published, leave CI unset.",
        ].join("\n"),
      );
    return `${PLACEHOLDER_SITE_URL}/`;
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new SiteUrlError(
      `SITE_URL=${JSON.stringify(raw)} is not an address. Fix: write the full public address with its scheme, e.g. https://pow.example.net`,
    );
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new SiteUrlError(
      `SITE_URL=${JSON.stringify(raw)} must start with https:// (or http://). Fix: e.g. https://pow.example.net`,
    );
  if (url.pathname !== "/" || url.search || url.hash)
    throw new SiteUrlError(
      `SITE_URL=${JSON.stringify(raw)} has a path, query or fragment. The site's links are root-relative (e.g. /data/), so it must be served at the root of its domain. Fix: use the bare address, e.g. ${url.origin}`,
    );
  if (url.origin === new URL(PLACEHOLDER_SITE_URL).origin && isCI(env))
    throw new SiteUrlError(
      `SITE_URL is the placeholder ${PLACEHOLDER_SITE_URL}, which must never be published. Fix: set SITE_URL to the site's real public address.`,
    );
  return `${url.origin}/`;
}

/** The site address Astro passes to pages (`Astro.site`), or the placeholder where it has none. */
export function siteOrPlaceholder(site: URL | string | undefined): URL {
  return new URL(site ?? PLACEHOLDER_SITE_URL);
}
