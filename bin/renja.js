#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx, so `npx renja` works in a fresh clone without a build step.
require("tsx/cjs");
require("../src/cli/main.ts");
