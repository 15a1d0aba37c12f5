// `renja` command line: the same engine as the add-in, over .xlsx files (a Bappeda reviews every agency's workbook).
import { Command, Option } from "commander";
import { statSync } from "node:fs";
import { validateFiles } from "./validate";
import { InputError } from "./errors";
import { runTemplate, type TemplateCliOptions } from "./template";
import { runTriwulan, type TriwulanCliOptions } from "./triwulan";

const program = new Command();
program.name("renja").description("Validasi dan penyusunan tabel Renja (Permendagri 86/2017) pada berkas .xlsx").showHelpAfterError();

program
  .command("validate")
  .description("Memvalidasi satu atau beberapa workbook Renja")
  .argument("<files...>", "berkas .xlsx")
  .addOption(new Option("--format <format>", "bentuk laporan").choices(["text", "json"]).default("text"))
  .option("--nomenklatur <list>", "daftar nomenklatur Kepmendagri (.xlsx) untuk memeriksa kode, nama dan satuan")
  .option("--fix-out <out>", "tulis salinan yang sudah diperbaiki ke berkas ini (berkas masukan tidak diubah)")
  .option("--in-place", "tulis perbaikan ke berkas masukan itu sendiri, setelah menyimpan cadangan BERKAS.bak.xlsx")
  .action(async (files: string[], opts: { format: "text" | "json"; nomenklatur?: string; fixOut?: string; inPlace?: boolean }) => {
    process.exitCode = await validateFiles(files, opts, { stdout: process.stdout, stderr: process.stderr, isTTY: Boolean(process.stderr.isTTY), size: (f) => statSync(f, { throwIfNoEntry: false })?.size ?? 0 });
  });

program
  .command("triwulan")
  .description("Menyusun Tabel 4.2 (target dan penyerapan anggaran per triwulan) dari Tabel 4.1, pada salinan workbook")
  .argument("<file>", "berkas .xlsx yang memuat Tabel 4.1")
  .requiredOption("--out <out>", "berkas keluaran (salinan dengan lembar \"Tabel 4.2 (otomatis)\"); berkas masukan tidak diubah")
  .option("--profile <persen>", "persentase triwulan I-IV, jumlahnya 100 (mis. 25,25,25,25 atau \"6;20,8;39,8;33,4\")")
  .option("--bulat <rupiah>", "bulatkan Rp per triwulan ke kelipatan ini (mis. 1000); selisihnya masuk triwulan terakhir yang berpersentase")
  .option("--tahun <tahun>", "tahun rencana untuk judul (bawaan: dari judul kolom Tabel 4.1)")
  .option("--opd <nama>", "nama perangkat daerah untuk judul (bawaan: dari judul Tabel 4.1)")
  .action(async (file: string, opts: TriwulanCliOptions) => {
    process.exitCode = await runTriwulan(file, opts, { stdout: process.stdout, stderr: process.stderr });
  });

program
  .command("template")
  .description("Membuat workbook templat tabel Renja (Tabel 2.1-4.2) dengan judul, kolom, rumus dan daftar pilihan")
  .requiredOption("--out <out>", "berkas .xlsx keluaran")
  .option("--tahun <tahun>", "tahun rencana (bawaan: tahun depan)")
  .option("--opd <nama>", "nama perangkat daerah, mis. \"Dinas Sosial Kabupaten Malang\"")
  .option("--tabel <daftar>", "tabel yang dibuat, mis. 2.1,3.1,4.1 (bawaan: semua)")
  .option("--contoh", "isi dengan baris contoh")
  .action(async (opts: TemplateCliOptions) => {
    process.exitCode = await runTemplate(opts, { stdout: process.stdout, stderr: process.stderr });
  });

program.parseAsync(process.argv).catch((e: unknown) => {
  if (e instanceof InputError) {
    process.stderr.write(`renja: ${e.message}\n`);
  } else {
    process.stderr.write(`renja: terjadi kesalahan yang tidak terduga: ${e instanceof Error ? e.message : String(e)}\n`);
  }
  process.exitCode = 2;
});
