// Several files on the command line are validated on worker threads: the report is the one a single thread gives,
// in the order the files were given (an unreadable file in the middle included).
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { validateFiles } from "../src/cli/validate";
import { MIN_FILES_FOR_WORKERS, workerCount } from "../src/cli/validate-pool";
import { SAMPLE, cleanTable } from "./fixtures/corpus";
import { rawXlsx, rowsXml, worksheetXml } from "./fixtures/raw-xlsx";
import { captureIo } from "./helpers/io";

const dir = mkdtempSync(path.join(tmpdir(), "renja-pekerja-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("worker threads give the single-thread report, in the given order", async () => {
  const files = ["b-sampel.xlsx", "a-bersih.xlsx", "c-csv.xlsx", "d-sampel.xlsx", "e-galat.xlsx"].map((n) => path.join(dir, n));
  copyFileSync(SAMPLE, files[0]);
  writeFileSync(files[1], rawXlsx([{ name: "Renja", xml: worksheetXml(rowsXml(cleanTable()), '<mergeCells count="1"><mergeCell ref="B3:F3"/></mergeCells>') }]));
  writeFileSync(files[2], "No;Kode\n1;2\n");
  copyFileSync(SAMPLE, files[3]);
  writeFileSync(files[4], rawXlsx([{ name: "Renja", xml: worksheetXml(rowsXml(cleanTable([12_000_000, 12_000_000, 12_000_000, 11_000_000]))) }]));
  expect(files.length).toBeGreaterThanOrEqual(MIN_FILES_FOR_WORKERS);
  expect(workerCount(files.length)).toBeGreaterThanOrEqual(1);

  const io = captureIo();
  const code = await validateFiles(files, { format: "json" }, io);
  const many = JSON.parse(io.out());

  // The same files one at a time, in this thread.
  const single = [];
  for (const f of files) {
    const one = captureIo();
    await validateFiles([f], { format: "json" }, one);
    single.push(JSON.parse(one.out()));
  }
  expect(code).toBe(2); // one file unreadable
  expect(many.findings).toEqual(single.flatMap((s, i) => s.findings.map((f: object) => ({ file: files[i], ...f }))));
  expect(many.summary.files).toEqual(single.map((s) => s.summary));
  expect(many.summary.files.map((s: { file: string }) => s.file)).toEqual(files);
  expect(io.err()).toContain(`renja: Berkas tidak dapat dibaca sebagai workbook Excel (.xlsx) karena isinya teks CSV, bukan workbook: ${files[2]}`);
});
