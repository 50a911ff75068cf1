/**
 * The address readers write to with a correction or a reply (the right of reply on
 * /standards/, /about/ and /corrections/), read from the CONTACT_EMAIL environment variable.
 *
 * The team sets it once, beside SITE_URL (README, "Publishing"). As with SITE_URL, a local
 * build may go without it and shows a placeholder at the placeholder site's domain, so
 * `npm start` works on a fresh clone; a CI build without a real address is refused, so no
 * published page asks readers to write to an address nobody reads. No framework imports here
 * (astro.config.mjs reads this file).
 */
import { isCI, PLACEHOLDER_SITE_URL } from "./site-url";

/** The address a local build shows when CONTACT_EMAIL is unset. Defined here and nowhere else. */
export const PLACEHOLDER_CONTACT_EMAIL = `corrections@${new URL(PLACEHOLDER_SITE_URL).hostname}`;

type Env = Readonly<Record<string, string | undefined>>;

/** Thrown when CONTACT_EMAIL is missing in CI or is not a usable address. */
export class ContactEmailError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ContactEmailError";
  }
}

/** One mailbox: a local part and a domain with a dot or "localhost"; no spaces, no display name. */
const ADDRESS = /^[^\s@<>"(),;:\\[\]]+@(?:(?:[a-z0-9-]+\.)+[a-z0-9-]+|localhost)$/i;

/**
 * The contact address. Throws a ContactEmailError that says what to do when CONTACT_EMAIL is
 * unset in CI, is the placeholder in CI, or is not one plain e-mail address.
 */
export function resolveContactEmail(env: Env): string {
  const raw = (env["CONTACT_EMAIL"] ?? "").trim().replace(/^mailto:/i, "");
  if (raw === "") {
    if (isCI(env))
      throw new ContactEmailError(
        [
          "CONTACT_EMAIL is not set, and this is a CI build (CI is set), so the build stops here.",
          "The standards, about and corrections pages tell readers where to send a correction or a reply; without it they would give the placeholder " +
            `${PLACEHOLDER_CONTACT_EMAIL}.`,
          "Fix: set CONTACT_EMAIL to a mailbox the team reads, e.g. CONTACT_EMAIL=corrections@pow.example.net npm run build.",
          "On GitHub: Settings > Secrets and variables > Actions > Variables > New repository variable CONTACT_EMAIL.",
          "For a local build that is never published, leave CI unset.",
        ].join("\n"),
      );
    return PLACEHOLDER_CONTACT_EMAIL;
  }
  if (!ADDRESS.test(raw))
    throw new ContactEmailError(
      `CONTACT_EMAIL=${JSON.stringify(raw)} is not one e-mail address. Fix: write the bare address, e.g. corrections@pow.example.net (no name, no angle brackets, no second address).`,
    );
  if (raw.toLowerCase() === PLACEHOLDER_CONTACT_EMAIL && isCI(env))
    throw new ContactEmailError(
      `CONTACT_EMAIL is the placeholder ${PLACEHOLDER_CONTACT_EMAIL}, which must never be published. Fix: set CONTACT_EMAIL to a mailbox the team reads.`,
    );
  return raw;
}
