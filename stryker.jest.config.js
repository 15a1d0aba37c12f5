// Jest for mutation testing (npm run mutate): the engine's tests only. Browser, LibreOffice, build and serve tests
// exercise other processes (Chromium, soffice, webpack, a server) that a mutant of src/renja cannot change.
const base = require("./jest.config.js");

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testPathIgnorePatterns: ["/node_modules/", "/tests/browser/", "libreoffice\\.test\\.ts$", "build\\.test\\.ts$", "docs\\.test\\.ts$", "manifest\\.test\\.ts$", "security\\.test\\.ts$", "bad-input\\.test\\.ts$", "cli-generate\\.test\\.ts$", "serve\\.test\\.ts$"],
};
