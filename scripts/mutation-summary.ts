// `npm run mutate:summary [report] [--survivors [file-substring]]`: the mutation score per file and folder from
// a Stryker report (default: the committed incremental file), the numbers docs/mutasi.md quotes, and the
// surviving mutants as file:line, mutator and replacement, to find the tests that are missing.
// Score as Stryker counts it: (killed + timeout) / (killed + timeout + survived + no coverage); ignored,
// compile-error and runtime-error mutants are not counted.
import { readFileSync } from "node:fs";
import path from "node:path";

interface Mutant {
  mutatorName: string;
  replacement?: string;
  status: string;
  location: { start: { line: number; column: number }; end: { line: number; column: number } };
}
interface Report {
  files: Record<string, { source: string; mutants: Mutant[] }>;
}
interface Tally {
  killed: number;
  timeout: number;
  survived: number;
  noCoverage: number;
  ignored: number;
  errors: number;
}

const root = path.resolve(__dirname, "..");
const args = process.argv.slice(2);
const survivorsAt = args.indexOf("--survivors");
const survivorFilter = survivorsAt >= 0 ? (args[survivorsAt + 1] ?? "") : undefined;
const reportArg = args.find((a, i) => !a.startsWith("--") && (survivorsAt < 0 || i !== survivorsAt + 1));
const reportFile = path.resolve(root, reportArg ?? "reports/stryker-incremental.json");
const report = JSON.parse(readFileSync(reportFile, "utf8")) as Report;

function empty(): Tally {
  return { killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0, errors: 0 };
}

function add(t: Tally, status: string): void {
  if (status === "Killed") t.killed++;
  else if (status === "Timeout") t.timeout++;
  else if (status === "Survived") t.survived++;
  else if (status === "NoCoverage") t.noCoverage++;
  else if (status === "Ignored") t.ignored++;
  else t.errors++;
}

function score(t: Tally): string {
  const valid = t.killed + t.timeout + t.survived + t.noCoverage;
  return valid === 0 ? "-" : ((100 * (t.killed + t.timeout)) / valid).toFixed(1);
}

function row(name: string, t: Tally): string {
  const cells = [t.killed, t.timeout, t.survived, t.noCoverage, t.ignored].map((n) => String(n).padStart(7));
  return `${name.padEnd(40)} ${score(t).padStart(6)} ${cells.join(" ")}`;
}

const byFile = new Map<string, Tally>();
const byFolder = new Map<string, Tally>();
const total = empty();
for (const [file, result] of Object.entries(report.files)) {
  const rel = path.relative(root, path.resolve(root, file)).split(path.sep).join("/");
  const folder = path.posix.dirname(rel);
  const t = byFile.get(rel) ?? empty();
  const f = byFolder.get(folder) ?? empty();
  for (const m of result.mutants) {
    add(t, m.status);
    add(f, m.status);
    add(total, m.status);
  }
  byFile.set(rel, t);
  byFolder.set(folder, f);
}

const header = `${"file".padEnd(40)} ${"score".padStart(6)} ${["killed", "timeout", "survived", "no cov", "ignored"].map((h) => h.padStart(7)).join(" ")}`;
console.log(header);
for (const name of [...byFile.keys()].sort()) console.log(row(name, byFile.get(name) as Tally));
console.log("");
for (const name of [...byFolder.keys()].sort()) console.log(row(`${name}/`, byFolder.get(name) as Tally));
console.log(row("total", total));

if (survivorFilter !== undefined) {
  console.log("");
  for (const [file, result] of Object.entries(report.files)) {
    if (!file.includes(survivorFilter)) continue;
    const lines = result.source.split("\n");
    for (const m of result.mutants) {
      if (m.status !== "Survived" && m.status !== "NoCoverage") continue;
      const { start } = m.location;
      const code = (lines[start.line - 1] ?? "").trim().slice(0, 110);
      const replacement = (m.replacement ?? "").replace(/\s+/g, " ").slice(0, 80);
      console.log(`${file}:${start.line}:${start.column} ${m.status} ${m.mutatorName} → ${replacement}\n    ${code}`);
    }
  }
}
