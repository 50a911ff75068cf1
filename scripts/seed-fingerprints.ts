// `npm run fingerprints:seeds [-- <seeds folder>]`: writes fingerprints of the source documents
// (default ../shared/seeds, files named NNN_*.txt) to tests/fixtures/originality/, so the
// originality test runs wherever the documents themselves are absent, CI included. Only hashes
// of 9-word runs are written, never the documents' text. Run it when a source document is added.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { FINGERPRINTS_FILE, fingerprintFile } from "../tests/support/originality.ts";

const dir = resolve(process.argv[2] ?? "../shared/seeds");
if (!existsSync(dir)) {
  console.error(
    `${dir} does not exist. Give the folder holding the source documents: npm run fingerprints:seeds -- <folder>`,
  );
  process.exit(1);
}
const files = readdirSync(dir)
  .filter((f) => /^\d+_.*\.txt$/.test(f))
  .sort();
if (files.length === 0) {
  console.error(`${dir} holds no source documents (files named like 000_name.txt).`);
  process.exit(1);
}
const out = fingerprintFile(
  files.map((file) => ({ file, text: readFileSync(join(dir, file), "utf8") })),
);
mkdirSync(dirname(FINGERPRINTS_FILE), { recursive: true });
writeFileSync(FINGERPRINTS_FILE, `${JSON.stringify(out, null, 2)}\n`);
console.log(
  `${FINGERPRINTS_FILE}: ${out.documents.length} documents, ${out.documents.reduce((s, d) => s + d.runs, 0)} fingerprints`,
);
