// Worker entry: the CLI runs its TypeScript through tsx (bin/renja.js), and so does each worker thread.
require("node:v8").setFlagsFromString("--max-semi-space-size=64");
require("tsx/cjs");
require("./validate-worker.ts");
