// Turns the sample workbook into the JSON grid the preview loads (`npm run preview` runs this first):
//   tsx scripts/seed-to-grid.ts [input.xlsx] [output.json]
// Reads through the CLI's ExcelJS reader, so the preview sees what the CLI sees. A missing seed is not an
// error: the preview then falls back to its small built-in workbook.
import { existsSync, mkdirSync, writeFileSync } from "fs";
import * as path from "path";
import { readXlsxGrid } from "../src/cli/xlsx-grid";

async function main(): Promise<void> {
  const root = path.join(__dirname, "..");
  const input = path.resolve(process.argv[2] ?? path.join(root, "seeds", "renja-dinsos-malang-2024.xlsx"));
  const output = path.resolve(process.argv[3] ?? path.join(root, "dist", "preview-data", "sample-grid.json"));
  if (!existsSync(input)) {
    console.log(`Contoh buku kerja tidak ditemukan (${path.relative(root, input)}); pratinjau memakai contoh bawaan.`);
    console.log(`Sample workbook not found (${path.relative(root, input)}); the preview uses its built-in sample.`);
    return;
  }
  const grid = await readXlsxGrid(input);
  mkdirSync(path.dirname(output), { recursive: true });
  writeFileSync(output, JSON.stringify(grid));
  const cells = grid.sheets.reduce((n, s) => n + s.values.reduce((m, r) => m + r.length, 0), 0);
  console.log(`${path.relative(root, output)}: ${grid.sheets.length} lembar, ${cells} sel`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
