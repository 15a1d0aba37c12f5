// Runs `renja validate --format json` on the given files in a fresh process and prints its own time and peak RSS,
// so the command line's memory is measured apart from the bench that generated the files. With --exceljs, the same
// validation (the same list, the same fix planning) reads through the old ExcelJS whole-workbook load instead (the
// side-by-side baseline). --tanpa-nomenklatur turns the nomenclature checks off in both.
import v8 from "node:v8";
import { validateFiles, type Io } from "../src/cli/validate";

v8.setFlagsFromString("--max-semi-space-size=64"); // as bin/renja.js

const silent: Io = { stdout: { write: () => true }, stderr: { write: () => true }, isTTY: false, size: () => 0 };

async function viaExcelJs(files: string[], tanpaNomenklatur: boolean): Promise<number> {
  // Loaded only for this baseline, so the streaming line's memory holds neither ExcelJS nor an eagerly loaded list.
  const { validateWithFixPlan } = await import("../src/renja/fix-plan");
  const { builtinNomenklatur } = await import("../src/renja/nomenklatur-bawaan");
  const { readWithExcelJs } = await import("../tests/helpers/exceljs-grid");
  let exit = 0;
  const nomenklatur = tanpaNomenklatur ? undefined : builtinNomenklatur();
  for (const f of files) {
    try {
      const r = validateWithFixPlan(await readWithExcelJs(f), { nomenklatur, nomenklaturName: nomenklatur?.name }).result;
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
  const excelJs = args.includes("--exceljs");
  const tanpaNomenklatur = args.includes("--tanpa-nomenklatur");
  const files = args.filter((a) => !a.startsWith("--"));
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const exit = excelJs ? await viaExcelJs(files, tanpaNomenklatur) : await validateFiles(files, { format: "json", tanpaNomenklatur }, silent);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  // CPU time of the whole process, worker threads included: steadier than wall time on a shared machine.
  const cpu = process.cpuUsage(c0);
  process.stdout.write(JSON.stringify({ ms: Math.round(ms), cpuMs: Math.round((cpu.user + cpu.system) / 1000), peakMB: Math.round(process.resourceUsage().maxRSS / 1024), exit }) + "\n");
})();
