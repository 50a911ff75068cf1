// What `npm run check:story` (scripts/check-story.mjs) adds to the environment of its build:
// drafts are read and checked like any other story (src/content.config.ts; their pages are
// still not published), so a broken draft is found before it is handed in. tests/unit/stories/build-failure.test.ts builds with it.
export const HAND_IN_ENV = { CAPTIVITY_CHECK_DRAFTS: "1" };
