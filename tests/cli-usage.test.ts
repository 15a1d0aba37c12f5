// The command line speaks Bahasa Indonesia: help, --version, every option error; a wrong command line exits 64
// (sysexits EX_USAGE), never 1 ("errors found"). Through the real bin/renja.js.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { indonesianError } from "../src/cli/cli-texts";
import { SAMPLE } from "./fixtures/corpus";

const ROOT = path.resolve(__dirname, "..");
const dir = mkdtempSync(path.join(tmpdir(), "renja-pemakaian-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const input = path.join(dir, "renja.xlsx");
beforeAll(() => copyFileSync(SAMPLE, input));

function renja(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [path.join(ROOT, "bin", "renja.js"), ...args], { cwd: dir, encoding: "utf8", timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** No English from commander or a library. */
const ENGLISH = /Usage|Options:|Commands:|Arguments:|error:|unknown option|Allowed choices|required option|not specified|default:|choices:|display help|Did you mean|Invalid time value|Worksheet name/;

test("--help of the program and of a command: Indonesian headings and notes, exit 0", () => {
  const main = renja("--help");
  expect(main.status).toBe(0);
  expect(main.stdout).toContain("Pemakaian: renja [opsi] [perintah]");
  expect(main.stdout).toContain("Perintah:");
  expect(main.stdout).toMatch(/validate \[opsi\] <berkas\.\.\.>\s+Memvalidasi/);
  expect(main.stdout).toContain("-h, --help");
  expect(main.stdout).toContain("tampilkan bantuan ini");
  expect(main.stdout).not.toMatch(ENGLISH);

  const validate = renja("validate", "--help");
  expect(validate.status).toBe(0);
  expect(validate.stdout).toContain("Pemakaian: renja validate [opsi] <berkas...>");
  expect(validate.stdout).toContain("Argumen:");
  expect(validate.stdout).toContain("Opsi:");
  expect(validate.stdout).toMatch(/--format <bentuk>\s+bentuk laporan \(pilihan: text, json; bawaan: text\)/);
  expect(validate.stdout).toContain("--timpa");
  expect(validate.stdout).not.toMatch(ENGLISH);

  const help = renja("help", "triwulan");
  expect(help.status).toBe(0);
  expect(help.stdout).toContain("Pemakaian: renja triwulan [opsi] <berkas>");
  expect(help.stdout).not.toMatch(ENGLISH);
});

test("--version prints the version of package.json, exit 0", () => {
  const r = renja("--version");
  expect(r.status).toBe(0);
  expect(r.stdout).toBe(`${(JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }).version}\n`);
});

test.each([
  ["an unknown option", ["validate", "renja.xlsx", "--bentuk-lain"], "renja: opsi tidak dikenal: --bentuk-lain\n"],
  ["a value outside the choices", ["validate", "renja.xlsx", "--format", "xml"], 'renja: nilai "xml" untuk opsi --format <bentuk> tidak dikenal; pilihan: text, json\n'],
  ["a missing required option", ["triwulan", "renja.xlsx"], "renja: opsi wajib belum diberikan: --out <berkas>\n"],
  ["an option without its value", ["template", "--out"], "renja: opsi --out <berkas> membutuhkan nilai\n"],
  ["a missing argument", ["validate"], "renja: argumen wajib belum diberikan: berkas\n"],
  ["an unknown command", ["periksa", "renja.xlsx"], "renja: perintah tidak dikenal: periksa (pilihan: validate, triwulan, template)\n"],
  ["too many arguments", ["triwulan", "a.xlsx", "b.xlsx", "--out", "c.xlsx"], "renja: terlalu banyak argumen: diharapkan 1, diberikan 2\n"],
  ["a profile that does not sum to 100", ["triwulan", "renja.xlsx", "--out", "x.xlsx", "--profile", "30%"], "renja: --profile: Jumlah persentase triwulan harus 100 %, bukan 120 %. Contoh:"],
  ["a rounding unit that is not a number", ["triwulan", "renja.xlsx", "--out", "x.xlsx", "--bulat", "seribu"], 'renja: --bulat: "seribu" bukan bilangan bulat positif'],
  ["--fix-out with several files", ["validate", "renja.xlsx", "renja.xlsx", "--fix-out", "x.xlsx"], "renja: --fix-out hanya untuk satu berkas masukan.\n"],
])("%s: exit 64 and a plain Indonesian message", (_name, args, message) => {
  const r = renja(...args);
  expect(r.status).toBe(64);
  expect(r.stderr.startsWith(message)).toBe(true);
  expect(r.stderr).not.toMatch(ENGLISH);
  expect(r.stdout).toBe("");
});

test("no command at all: the help on stderr, exit 64", () => {
  const r = renja();
  expect(r.status).toBe(64);
  expect(r.stderr).toContain("Pemakaian: renja [opsi] [perintah]");
  expect(r.stderr).not.toMatch(ENGLISH);
});

test("commander's messages in Indonesian, including its suggestion", () => {
  expect(indonesianError("error: unknown option '--fromat'\n(Did you mean --format?)")).toBe("opsi tidak dikenal: --fromat (mungkin maksud Anda --format?)");
  expect(indonesianError("error: option '--a' cannot be used with option '--b'")).toBe("opsi --a tidak dapat dipakai bersama --b");
});
