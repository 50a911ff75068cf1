import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createZip, dosDateTime, listZip } from "../../../src/lib/site/zip";

const entries = [
  { name: "datapackage.json", data: '{"name":"x"}\n' },
  { name: "data/sources.csv", data: "id,title\nap-1,Ünïcode “quotes”\n" },
  { name: "data/empty.csv", data: new Uint8Array() },
];

function hasUnzip(): boolean {
  return spawnSync("unzip", ["-v"]).status === 0;
}

describe("createZip", () => {
  it("gives the same bytes for the same input", () => {
    const a = createZip(entries, new Date(Date.UTC(2026, 2, 11)));
    const b = createZip(entries, new Date(Date.UTC(2026, 2, 11)));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const c = createZip(entries);
    expect(Buffer.from(a).equals(Buffer.from(c))).toBe(false);
  });

  it("lists every entry in order", () => {
    expect(listZip(createZip(entries))).toEqual(entries.map((e) => e.name));
  });

  it("stores data uncompressed after each local header", () => {
    const zip = Buffer.from(createZip(entries));
    expect(zip.readUInt32LE(0)).toBe(0x04034b50);
    expect(zip.readUInt16LE(8)).toBe(0); // stored
    const nameLength = zip.readUInt16LE(26);
    const data = zip.subarray(30 + nameLength, 30 + nameLength + zip.readUInt32LE(18));
    expect(data.toString("utf8")).toBe('{"name":"x"}\n');
  });

  it("encodes DOS timestamps", () => {
    expect(dosDateTime(new Date(Date.UTC(1980, 0, 1)))).toEqual({ time: 0, date: 33 });
    expect(dosDateTime(new Date(Date.UTC(2026, 2, 11, 13, 5, 8)))).toEqual({
      time: (13 << 11) | (5 << 5) | 4,
      date: (46 << 9) | (3 << 5) | 11,
    });
  });

  it("refuses unsafe or duplicate names", () => {
    expect(() => createZip([{ name: "../x", data: "" }])).toThrow(/safe relative path/);
    expect(() => createZip([{ name: "/x", data: "" }])).toThrow(/safe relative path/);
    expect(() =>
      createZip([
        { name: "a", data: "" },
        { name: "a", data: "" },
      ]),
    ).toThrow(/twice/);
  });

  it.runIf(hasUnzip())("is read by unzip, names and contents intact", () => {
    const dir = mkdtempSync(join(tmpdir(), "zip-test-"));
    const file = join(dir, "package.zip");
    writeFileSync(file, createZip(entries, new Date(Date.UTC(2026, 2, 11))));
    const list = spawnSync("unzip", ["-l", file], { encoding: "utf8" });
    expect(list.status).toBe(0);
    for (const entry of entries) expect(list.stdout).toContain(entry.name);
    expect(list.stdout).toContain("2026");
    const test = spawnSync("unzip", ["-t", file], { encoding: "utf8" });
    expect(test.stdout).toContain("No errors detected");
    spawnSync("unzip", ["-q", "-d", join(dir, "out"), file]);
    expect(readFileSync(join(dir, "out", "data/sources.csv"), "utf8")).toBe(
      "id,title\nap-1,Ünïcode “quotes”\n",
    );
  });
});
