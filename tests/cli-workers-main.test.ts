// Over several files the main thread validates files too, but only small ones: a file that could exhaust memory
// goes to a worker thread, whose death costs that file and not the run. Outcomes keep the given order.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { validateFile, type FileOutcome } from "../src/cli/validate-file";
import { MAIN_THREAD_MAX_BYTES, validateInWorkers } from "../src/cli/validate-pool";
import { cleanTable } from "./fixtures/corpus";
import { rawXlsx, rowsXml, worksheetXml } from "./fixtures/raw-xlsx";

const dir = mkdtempSync(path.join(tmpdir(), "renja-utama-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("the main thread takes only files up to MAIN_THREAD_MAX_BYTES; the report keeps the given order", async () => {
  const small = ["a.xlsx", "b.xlsx", "c.xlsx", "d.xlsx"].map((n) => path.join(dir, n));
  small.forEach((f, i) => writeFileSync(f, rawXlsx([{ name: "Renja", xml: worksheetXml(rowsXml(cleanTable([12_000_000, 12_000_000, 12_000_000, 12_000_000 - i * 1_000_000]))) }])));
  // Larger than the main thread's share: CSV text, refused by the reader in whichever thread reads it.
  const big = path.join(dir, "besar.xlsx");
  writeFileSync(big, "No;Kode\n" + "1;2\n".repeat(Math.ceil((MAIN_THREAD_MAX_BYTES + 1) / 4)));
  const files = [small[0], small[1], small[2], big, small[3]];

  const inMain: string[] = [];
  const local = async (file: string): Promise<FileOutcome> => {
    inMain.push(file);
    return validateFile(file, undefined, false);
  };
  const done: string[] = [];
  const outcomes = await validateInWorkers(files, undefined, (f) => done.push(f), undefined, local);

  expect(inMain).not.toContain(big);
  expect(outcomes.map((o) => o.file)).toEqual(files);
  expect([...done].sort()).toEqual([...files].sort());
  expect(outcomes[3]).toEqual({ file: big, error: `Berkas tidak dapat dibaca sebagai workbook Excel (.xlsx) karena isinya teks CSV, bukan workbook: ${big}. Buka di Excel lalu simpan sebagai .xlsx.` });
  // Every file's findings and summary are the ones one thread gives, whichever thread read it.
  for (const [i, f] of files.entries()) {
    if (i === 3) continue;
    const one = await validateFile(f, undefined, false);
    expect(outcomes[i].error).toBeUndefined();
    expect(outcomes[i].result?.findings).toEqual(one.result?.findings);
    expect(outcomes[i].result?.summary).toEqual(one.result?.summary);
  }
});
