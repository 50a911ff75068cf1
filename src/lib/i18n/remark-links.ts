/**
 * Links in a translated story or page (src/content/{stories,pages}/<name>/<locale>.mdx) lead to
 * the page in the reader's language where it exists, and to the English page where it does not
 * yet: a translator may write /uk/data/abuses/ or /data/abuses/, and the link never breaks as
 * pages are translated one by one (PAGE_LOCALES, ./routes.ts).
 */
import { fileURLToPath } from "node:url";
import { defineMdastPlugin, type MdastPluginEntry } from "satteri";
import { isLocale, splitLocale } from "./locales.ts";
import { hrefIn } from "./routes.ts";

const LOCALE_FILE = /[\\/]src[\\/]content[\\/](?:stories|pages)[\\/][^\\/]+[\\/]([a-z]{2,3})\.mdx$/;

/** The site-internal address a link in a `locale` file should point to. */
export function localizedHref(locale: string, url: string): string {
  if (!isLocale(locale) || !url.startsWith("/") || url.startsWith("//")) return url;
  return hrefIn(locale, splitLocale(url).path);
}

export function localizedLinks(): MdastPluginEntry {
  return ({ fileURL }) => {
    if (!fileURL) return null;
    const locale = LOCALE_FILE.exec(fileURLToPath(fileURL))?.[1];
    if (!isLocale(locale)) return null;
    return defineMdastPlugin({
      name: "captivity-ledger-localized-links",
      link: (node, ctx) => {
        const href = localizedHref(locale, node.url);
        if (href !== node.url) ctx.setProperty(node, "url", href);
      },
    });
  };
}
