// The text report a planner reads: Bahasa Indonesia, grouped by sheet then category.
import type { ValidationResult } from "../renja/engine";
import { CATEGORIES, type Finding, type Severity } from "../renja/finding";
import { CATEGORY_LABELS, ROLE_LABELS } from "../renja/labels";
import { TABLE_TITLES } from "../renja/model";
import { wrapText } from "./wrap";

const SEVERITY_MARK: Record<Severity, string> = { error: "✖ galat", warning: "▲ peringatan", info: "ℹ info" };

function valueText(v: string | number): string {
  return typeof v === "number" ? String(v) : v;
}

function findingLine(f: Finding): string {
  let line = `    ${SEVERITY_MARK[f.severity].padEnd(13)} ${f.cell.padEnd(6)} ${f.message}`;
  if (f.expected !== undefined || f.actual !== undefined) {
    const parts: string[] = [];
    if (f.actual !== undefined) parts.push(`tertulis ${valueText(f.actual)}`);
    // An info is no correction: its expected value is what the check compares with, not what the cell should say.
    if (f.expected !== undefined) parts.push(`${f.severity === "info" ? "acuan" : "seharusnya"} ${valueText(f.expected)}`);
    line += ` [${parts.join("; ")}]`;
  }
  if (f.fix) line += `\n${" ".repeat(25)}→ usulan perbaikan: ${f.fix.label} (${f.fix.cell} := ${String(f.fix.value)})`;
  return line;
}

/** Where a line's text begins: a finding's message after its severity and cell, otherwise after the indent. */
function hangingIndent(line: string): number {
  if (/^ {4}\S/.test(line)) return 25;
  return (/^\s*/.exec(line)?.[0].length ?? 0) + 2;
}

/** The report; with `columns` (stdout is a terminal) lines are wrapped to that width. */
export function textReport(file: string, result: ValidationResult, opts: { columns?: number } = {}): string {
  const out: string[] = [];
  const s = result.summary;
  out.push(`Validasi Renja: ${file}`);
  out.push(`Tabel yang dikenali: ${s.tables.length} pada ${s.sheets} lembar`);
  for (const t of s.tables) {
    out.push(
      `  • ${TABLE_TITLES[t.kind]} — lembar "${t.sheet}" ${t.range}: ${t.rows} baris (${t.programs} program, ${t.kegiatan} kegiatan, ${t.subkegiatan} sub kegiatan)`,
    );
    if (t.columns && t.columns.roles.length > 0) {
      const how = t.columns.mappedBy === "judul" ? "menurut judul kolom" : "menurut nomor kolom";
      const cols = t.columns.roles.map((r) => {
        const letters = r.columns.length > 1 ? `${r.columns[0]}–${r.columns[r.columns.length - 1]}` : r.columns[0];
        return `${ROLE_LABELS[r.role]} ${letters}${r.override ? " (ditentukan pengguna)" : ""}`;
      });
      out.push(`    Kolom yang dikenali (${how}): ${cols.join("; ")}`);
      if (t.columns.unmapped.length > 0) out.push(`    Kolom tidak dipetakan: ${t.columns.unmapped.map((u) => `${u.column} "${u.header}"`).join("; ")}`);
    }
  }
  const bySheet = new Map<string, Finding[]>();
  for (const f of result.findings) {
    const list = bySheet.get(f.sheet) ?? [];
    list.push(f);
    bySheet.set(f.sheet, list);
  }
  for (const [sheet, list] of bySheet) {
    out.push("");
    out.push(`== Lembar "${sheet}" (${list.length} temuan) ==`);
    for (const cat of CATEGORIES) {
      const inCat = list.filter((f) => f.category === cat);
      if (inCat.length === 0) continue;
      out.push(`  [${CATEGORY_LABELS[cat]}] ${inCat.length} temuan`);
      for (const f of inCat) out.push(findingLine(f));
    }
  }
  out.push("");
  out.push(`Ringkasan: ${s.errors} galat, ${s.warnings} peringatan, ${s.infos} info.`);
  if (s.errors === 0 && s.warnings === 0) out.push("Tidak ada kesalahan yang ditemukan.");
  return wrapText(out.join("\n"), opts.columns, hangingIndent);
}
