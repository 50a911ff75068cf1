/**
 * The deterministic ZIP for the "whole package" download, compressed (DEFLATE, level 9) by
 * fflate. Same files in, same bytes out: entries keep their given order and every entry gets
 * the same fixed timestamp, so a rebuild of the same data version yields an identical file, on
 * any machine and in any time zone. Names are UTF-8; entries carry Unix permissions rw-r--r--.
 */
import { zipSync, type ZipOptions } from "fflate";

export interface ZipEntry {
  /** Path inside the archive, with forward slashes, e.g. `data/sources.csv`. */
  name: string;
  data: Uint8Array | string;
}

const UNIX = 3; // "version made by" host: Unix, so unzip keeps the permissions below
const FILE_MODE = (0o100644 << 16) >>> 0; // regular file, rw-r--r--
/** Smallest output; the same level always gives the same bytes. */
const LEVEL = 9;

/**
 * fflate writes a Date's local-time fields as the entry's MS-DOS timestamp. A Date whose local
 * fields equal `modified`'s UTC fields gives the same timestamp in every time zone.
 */
function localStamp(modified: Date): Date {
  const year = modified.getUTCFullYear();
  if (year < 1980 || year > 2099)
    throw new Error(`zip: date ${modified.toISOString()} is outside 1980-2099`);
  return new Date(
    year,
    modified.getUTCMonth(),
    modified.getUTCDate(),
    modified.getUTCHours(),
    modified.getUTCMinutes(),
    modified.getUTCSeconds(),
  );
}

/** Builds a compressed ZIP holding `entries`, all stamped with `modified` (default 1980-01-01). */
export function createZip(
  entries: readonly ZipEntry[],
  modified = new Date(Date.UTC(1980, 0, 1)),
): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const options: ZipOptions = {
    level: LEVEL,
    mtime: localStamp(modified),
    os: UNIX,
    attrs: FILE_MODE,
  };
  // fflate takes the entries as an object: its keys keep insertion order, except keys that are
  // whole numbers, which JavaScript puts first. Such names are refused rather than reordered.
  const files: Record<string, [Uint8Array, ZipOptions]> = {};
  for (const entry of entries) {
    if (
      !entry.name ||
      entry.name.startsWith("/") ||
      entry.name.includes("\\") ||
      entry.name.split("/").includes("..")
    ) {
      throw new Error(`zip: "${entry.name}" is not a safe relative path`);
    }
    if (/^\d+$/.test(entry.name))
      throw new Error(
        `zip: "${entry.name}" is a bare number; put it in a folder or give it an extension`,
      );
    if (Object.hasOwn(files, entry.name)) throw new Error(`zip: "${entry.name}" is listed twice`);
    const data = typeof entry.data === "string" ? encoder.encode(entry.data) : entry.data;
    files[entry.name] = [data, options];
  }
  const zip = zipSync(files, options);
  return new Uint8Array(zip.buffer as ArrayBuffer, zip.byteOffset, zip.byteLength);
}

/** Names of the entries in a ZIP made by `createZip` (reads the central directory). */
export function listZip(zip: Uint8Array): string[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const endAt = zip.length - 22;
  if (endAt < 0 || view.getUint32(endAt, true) !== 0x06054b50)
    throw new Error("zip: no end record");
  const count = view.getUint16(endAt + 10, true);
  let at = view.getUint32(endAt + 16, true);
  const decoder = new TextDecoder();
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 0x02014b50)
      throw new Error(`zip: bad central header at ${at}`);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    names.push(decoder.decode(zip.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + extra + comment;
  }
  return names;
}
