// Jest for mutation testing (npm run mutate): the tests that run the engine in this process. A mutant is switched on
// inside the jest worker only, so tests that drive another process (Chromium, soffice, webpack, a server, or
// bin/renja.js as a child process) cannot kill one and only cost time. Left out:
// - browser, LibreOffice (recalculation and print), build, serve, docs, manifest, security: other processes or files, not the engine;
// - cli-output, cli-usage: every test runs bin/renja.js as a child process;
// - bad-input, cli-generate: hostile .xlsx files against the reader's limits and template writing (src/cli),
//   much of it through child processes;
// - nothing-lost: asserts that input files keep their bytes (an I/O property of src/cli), 40 s per load.
//
// RENJA_MUTATE_TESTS=rupiah,angka (test file names without .test.ts) narrows the tests to the unit tests of the
// files being mutated: a mutant of a parser is otherwise reached by most of the suite and each survivor costs a
// whole suite run (about 5 min of CPU). Results land in the incremental file either way; a later run with more
// tests retests only the survivors those tests reach. See docs/mutasi.md.
const base = require("./jest.config.js");

const only = (process.env.RENJA_MUTATE_TESTS ?? "")
  .split(",")
  .map((s) => s.trim())
  .filter((s) => s !== "");

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testPathIgnorePatterns: [
    "/node_modules/",
    "/tests/browser/",
    "libreoffice\\.test\\.ts$",
    "print-render\\.test\\.ts$",
    "build\\.test\\.ts$",
    "docs\\.test\\.ts$",
    "manifest\\.test\\.ts$",
    "security\\.test\\.ts$",
    "serve\\.test\\.ts$",
    "bad-input\\.test\\.ts$",
    "cli-generate\\.test\\.ts$",
    "cli-output\\.test\\.ts$",
    "cli-usage\\.test\\.ts$",
    "nothing-lost\\.test\\.ts$",
  ],
  ...(only.length > 0 ? { testMatch: only.map((name) => `**/tests/${name}.test.ts`) } : {}),
};
