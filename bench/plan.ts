// Fix planning (src/renja/fix-plan.ts) on the command line's large workbook (bench/cli.ts writeLarge: Tabel 4.1
// alone, header blocks every 2000 rows), with the built-in nomenclature list (made-up kode: a finding on nearly
// every row and some 1 700 nama fixes) and without one. Each line gives the planning's time beside one
// validation of the same workbook in the same run: what planning adds is their difference. peakMB is the process's
// peak so far (the generated grid included); the command line's own peak is the cli-validate-large line's.
import { validateWorkbook, type ValidateOptions } from "../src/renja/engine";
import { validateWithFixPlan } from "../src/renja/fix-plan";
import { builtinNomenklatur } from "../src/renja/nomenklatur-bawaan";
import { generateWorkbook } from "../tests/generator/renja-generator";

type Emit = (o: Record<string, unknown>) => void;

const MB = 1024 * 1024;

/** Time and CPU time of `fn`; heap growth with its result alive (after a collection, with --expose-gc). */
function measured<T>(fn: () => T): { ms: number; cpuMs: number; heapDeltaMB: number; last: T } {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heap = process.memoryUsage().heapUsed;
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const last = fn();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const c = process.cpuUsage(c0);
  gc?.();
  return { ms, cpuMs: (c.user + c.system) / 1000, heapDeltaMB: (process.memoryUsage().heapUsed - heap) / MB, last };
}

const r1 = (x: number): number => Math.round(x * 10) / 10;

/** One `plan-…` line per list choice: the fastest of `runs` (CPU time), with the validation it starts from. */
export function benchPlan(emit: Emit, subkegiatan: number, runs: number): void {
  const grid = generateWorkbook({ seed: 2024, subkegiatan, kegiatanPerProgram: [3, 8], subPerKegiatan: [3, 12], tables: ["T4.1"], pageRows: [2000, 2000] }).grid;
  const nomenklatur = builtinNomenklatur();
  for (const [list, options] of [["bawaan", { nomenklatur, nomenklaturName: nomenklatur.name }], ["tanpa", {}]] as [string, ValidateOptions][]) {
    let best: { validate: ReturnType<typeof measured<number>>; plan: ReturnType<typeof measured<ReturnType<typeof validateWithFixPlan>>> } | undefined;
    for (let i = 0; i < runs; i++) {
      // Only its count is kept: the result is let go before planning starts.
      const validate = measured(() => validateWorkbook(grid, options).findings.length);
      const plan = measured(() => validateWithFixPlan(grid, options));
      if (!best || plan.cpuMs < best.plan.cpuMs) best = { validate, plan };
    }
    if (!best) return;
    const p = best.plan.last;
    emit({
      bench: `plan-${subkegiatan >= 1000 ? `${subkegiatan / 1000}k` : subkegiatan}`,
      nomenklatur: list,
      runs,
      ms: r1(best.plan.ms),
      cpuMs: r1(best.plan.cpuMs),
      validateMs: r1(best.validate.ms),
      validateCpuMs: r1(best.validate.cpuMs),
      addedCpuMs: r1(best.plan.cpuMs - best.validate.cpuMs),
      rounds: p.rounds,
      findings: p.result.findings.length,
      fixes: p.fixes.length,
      withheld: p.withheld.length,
      heapDeltaMB: r1(best.plan.heapDeltaMB),
      peakMB: r1(process.resourceUsage().maxRSS / 1024),
    });
  }
}
