// Jest for mutation testing (npm run mutate): the tests that run the engine in this process. A mutant is switched on
// inside the jest worker only, so tests that drive another process (Chromium, soffice, webpack, a server, or
// bin/renja.js as a child process) cannot kill one and only cost time. Left out:
// - browser, LibreOffice, build, serve, docs, manifest, security: other processes or files, not the engine;
// - cli-output, cli-usage: every test runs bin/renja.js as a child process;
// - bad-input, cli-generate: hostile .xlsx files against the reader's limits and template writing (src/cli),
//   much of it through child processes;
// - nothing-lost: asserts that input files keep their bytes (an I/O property of src/cli), 40 s per load.
const base = require("./jest.config.js");

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testPathIgnorePatterns: [
    "/node_modules/",
    "/tests/browser/",
    "libreoffice\\.test\\.ts$",
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
};
