// `npm run size`: raw and gzip size of the production bundles in dist/ (run `npm run build` first),
// and a check that HyperFormula (GPL, tests only) never reached them.
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const dist = path.join(__dirname, "..", "dist");
// Entries, and the lazy chunks the task pane fetches on demand (the built-in nomenclature list on the first
// validation, the list file reader on "Muat daftar nomenklatur"): not part of the core bundle.
const files = fs.existsSync(dist) ? fs.readdirSync(dist).filter((f) => /^[\w-]+\.[0-9a-f]{8}\.js$/.test(f)) : [];
if (!files.some((f) => f.startsWith("taskpane."))) {
  console.error("Tidak ada bundle produksi di dist/: jalankan `RENJA_ADDIN_URL=https://… npm run build` dahulu. / No production bundle in dist/: run `RENJA_ADDIN_URL=https://… npm run build` first.");
  process.exit(1);
}
/** The core task-pane bundle (what every planner downloads first) stays within this, gzip. */
const CORE_LIMIT = 200 * 1024;
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
let failed = false;
for (const f of files.sort()) {
  const buf = fs.readFileSync(path.join(dist, f));
  const gz = zlib.gzipSync(buf, { level: 9 }).length;
  const lazy = /^(taskpane|commands)\./.test(f) ? "" : "  (dimuat saat diperlukan / lazy chunk)";
  console.log(`${f.padEnd(28)} ${kib(buf.length).padStart(12)} raw ${kib(gz).padStart(12)} gzip${lazy}`);
  if (f.startsWith("taskpane.") && gz > CORE_LIMIT) {
    console.error(`  ${f}: ${kib(gz)} gzip, di atas batas ${kib(CORE_LIMIT)} untuk bundle inti / over the core bundle's limit.`);
    failed = true;
  }
  if (/hyperformula/i.test(buf.toString("utf8"))) {
    console.error(`  ${f} contains HyperFormula: it is for tests only and must not be bundled.`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
