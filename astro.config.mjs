// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";

// The public address the site is deployed to. Canonical URLs, the sitemap and the RSS feed use
// it; set SITE_URL when deploying somewhere else.
const site = process.env.SITE_URL ?? "https://captivity-ledger.example.org";

export default defineConfig({
  site,
  trailingSlash: "always",
  // "never": every stylesheet is a file, so the Content-Security-Policy can say style-src 'self'.
  build: { format: "directory", inlineStylesheets: "never" },
  integrations: [mdx(), sitemap({ filter: (page) => !/\/404\/?$/.test(page) })],
  // Nothing on the site may contact another server: no prefetch scripts, no remote images.
  prefetch: false,
  devToolbar: { enabled: false },
});
