import { afterEach, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { createZip, listZip } from "../../../src/lib/site/zip";

// A CSV large and repetitive enough that DEFLATE must shrink it a lot.
const bigCsv = `id,date,count\n${Array.from({ length: 2000 }, (_, i) => `row-${i},2025-01-${String((i % 28) + 1).padStart(2, "0")},${i % 97}`).join("\n")}\n`;
const entries = [
  { name: "datapackage.json", data: '{"name":"x"}\n' },
  { name: "data/sources.csv", data: "id,title\nap-1,Ünïcode “quotes”\n" },
  { name: "data/big.csv", data: bigCsv },
  { name: "data/empty.csv", data: new Uint8Array() },
];
const text = (data: Uint8Array | string): string =>
  typeof data === "string" ? data : new TextDecoder().decode(data);
const day = new Date(Date.UTC(2026, 2, 11));

function hasUnzip(): boolean {
  return spawnSync("unzip", ["-v"]).status === 0;
}

/** The MS-DOS date and time of the first local header, decoded. */
function firstStamp(zip: Uint8Array): string {
  const b = Buffer.from(zip);
  const time = b.readUInt16LE(10);
  const date = b.readUInt16LE(12);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${(date >> 9) + 1980}-${pad((date >> 5) & 15)}-${pad(date & 31)} ${pad(time >> 11)}:${pad((time >> 5) & 63)}:${pad((time & 31) * 2)}`;
}

describe("createZip", () => {
  const zone = process.env["TZ"];
  afterEach(() => {
    process.env["TZ"] = zone;
  });

  it("gives the same bytes for the same input, and other bytes for another date", () => {
    const a = createZip(entries, day);
    const b = createZip(entries, new Date(day));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(Buffer.from(a).equals(Buffer.from(createZip(entries)))).toBe(false);
  });

  it("gives the same bytes in any time zone (the timestamp is the UTC day)", () => {
    const utc = createZip(entries, day);
    for (const tz of ["America/Los_Angeles", "Asia/Kolkata", "Pacific/Kiritimati"]) {
      process.env["TZ"] = tz;
      expect(firstStamp(createZip(entries, day)), tz).toBe("2026-03-11 00:00:00");
      expect(Buffer.from(createZip(entries, day)).equals(Buffer.from(utc)), tz).toBe(true);
    }
  });

  it("stamps every entry with the given time", () => {
    expect(firstStamp(createZip(entries))).toBe("1980-01-01 00:00:00");
    expect(firstStamp(createZip(entries, new Date(Date.UTC(2026, 2, 11, 13, 5, 8))))).toBe(
      "2026-03-11 13:05:08",
    );
  });

  it("lists every entry in the given order", () => {
    expect(listZip(createZip(entries))).toEqual(entries.map((e) => e.name));
  });

  it("is compressed (DEFLATE), and inflates back to the same bytes", () => {
    const zip = createZip(entries, day);
    expect(Buffer.from(zip).readUInt16LE(8)).toBe(8); // method: deflated
    const input = entries.reduce(
      (sum, e) => sum + new TextEncoder().encode(text(e.data)).length,
      0,
    );
    expect(zip.length).toBeLessThan(input / 3);
    const out = unzipSync(zip);
    expect(Object.keys(out)).toEqual(entries.map((e) => e.name));
    for (const e of entries) expect(text(out[e.name]!), e.name).toBe(text(e.data));
  });

  it("refuses unsafe, duplicate or bare-number names", () => {
    expect(() => createZip([{ name: "../x", data: "" }])).toThrow(/safe relative path/);
    expect(() => createZip([{ name: "/x", data: "" }])).toThrow(/safe relative path/);
    expect(() => createZip([{ name: "a\\b", data: "" }])).toThrow(/safe relative path/);
    expect(() => createZip([{ name: "2024", data: "" }])).toThrow(/bare number/);
    expect(() =>
      createZip([
        { name: "a", data: "" },
        { name: "a", data: "" },
      ]),
    ).toThrow(/twice/);
  });

  it.runIf(hasUnzip())("is read by unzip, names, dates and contents intact", () => {
    const dir = mkdtempSync(join(tmpdir(), "zip-test-"));
    const file = join(dir, "package.zip");
    writeFileSync(file, createZip(entries, day));
    const list = spawnSync("unzip", ["-l", file], { encoding: "utf8" });
    expect(list.status).toBe(0);
    for (const entry of entries) expect(list.stdout).toContain(entry.name);
    expect(list.stdout).toMatch(/2026-03-11|03-11-2026/);
    const test = spawnSync("unzip", ["-t", file], { encoding: "utf8" });
    expect(test.stdout).toContain("No errors detected");
    spawnSync("unzip", ["-q", "-d", join(dir, "out"), file]);
    expect(readFileSync(join(dir, "out", "data/sources.csv"), "utf8")).toBe(
      "id,title\nap-1,Ünïcode “quotes”\n",
    );
    expect(readFileSync(join(dir, "out", "data/big.csv"), "utf8")).toBe(bigCsv);
  });
});
