/**
 * RSS 2.0 feed of published stories, newest first, one per language (/rss.xml, /uk/rss.xml ...).
 * A story not yet translated appears in another language's feed in English, marked so, linking
 * to the English page.
 */
import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { storyCards } from "../../components/site/collections";
import { SITE } from "../../lib/site";
import { siteOrPlaceholder } from "../../lib/site/site-url";
import {
  hrefIn,
  localeParams,
  pageLocales,
  translator,
  type Locale,
  type MessageKey,
} from "../../lib/i18n";

export const getStaticPaths = () => localeParams(pageLocales("/rss.xml"));

export const GET: APIRoute = async (context) => {
  const locale = context.props["locale"] as Locale;
  const t = translator(locale);
  const stories = await storyCards(locale);
  return rss({
    title: locale === "en" ? SITE.name : `${SITE.name} (${t("language.name")})`,
    description: t("site.description"),
    // The channel links to this language's front page.
    site: new URL(hrefIn(locale, "/"), siteOrPlaceholder(context.site)).href,
    trailingSlash: true,
    items: stories.map((story) => ({
      title: story.translated ? story.title : `${t("stories.inEnglish")}: ${story.title}`,
      description: story.dek,
      link: story.href,
      pubDate: story.published,
      categories: story.topics.map((topic) => t(`topic.${topic}` as MessageKey)),
    })),
    customData: `<language>${locale}</language>`,
  });
};
