/** Story slugs: the folder name under src/content/stories/ and the page address /stories/<slug>/. */

/** "I want to live": Ukraine's hotline -> "i-want-to-live-ukraine-s-hotline". */
export function slugify(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
}
