#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx, so `npx renja` works in a fresh clone without a build step.
// Validation allocates many short-lived objects per row: a larger young generation halves the time spent in
// garbage collection on large workbooks (measured in bench/run.ts, which runs with the same setting).
require("node:v8").setFlagsFromString("--max-semi-space-size=64");
require("tsx/cjs");
require("../src/cli/main.ts");
