// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { satteri } from "@astrojs/markdown-satteri";
import { storyChecker } from "./src/lib/stories/remark-story.ts";
import { localizedLinks } from "./src/lib/i18n/remark-links.ts";
import { externalLinks } from "./src/lib/stories/external-links.ts";
import { dataReload } from "./src/integrations/data-reload.ts";
import sitemap from "@astrojs/sitemap";
import { resolveSiteUrl } from "./src/lib/site/site-url.ts";
import { sitemapI18n } from "./src/lib/site/sitemap.ts";
import { resolveContactEmail } from "./src/lib/site/contact.ts";

// The public address the site is deployed to: canonical URLs, the sitemap and the RSS feed use
// it. Set SITE_URL; a local build without it gets a placeholder, a CI build without it stops
// with a message saying what to set (src/lib/site/site-url.ts).
const site = resolveSiteUrl(process.env);
// Where readers send a correction or a reply (/standards/, /about/, /corrections/). Checked
// here so that a CI build without a real address stops before any page is written
// (src/lib/site/contact.ts); the pages read it again with the same function.
resolveContactEmail(process.env);

export default defineConfig({
  site,
  trailingSlash: "always",
  // "never": every stylesheet is a file, so the Content-Security-Policy can say style-src 'self'.
  build: { format: "directory", inlineStylesheets: "never" },
  integrations: [
    // Stories: the checker fails the build on any editor mistake, with file:line:col and a fix,
    // and numbers citations (src/lib/stories/remark-story.ts).
    // Links to other websites written in MDX get rel="noreferrer" (src/lib/stories/external-links.ts).
    mdx({
      processor: satteri({
        mdastPlugins: [storyChecker(), localizedLinks()],
        hastPlugins: [externalLinks()],
      }),
    }),
    // Each page lists its other language editions (xhtml:link hreflang), as its <head> does;
    // computed in one pass (src/lib/site/sitemap.ts), not by the integration's quadratic i18n.
    sitemap(sitemapI18n((page) => !/\/404\/?$/.test(page))),
    // `npm run dev` picks up edits to data/ without a restart (src/integrations/data-reload.ts).
    dataReload(),
  ],
  // Astro 7's default ("jsx") drops the space at a line break between a word and an inline
  // element, so "the\n<a>" reads "the<a>". `true` collapses whitespace without losing it.
  compressHTML: true,
  // Nothing on the site may contact another server: no prefetch scripts, no remote images.
  prefetch: false,
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        // Astro 7.3 makes the bundler warn once per story ("use astro:head-inject" may not be
        // preserved, withastro/astro#18087): harmless, and a wall of it would hide the warnings
        // editors need to see. Every other warning still prints.
        onwarn(warning, warn) {
          if (
            warning.code === "MODULE_LEVEL_DIRECTIVE" &&
            String(warning.message).includes("astro:head-inject")
          )
            return;
          warn(warning);
        },
      },
    },
  },
});
