// Runs `renja validate --format json` on the given files in a fresh process and prints its own time and peak RSS,
// so the command line's memory is measured apart from the bench that generated the files. With --exceljs first,
// the same validation reads through the old ExcelJS whole-workbook load instead (the side-by-side baseline).
import v8 from "node:v8";
import { validateFiles, type Io } from "../src/cli/validate";
import { validateWorkbook } from "../src/renja/engine";
import { readWithExcelJs } from "../tests/helpers/exceljs-grid";

v8.setFlagsFromString("--max-semi-space-size=64"); // as bin/renja.js

const silent: Io = { stdout: { write: () => true }, stderr: { write: () => true }, isTTY: false, size: () => 0 };

async function viaExcelJs(files: string[]): Promise<number> {
  let exit = 0;
  for (const f of files) {
    try {
      const r = validateWorkbook(await readWithExcelJs(f));
      JSON.stringify(r.findings);
      if (r.summary.errors > 0) exit = Math.max(exit, 1);
    } catch {
      exit = 2;
    }
  }
  return exit;
}

void (async () => {
  const args = process.argv.slice(2);
  const excelJs = args[0] === "--exceljs";
  const files = excelJs ? args.slice(1) : args;
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const exit = excelJs ? await viaExcelJs(files) : await validateFiles(files, { format: "json" }, silent);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  // CPU time of the whole process, worker threads included: steadier than wall time on a shared machine.
  const cpu = process.cpuUsage(c0);
  process.stdout.write(JSON.stringify({ ms: Math.round(ms), cpuMs: Math.round((cpu.user + cpu.system) / 1000), peakMB: Math.round(process.resourceUsage().maxRSS / 1024), exit }) + "\n");
})();
