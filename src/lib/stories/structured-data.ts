/** NewsArticle structured data (schema.org) for a story, serialised safely for a <script>. */
export interface ArticleFacts {
  headline: string;
  description: string;
  byline: string;
  published: Date;
  updated?: Date | undefined;
  url: string;
  publisher: string;
  language: string;
}

export function newsArticle(f: ArticleFacts): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: f.headline,
    description: f.description,
    author: { "@type": "Organization", name: f.byline },
    publisher: { "@type": "Organization", name: f.publisher },
    datePublished: f.published.toISOString().slice(0, 10),
    dateModified: (f.updated ?? f.published).toISOString().slice(0, 10),
    inLanguage: f.language,
    mainEntityOfPage: f.url,
  };
}

/**
 * JSON for a <script type="application/ld+json">: `<`, `>` and `&` are escaped as \u003c etc.,
 * so no text in the data can close the script element.
 */
export function jsonLd(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
