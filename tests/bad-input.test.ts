// Broken and hostile workbooks: every one ends in findings or a plain Bahasa Indonesia message with exit code 2,
// never a crash, a stack trace, a hang or memory without bound (tests/fixtures/corpus.ts lists the cases).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { validateFiles } from "../src/cli/validate";
import type { Finding } from "../src/renja/finding";
import { CORPUS, type Outcome } from "./fixtures/corpus";
import { captureIo } from "./helpers/io";

const dir = mkdtempSync(path.join(tmpdir(), "renja-korpus-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number;
  err: string;
  findings: Finding[];
  tables: { sheet: string; kind: string; rows: number }[];
}

async function run(file: string): Promise<Run> {
  const io = captureIo();
  const code = await validateFiles([file], { format: "json" }, io);
  const json = JSON.parse(io.out());
  return { code, err: io.err(), findings: json.findings, tables: json.summary.tables ?? [] };
}

const at = (f: Finding) => `${f.sheet}!${f.cell} ${f.rule}`;

function check(r: Run, o: Outcome): void {
  expect(r.code).toBe(o.exit);
  expect(r.err).not.toMatch(/\n\s+at .*:\d+:\d+/); // never a stack trace
  if (o.exit === 2) {
    expect(r.err).toContain(o.message);
    expect(r.err).toMatch(/^renja: [^\n]+\n$/); // one plain line
    expect(r.findings).toEqual([]);
    return;
  }
  expect(r.err).toBe("");
  if (o.struktur) expect(r.findings.filter((f) => f.category === "struktur").map(at)).toEqual(o.struktur);
  for (const want of o.includes ?? []) expect(r.findings.map(at)).toContain(want);
  if (o.tables) {
    const got = r.tables.map((t) => `${t.sheet} ${t.kind} ${t.rows}`);
    expect(got.map((t, i) => (o.tables?.[i]?.endsWith(" *") ? t.replace(/ \d+$/, " *") : t))).toEqual(o.tables);
  }
}

test("the corpus holds at least 30 cases", () => {
  expect(CORPUS.length).toBeGreaterThanOrEqual(30);
});

test.each(CORPUS.map((c) => [c.id, c] as const))("%s", async (_id, c) => {
  const file = await c.build(dir);
  check(await run(file), c.outcome);
});
