/**
 * `npm run dev` only: while a story, translation or correction file has a frontmatter that
 * cannot be read, or a frontmatter or MDX syntax error (found by the content loader,
 * src/content.config.ts), every page throws it, so the browser
 * shows the error overlay with the file, line and fix instead of the last good page. A build
 * stops on the same error before any page is written.
 */
import { defineMiddleware } from "astro:middleware";
import { pendingStoryError } from "./lib/stories/story-errors";

export const onRequest = defineMiddleware((_context, next) => {
  if (import.meta.env.DEV) {
    const error = pendingStoryError();
    if (error) throw error;
  }
  return next();
});
