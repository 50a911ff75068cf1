/** Limits on quotations: short passages only (one or two sentences, 300 characters at most). */
export const MAX_QUOTE_CHARS = 300;
export const MAX_QUOTE_SENTENCES = 2;

/**
 * Sentences in a quotation: runs of text ending in . ! ? or an ellipsis followed by a space and
 * a capital letter or an opening quote. Abbreviations like "U.N." are not split because no
 * space follows the inner dots.
 */
export function countSentences(text: string): number {
  const trimmed = text.trim();
  if (trimmed === "") return 0;
  const breaks = trimmed.match(/[.!?…]+["'”’)\]]*\s+(?=["'“‘(\[]?[\p{Lu}\d])/gu);
  return (breaks?.length ?? 0) + 1;
}

/** Plain-language problems with a quotation's length; empty when it is short enough. */
export function quoteProblems(quote: string): string[] {
  const problems: string[] = [];
  const length = [...quote.trim()].length;
  if (length > MAX_QUOTE_CHARS) {
    problems.push(
      `The quote is ${length} characters long; the limit is ${MAX_QUOTE_CHARS}. Quote only the words that matter and say the rest in your own words.`,
    );
  }
  const sentences = countSentences(quote);
  if (sentences > MAX_QUOTE_SENTENCES) {
    problems.push(
      `The quote has ${sentences} sentences; the limit is ${MAX_QUOTE_SENTENCES}. Keep one or two sentences and paraphrase the rest briefly in your own words.`,
    );
  }
  return problems;
}
