/**
 * Bytes to text, and character offsets to file lines and columns.
 * Positions are computed here from offsets because a CSV record is not a line: a quoted
 * cell may hold line breaks.
 */

export type Decoded =
  | { ok: true; text: string; hadBom: boolean }
  | { ok: false; badLines: { line: number; column: number; byte: number }[] };

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Decode UTF-8 strictly; on failure, say on which lines the bad bytes are. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    const text = utf8.decode(bytes);
    const hadBom = text.charCodeAt(0) === 0xfeff;
    return { ok: true, text: hadBom ? text.slice(1) : text, hadBom };
  } catch {
    return { ok: false, badLines: findInvalidUtf8(bytes) };
  }
}

/** Length of the valid UTF-8 sequence starting at `i`, or 0 if the byte there starts none. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] ?? 0;
  if (b0 < 0x80) return 1;
  let length: number;
  let min: number;
  if (b0 >= 0xc2 && b0 <= 0xdf) [length, min] = [2, 0x80];
  else if (b0 >= 0xe0 && b0 <= 0xef) [length, min] = [3, 0x800];
  else if (b0 >= 0xf0 && b0 <= 0xf4) [length, min] = [4, 0x10000];
  else return 0;
  let codePoint = b0 & (0xff >> (length + 1));
  for (let k = 1; k < length; k++) {
    const b = bytes[i + k];
    if (b === undefined || (b & 0xc0) !== 0x80) return 0;
    codePoint = (codePoint << 6) | (b & 0x3f);
  }
  if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) {
    return 0;
  }
  return length;
}

/** First invalid byte on each line that has one (line and character column are 1-based). */
export function findInvalidUtf8(
  bytes: Uint8Array,
): { line: number; column: number; byte: number }[] {
  const found: { line: number; column: number; byte: number }[] = [];
  let line = 1;
  let column = 1;
  let reportedLine = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b === 0x0a) {
      line++;
      column = 1;
      i++;
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length === 0) {
      if (reportedLine !== line) {
        found.push({ line, column, byte: b });
        reportedLine = line;
      }
      i++;
    } else {
      i += length;
    }
    column += length === 4 ? 2 : 1;
  }
  return found;
}

/** Maps character offsets in a text to 1-based lines and columns (\n, \r\n and \r end lines). */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
  }

  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.starts[lo] ?? 0) + 1 };
  }
}
