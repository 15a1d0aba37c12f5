// Runs `renja validate --format json` on the given files in a fresh process and prints its own time and peak RSS,
// so the command line's memory is measured apart from the bench that generated the files.
import v8 from "node:v8";
import { validateFiles, type Io } from "../src/cli/validate";

v8.setFlagsFromString("--max-semi-space-size=64"); // as bin/renja.js

const silent: Io = { stdout: { write: () => true }, stderr: { write: () => true }, isTTY: false, size: () => 0 };

void (async () => {
  const t0 = process.hrtime.bigint();
  const exit = await validateFiles(process.argv.slice(2), { format: "json" }, silent);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  process.stdout.write(JSON.stringify({ ms: Math.round(ms), peakMB: Math.round(process.resourceUsage().maxRSS / 1024), exit }) + "\n");
})();
