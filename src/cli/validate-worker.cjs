// Worker entry: the CLI runs its TypeScript through tsx (bin/renja.js), and so does each worker thread.
require("tsx/cjs");
require("./validate-worker.ts");
