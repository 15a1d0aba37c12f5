// Nothing lost: validating never changes the input; --fix-out never writes over it; --in-place keeps a
// byte-exact backup first, and restoring that backup gives back the original bytes.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, linkSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { backupPath } from "../src/cli/fix-out";
import { validateFiles, type ValidateCliOptions } from "../src/cli/validate";
import { readXlsxGrid } from "../src/cli/xlsx-grid";
import { validateWorkbook } from "../src/renja/engine";
import { SAMPLE, buildCorpus, cleanTable } from "./fixtures/corpus";
import { rawXlsx, rowsXml, worksheetXml } from "./fixtures/raw-xlsx";
import { captureIo } from "./helpers/io";

const dir = mkdtempSync(path.join(tmpdir(), "renja-utuh-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const hash = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

async function validate(files: string[], opts: Partial<ValidateCliOptions> = {}): Promise<{ code: number; err: string }> {
  const io = captureIo();
  const code = await validateFiles(files, { format: "json", ...opts }, io);
  return { code, err: io.err() };
}

/** A copy of the sample (it has fixable findings: split kode segments, numbers cut by spaces). */
function sampleCopy(name: string): string {
  const file = path.join(dir, name);
  copyFileSync(SAMPLE, file);
  return file;
}

test("validating the whole corpus and the sample changes no input file", async () => {
  const corpus = await buildCorpus(path.join(dir, "korpus"));
  const files = [...corpus.map((c) => c.file).filter((f) => existsSync(f) && statSync(f).isFile()), SAMPLE];
  expect(files.length).toBeGreaterThanOrEqual(30);
  const before = files.map(hash);
  for (const f of files) {
    await validate([f], { format: "json" });
    await validate([f], { format: "text" });
  }
  await validate(files, { format: "json" });
  expect(files.map(hash)).toEqual(before);
});

test("the sample through the real command line stays byte for byte the same", () => {
  const file = sampleCopy("lewat cli.xlsx");
  const before = hash(file);
  const p = spawnSync(process.execPath, [path.resolve(__dirname, "../bin/renja.js"), "validate", file], { encoding: "utf8", timeout: 60_000 });
  expect(p.status).toBe(1);
  expect(hash(file)).toBe(before);
});

describe("--fix-out refuses OUT == input, however it is spelled", () => {
  const file = sampleCopy("asli.xlsx");
  const before = hash(file);
  const spellings: [string, () => string][] = [
    ["the same path", () => file],
    ["a relative path with ./ and ..", () => path.relative(process.cwd(), path.join(dir, ".", "sub", "..", "asli.xlsx"))],
    ["a symbolic link to the input", () => {
      const link = path.join(dir, "tautan.xlsx");
      if (!existsSync(link)) symlinkSync(file, link);
      return link;
    }],
    ["a hard link to the input", () => {
      const link = path.join(dir, "tautan-keras.xlsx");
      if (!existsSync(link)) linkSync(file, link);
      return link;
    }],
  ];
  test.each(spellings)("%s", async (_name, out) => {
    const r = await validate([file], { fixOut: out() });
    expect(r.code).toBe(2);
    expect(r.err).toContain("--fix-out tidak boleh sama dengan berkas masukan");
    expect(hash(file)).toBe(before);
  });

  test("a different OUT gets the fixes and the input stays as it was", async () => {
    const out = path.join(dir, "perbaikan.xlsx");
    const r = await validate([file], { fixOut: out });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^renja: \d+ perbaikan ditulis ke /);
    expect(hash(file)).toBe(before);
    expect(hash(out)).not.toBe(before);
  });
});

describe("--in-place", () => {
  test("keeps a byte-exact backup, writes the fixes, and restoring the backup round-trips", async () => {
    const file = sampleCopy("di tempat ✓.xlsx");
    const original = hash(file);
    const fixable = validateWorkbook(await readXlsxGrid(file)).findings.filter((f) => f.fix).length;
    expect(fixable).toBeGreaterThan(0);

    const r = await validate([file], { inPlace: true });
    const backup = backupPath(file);
    expect(backup).toBe(path.join(dir, "di tempat ✓.bak.xlsx"));
    expect(r.code).toBe(1);
    expect(r.err).toBe(`renja: ${r.err.match(/^renja: (\d+)/)?.[1]} perbaikan ditulis ke ${file} (cadangan: ${backup})\n`);
    expect(hash(backup)).toBe(original);
    expect(hash(file)).not.toBe(original);
    // The fixes are in: fewer proposals remain on the written file.
    expect(validateWorkbook(await readXlsxGrid(file)).findings.filter((f) => f.fix).length).toBeLessThan(fixable);

    // Fixing converges: a second run on the fixed file finds nothing more to fix and leaves it (and the backup) alone.
    const fixed = hash(file);
    const converged = await validate([file], { inPlace: true });
    expect(converged.err).toBe(`renja: tidak ada perbaikan; ${file} tidak diubah\n`);
    expect(hash(file)).toBe(fixed);
    expect(hash(backup)).toBe(original);

    // A run with fixes to write must not overwrite the only copy of the original.
    copyFileSync(SAMPLE, file);
    const again = await validate([file], { inPlace: true });
    expect(again.code).toBe(2);
    expect(again.err).toContain(`Cadangan ${backup} sudah ada`);
    expect(hash(file)).toBe(original);
    expect(hash(backup)).toBe(original);

    copyFileSync(backup, file);
    expect(hash(file)).toBe(original);
  });

  test("writes nothing and makes no backup when there is nothing to fix", async () => {
    const file = path.join(dir, "bersih.xlsx");
    writeFileSync(file, rawXlsx([{ name: "Renja", xml: worksheetXml(rowsXml(cleanTable()), '<mergeCells count="1"><mergeCell ref="B3:F3"/></mergeCells>') }]));
    const before = hash(file);
    const r = await validate([file], { inPlace: true });
    expect(r).toEqual({ code: 0, err: `renja: tidak ada perbaikan; ${file} tidak diubah\n` });
    expect(hash(file)).toBe(before);
    expect(existsSync(backupPath(file))).toBe(false);
  });

  test("an unreadable input is neither written nor backed up", async () => {
    const file = path.join(dir, "bukan.xlsx");
    writeFileSync(file, "No;Kode\n1;2\n");
    const r = await validate([file], { inPlace: true });
    expect(r.code).toBe(2);
    expect(readFileSync(file, "utf8")).toBe("No;Kode\n1;2\n");
    expect(existsSync(backupPath(file))).toBe(false);
  });

  test("is refused with several files or together with --fix-out", async () => {
    const a = sampleCopy("a.xlsx");
    const b = sampleCopy("b.xlsx");
    for (const opts of [{ inPlace: true }, { inPlace: true, fixOut: path.join(dir, "c.xlsx") }]) {
      const files = opts.fixOut ? [a] : [a, b];
      const r = await validate(files, opts);
      // A command line that cannot be carried out is a usage error (64, sysexits EX_USAGE).
      expect(r).toEqual({ code: 64, err: "renja: --in-place hanya untuk satu berkas masukan dan tidak bersama --fix-out.\n" });
    }
    expect(hash(a)).toBe(hash(SAMPLE));
    expect(hash(b)).toBe(hash(SAMPLE));
    expect(existsSync(backupPath(a))).toBe(false);
  });
});
