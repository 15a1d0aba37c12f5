// `renja` command line: the same engine as the add-in, over .xlsx files (a Bappeda reviews every agency's workbook).
import { Command, Option } from "commander";
import { statSync } from "node:fs";
import { validateFiles } from "./validate";
import { InputError } from "./errors";

const program = new Command();
program.name("renja").description("Validasi dan penyusunan tabel Renja (Permendagri 86/2017) pada berkas .xlsx").showHelpAfterError();

program
  .command("validate")
  .description("Memvalidasi satu atau beberapa workbook Renja")
  .argument("<files...>", "berkas .xlsx")
  .addOption(new Option("--format <format>", "bentuk laporan").choices(["text", "json"]).default("text"))
  .option("--nomenklatur <list>", "daftar nomenklatur Kepmendagri (.xlsx) untuk memeriksa kode, nama dan satuan")
  .option("--fix-out <out>", "tulis salinan yang sudah diperbaiki ke berkas ini (berkas masukan tidak diubah)")
  .action(async (files: string[], opts: { format: "text" | "json"; nomenklatur?: string; fixOut?: string }) => {
    process.exitCode = await validateFiles(files, opts, { stdout: process.stdout, stderr: process.stderr, isTTY: Boolean(process.stderr.isTTY), size: (f) => statSync(f, { throwIfNoEntry: false })?.size ?? 0 });
  });

program.parseAsync(process.argv).catch((e: unknown) => {
  if (e instanceof InputError) {
    process.stderr.write(`renja: ${e.message}\n`);
  } else {
    process.stderr.write(`renja: terjadi kesalahan yang tidak terduga: ${e instanceof Error ? e.message : String(e)}\n`);
  }
  process.exitCode = 2;
});
