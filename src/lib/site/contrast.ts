/** WCAG 2.2 contrast ratio between two sRGB colours written as #rgb or #rrggbb. */
export function parseHex(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!match?.[1]) throw new Error(`"${hex}" is not a #rgb or #rrggbb colour`);
  const digits =
    match[1].length === 3
      ? [...match[1]].map((d) => d + d)
      : [match[1].slice(0, 2), match[1].slice(2, 4), match[1].slice(4, 6)];
  return digits.map((d) => parseInt(d, 16)) as [number, number, number];
}

/** Relative luminance (WCAG 2.x definition, sRGB threshold 0.04045). */
export function luminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
