/**
 * RSS 2.0 feed of corrections, newest first, one per language (/corrections/rss.xml,
 * /uk/corrections/rss.xml ...): every data correction (data/corrections.csv) and every story or
 * page correction (src/content/corrections). Each item links to its entry on the corrections
 * page. Data corrections give their reason in the feed's language (data/correction_texts.csv);
 * story corrections theirs where the note is translated (summary_uk ...), else the English,
 * which other languages' feeds say is English.
 */
import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { allCorrections } from "../../../components/site/collections";
import { SITE } from "../../../lib/site";
import { correctionAnchor, correctionRows } from "../../../lib/site/corrections";
import { load } from "../../../lib/data";
import { reasonIn } from "../../../lib/data/corrections";
import { correctionIn } from "../../../lib/stories/frontmatter";
import { siteOrPlaceholder } from "../../../lib/site/site-url";
import {
  hrefIn,
  localeParams,
  pageLocales,
  translator,
  type Locale,
  type MessageKey,
} from "../../../lib/i18n";

export const getStaticPaths = () => localeParams(pageLocales("/corrections/rss.xml"));

export const GET: APIRoute = async (context) => {
  const locale = context.props["locale"] as Locale;
  const t = translator(locale);
  const site = siteOrPlaceholder(context.site);
  const page = hrefIn(locale, "/corrections/");
  const inEnglish = (text: string) =>
    locale === "en" ? text : `${text} ${t("corrections.inEnglish")}`;
  const texts = load("correction_texts");
  const data = correctionRows().map((c) => ({
    title: `${t(`correction.kind.${c.kind}` as MessageKey)} ${c.resource}/${c.record_id} (${t("correction.version", { version: c.version })})`,
    description: reasonIn(texts, c.id, locale) ?? inEnglish(c.reason),
    link: new URL(`${page}#${correctionAnchor(c)}`, site).href,
    pubDate: new Date(`${c.date.iso}T00:00:00Z`),
  }));
  const stories = (await allCorrections()).map((c) => {
    const words = correctionIn(c.data, locale);
    const text = `${words.summary} ${words.reason}`;
    return {
      title: `${t("corrections.title")}: ${c.data.story ?? c.data.dataset ?? c.data.row ?? c.id}`,
      description: words.lang === locale ? text : inEnglish(text),
      link: new URL(`${page}#correction-${c.id}`, site).href,
      pubDate: c.data.date,
    };
  });
  return rss({
    title: t("corrections.feedTitle", { site: SITE.name }),
    description: t("corrections.description"),
    site: new URL(page, site).href,
    trailingSlash: true,
    items: [...data, ...stories].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime()),
    customData: `<language>${locale}</language>`,
  });
};
