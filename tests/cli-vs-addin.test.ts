// The same workbook through the command line (.xlsx via ExcelJS) and through the Excel adapter (in-memory host)
// gives the same findings: the two front ends only read grids, the engine decides.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { validateFiles } from "../src/cli/validate";
import { readXlsxGrid } from "../src/cli/xlsx-grid";
import { createMemoryExcel } from "../src/excel/memory";
import type { Finding } from "../src/renja/finding";
import type { WorkbookGrid } from "../src/renja/grid";
import { createExcelPort, runValidation } from "../src/taskpane/services";
import { generateWorkbook } from "./generator/renja-generator";
import { PLANT_KINDS, plant } from "./generator/plant";
import { Rng } from "./generator/prng";
import { writeWorkbookXlsx } from "./generator/write-xlsx";
import { captureIo } from "./helpers/io";

const SAMPLE = path.resolve(__dirname, "../seeds/renja-dinsos-malang-2024.xlsx");
const dir = mkdtempSync(path.join(tmpdir(), "renja-cli-addin-"));

async function throughCli(file: string): Promise<Finding[]> {
  const io = captureIo();
  await validateFiles([file], { format: "json" }, io);
  return JSON.parse(io.out()).findings as Finding[];
}

/** The workbook as Excel holds it (what the CLI read from the file), read back through the add-in's adapter. */
async function throughAddin(grid: WorkbookGrid): Promise<Finding[]> {
  const host = createMemoryExcel(structuredClone(grid), { requirementSets: { ExcelApi: "1.7" } });
  const run = await runValidation(createExcelPort(host.run, host.isSetSupported));
  // JSON round trip: the CLI's findings went through JSON too (undefined fields dropped).
  return JSON.parse(JSON.stringify(run.result.findings)) as Finding[];
}

test("the sample workbook: identical findings from the CLI and from the add-in", async () => {
  const cli = await throughCli(SAMPLE);
  const addin = await throughAddin(await readXlsxGrid(SAMPLE));
  expect(cli.length).toBeGreaterThan(100);
  expect(addin).toEqual(cli);
});

test.each([3, 11])("a generated workbook with planted errors (seed %i): identical findings", async (seed) => {
  const gen = generateWorkbook({ seed, subkegiatan: 120 });
  const rng = new Rng(seed);
  for (const kind of PLANT_KINDS.slice(0, 12)) plant(gen, kind, rng);
  const file = path.join(dir, `gen-${seed}.xlsx`);
  await writeWorkbookXlsx(gen.grid, file);
  const cli = await throughCli(file);
  const addin = await throughAddin(await readXlsxGrid(file));
  expect(cli.some((f) => f.severity === "error")).toBe(true);
  expect(addin).toEqual(cli);
});
