/** Facts about the publication used across pages. No framework imports here. */
export const SITE = {
  name: "Captivity Ledger",
  tagline:
    "Prisoners of war in Russia's war on Ukraine: exchanges, contact with families, documented abuses.",
  description:
    "An investigative data site on prisoners of war in Russia's war on Ukraine: the exchanges that bring them home, whether they may call or write to their families, and the abuses documented against them. Every figure traces to a data row and every row to a source.",
  lang: "en",
} as const;
