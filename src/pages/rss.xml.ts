/** RSS 2.0 feed of published stories, newest first. */
import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { publishedStories } from "../components/site/collections";
import { SITE, storyPath } from "../lib/site";
import { siteOrPlaceholder } from "../lib/site/site-url";

export const GET: APIRoute = async (context) => {
  const stories = await publishedStories();
  return rss({
    title: SITE.name,
    description: SITE.description,
    site: siteOrPlaceholder(context.site).href,
    trailingSlash: true,
    items: stories.map((story) => ({
      title: story.data.title,
      description: story.data.dek,
      link: storyPath(story.id),
      pubDate: story.data.published,
      categories: [...story.data.topics],
    })),
    customData: `<language>${SITE.lang}</language>`,
  });
};
