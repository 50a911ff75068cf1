/**
 * A tiny, deterministic ZIP writer (store only, no compression) for the "whole package"
 * download. Same files in, same bytes out: entries keep their given order and every entry gets
 * the same fixed timestamp, so a rebuild of the same data version yields an identical file.
 * Format: PKWARE APPNOTE 6.3, sections 4.3.7 (local header), 4.3.12 (central directory) and
 * 4.3.16 (end of central directory). Names are UTF-8 (general purpose flag bit 11).
 */
import { crc32 } from "node:zlib";

export interface ZipEntry {
  /** Path inside the archive, with forward slashes, e.g. `data/sources.csv`. */
  name: string;
  data: Uint8Array | string;
}

const UTF8_FLAG = 0x0800;
const VERSION_NEEDED = 10; // 1.0: stored entries only
const MADE_BY_UNIX = (3 << 8) | 20; // host Unix, spec 2.0, so unzip keeps the permissions below
const FILE_MODE = (0o100644 << 16) >>> 0; // regular file, rw-r--r--

/** MS-DOS date and time fields for a UTC date (2-second resolution, years 1980-2107). */
export function dosDateTime(date: Date): { time: number; date: number } {
  const year = date.getUTCFullYear();
  if (year < 1980 || year > 2107)
    throw new Error(`zip: date ${date.toISOString()} is outside 1980-2107`);
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    date: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

/** Builds a ZIP archive holding `entries`, all stamped with `modified` (default 1980-01-01). */
export function createZip(
  entries: readonly ZipEntry[],
  modified = new Date(Date.UTC(1980, 0, 1)),
): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const stamp = dosDateTime(modified);
  const seen = new Set<string>();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;

  for (const entry of entries) {
    if (
      !entry.name ||
      entry.name.startsWith("/") ||
      entry.name.includes("\\") ||
      entry.name.split("/").includes("..")
    ) {
      throw new Error(`zip: "${entry.name}" is not a safe relative path`);
    }
    if (seen.has(entry.name)) throw new Error(`zip: "${entry.name}" is listed twice`);
    seen.add(entry.name);
    const name = encoder.encode(entry.name);
    const data = typeof entry.data === "string" ? encoder.encode(entry.data) : entry.data;
    const crc = crc32(data) >>> 0;

    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, VERSION_NEEDED, true);
    local.setUint16(6, UTF8_FLAG, true);
    local.setUint16(8, 0, true); // method: stored
    local.setUint16(10, stamp.time, true);
    local.setUint16(12, stamp.date, true);
    local.setUint32(14, crc, true);
    local.setUint32(18, data.length, true);
    local.setUint32(22, data.length, true);
    local.setUint16(26, name.length, true);
    local.setUint16(28, 0, true);
    locals.push(new Uint8Array(local.buffer), name, data);

    const central = new DataView(new ArrayBuffer(46));
    central.setUint32(0, 0x02014b50, true);
    central.setUint16(4, MADE_BY_UNIX, true);
    central.setUint16(6, VERSION_NEEDED, true);
    central.setUint16(8, UTF8_FLAG, true);
    central.setUint16(10, 0, true);
    central.setUint16(12, stamp.time, true);
    central.setUint16(14, stamp.date, true);
    central.setUint32(16, crc, true);
    central.setUint32(20, data.length, true);
    central.setUint32(24, data.length, true);
    central.setUint16(28, name.length, true);
    // extra length, comment length, disk number, internal attributes: all 0
    central.setUint32(38, FILE_MODE, true);
    central.setUint32(42, offset, true);
    centrals.push(new Uint8Array(central.buffer), name);

    offset += 30 + name.length + data.length;
  }

  const centralSize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);

  const parts = [...locals, ...centrals, new Uint8Array(end.buffer)];
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
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
