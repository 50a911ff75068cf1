// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";

// The public address the site is deployed to. Canonical URLs, the sitemap and the RSS feed use
// it; set SITE_URL when deploying somewhere else.
const site = process.env.SITE_URL ?? "https://captivity-ledger.example.org";

export default defineConfig({
  site,
  trailingSlash: "always",
  build: { format: "directory" },
  integrations: [mdx()],
  // Nothing on the site may contact another server: no prefetch scripts, no remote images.
  prefetch: false,
  devToolbar: { enabled: false },
});
