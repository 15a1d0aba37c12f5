// A large workbook for the manual acceptance test in Excel (docs/uji-di-excel.md, step 7): about 10 000 rows per
// Renja table, header blocks repeated at every page break (thousands of merged areas), a few planted errors.
// Usage: npx tsx scripts/uji-besar.ts [OUT.xlsx]   (default test-output/uji-10k.xlsx)
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { PLANT_KINDS, plant } from "../tests/generator/plant";
import { Rng } from "../tests/generator/prng";
import { generateWorkbook } from "../tests/generator/renja-generator";
import { writeWorkbookXlsx } from "../tests/generator/write-xlsx";

const out = resolve(process.argv[2] ?? "test-output/uji-10k.xlsx");
const gen = generateWorkbook({ seed: 14, subkegiatan: 5_000 });
const rng = new Rng(14);
for (const kind of PLANT_KINDS.slice(0, 12)) plant(gen, kind, rng);
mkdirSync(dirname(out), { recursive: true });
void writeWorkbookXlsx(gen.grid, out).then(() => {
  const rows = Math.max(...gen.grid.sheets.map((s) => s.values.length));
  const merges = gen.grid.sheets.reduce((n, s) => n + (s.merges?.length ?? 0), 0);
  console.log(`${out}: ${gen.grid.sheets.length} lembar, sampai ${rows} baris, ${merges} area gabungan.`);
});
