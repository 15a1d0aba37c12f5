// `renja` command line: the same engine as the add-in, over .xlsx files (a Bappeda reviews every agency's workbook).
import { Command, CommanderError, Option } from "commander";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { validateFiles } from "./validate";
import { InputError, UsageError } from "./errors";
import { EXIT_UNREADABLE, EXIT_USAGE } from "./exit-codes";
import { commanderExitCode, speakIndonesian } from "./cli-texts";
import { OutputError } from "./output-path";
// template and triwulan load ExcelJS (a third of a second): required when their command runs, never for validate
// (require, not import(): the CLI runs as CommonJS through tsx/cjs, whose hook import() would bypass).
import type { TemplateCliOptions } from "./template";
import type { TriwulanCliOptions } from "./triwulan";

// Libraries (ExcelJS) print English warnings through the console; the CLI itself writes only through its streams,
// so whatever reaches the console comes from a library and is not the planner's to read.
console.warn = () => undefined;
console.log = () => undefined;
console.info = () => undefined;

const version = (JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string }).version;
const stdout = process.stdout;
const stderr = process.stderr;
const columns = (): number | undefined => (stdout.isTTY ? stdout.columns : undefined);

const program = speakIndonesian(new Command(), { out: (s) => stdout.write(s), err: (s) => stderr.write(s) });
program
  .name("renja")
  .description("Validasi dan penyusunan tabel Renja (Permendagri 86/2017) pada berkas .xlsx")
  .version(version, "-V, --version", "tampilkan versi renja");

program
  .command("validate")
  .description("Memvalidasi satu atau beberapa workbook Renja")
  .argument("<berkas...>", "berkas .xlsx")
  .addOption(new Option("--format <bentuk>", "bentuk laporan").choices(["text", "json"]).default("text"))
  .option("--nomenklatur <daftar>", "daftar nomenklatur Kepmendagri (.xlsx) pengganti daftar bawaan (pemutakhiran 2027) untuk memeriksa kode, nama dan satuan")
  .option("--tanpa-nomenklatur", "tanpa pemeriksaan nomenklatur (kode, nama dan satuan terhadap daftar Kepmendagri)")
  .option("--fix-out <berkas>", "tulis salinan yang sudah diperbaiki ke berkas ini (berkas masukan tidak diubah)")
  .option("--in-place", "tulis perbaikan ke berkas masukan itu sendiri, setelah menyimpan cadangan BERKAS.bak.xlsx")
  .option("--timpa", "boleh mengganti berkas --fix-out yang sudah ada (berkas masukan tetap tidak pernah ditimpa)")
  .option("--kolom <peta>", "peran kolom menurut Anda, mis. \"Tabel 4.1!F=pagu,G=sumberDana\" (boleh berulang; \"abaikan\" melewatkan kolom)", (v: string, prev: string[]) => [...prev, v], [] as string[])
  .option("--kolom-file <peta.json>", "peran kolom dari berkas JSON: [{ \"sheet\": \"Tabel 4.1\", \"column\": \"F\", \"role\": \"pagu\" }]")
  .action(async (files: string[], opts: { format: "text" | "json"; nomenklatur?: string; tanpaNomenklatur?: boolean; fixOut?: string; inPlace?: boolean; timpa?: boolean; kolom?: string[]; kolomFile?: string }) => {
    process.exitCode = await validateFiles(files, opts, { stdout, stderr, isTTY: Boolean(stderr.isTTY), columns: columns(), size: (f) => statSync(f, { throwIfNoEntry: false })?.size ?? 0 });
  });

program
  .command("triwulan")
  .description("Menyusun Tabel 4.2 (target dan penyerapan anggaran per triwulan) dari Tabel 4.1, pada salinan workbook")
  .argument("<berkas>", "berkas .xlsx yang memuat Tabel 4.1")
  .requiredOption("--out <berkas>", "berkas keluaran (salinan dengan lembar \"Tabel 4.2 (otomatis)\"); berkas masukan tidak diubah")
  .option("--profile <persen>", "persentase triwulan I-IV, jumlahnya 100 (mis. 25,25,25,25 atau \"6;20,8;39,8;33,4\" atau 25%)")
  .option("--bulat <rupiah>", "bulatkan Rp per triwulan ke kelipatan ini (mis. 1000); selisihnya masuk triwulan terakhir yang berpersentase")
  .option("--tahun <tahun>", "tahun rencana untuk judul (bawaan: dari judul kolom Tabel 4.1)")
  .option("--opd <nama>", "nama perangkat daerah untuk judul (bawaan: dari judul Tabel 4.1)")
  .option("--timpa", "boleh mengganti berkas --out yang sudah ada (berkas masukan tetap tidak pernah ditimpa)")
  .action(async (file: string, opts: TriwulanCliOptions) => {
    const { runTriwulan } = require("./triwulan") as typeof import("./triwulan");
    process.exitCode = await runTriwulan(file, opts, { stdout, stderr });
  });

program
  .command("template")
  .description("Membuat workbook templat tabel Renja (Tabel 2.1-4.2) dengan judul, kolom, rumus dan daftar pilihan")
  .requiredOption("--out <berkas>", "berkas .xlsx keluaran")
  .option("--tahun <tahun>", "tahun rencana (bawaan: tahun depan)")
  .option("--opd <nama>", "nama perangkat daerah, mis. \"Dinas Sosial Kabupaten Malang\"")
  .option("--tabel <daftar>", "tabel yang dibuat, mis. 2.1,3.1,4.1 (bawaan: semua)")
  .option("--contoh", "isi dengan baris contoh")
  .option("--timpa", "boleh mengganti berkas --out yang sudah ada")
  .option("--bentuk <bentuk>", "bentuk tabel: permendagri (formulir T-C.29 s.d. T-C.33 Permendagri 86/2017, bawaan) atau contoh-malang (seperti Renja Dinas Sosial Kab. Malang 2024)")
  .action(async (opts: TemplateCliOptions) => {
    const { runTemplate } = require("./template") as typeof import("./template");
    process.exitCode = await runTemplate(opts, { stdout, stderr });
  });

program.parseAsync(process.argv).catch((e: unknown) => {
  if (e instanceof CommanderError) {
    process.exitCode = commanderExitCode(e);
    return;
  }
  if (e instanceof UsageError) {
    stderr.write(`renja: ${e.message}\n`);
    process.exitCode = EXIT_USAGE;
    return;
  }
  if (e instanceof InputError || e instanceof OutputError) stderr.write(`renja: ${e.message}\n`);
  // A fault of the tool itself: said in Indonesian, the library's own words kept only as the detail for a report.
  else stderr.write(`renja: terjadi kesalahan yang tidak terduga pada renja; mohon laporkan beserta berkasnya. Rincian teknis: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = EXIT_UNREADABLE;
});
