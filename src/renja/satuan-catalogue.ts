// The unit catalogue drawn from the nomenclature list (used by `npm run nomenklatur` to write
// src/renja/data/satuan-nomenklatur.ts): one spelling per unit, the one the list uses most.
import type { NomenklaturData } from "./nomenklatur-data";

/** Comparison key of a unit: lower case, no white space ("Orang / Bulan" = "orang/bulan"). */
export function satuanKey(unit: string): string {
  return unit.toLowerCase().replace(/\s+/g, "");
}

/**
 * The catalogue's spelling of a unit: no spaces around a slash ("Laporan/Dokumen"), a capital after a slash
 * when the unit starts with one ("Ton/Hari"), a lone lower-case word capitalised ("indeks" → "Indeks").
 */
export function catalogueSpelling(unit: string): string {
  let u = unit.trim().replace(/\s+/g, " ").replace(/\s*\/\s*/g, "/");
  if (/^[A-Z]/.test(u)) u = u.replace(/\/([a-z])/g, (_, c: string) => `/${c.toUpperCase()}`);
  if (/^[a-z]{4,}$/.test(u)) u = u[0].toUpperCase() + u.slice(1);
  return u;
}

/**
 * Every satuan the list uses, one per key, in its most frequent spelling (ties: the first met); a unit written
 * "A / B" (spaced slash: either) also yields A and B. `typos` are misspellings in the list itself ("Doumen"):
 * left out, so a Renja writing them is still told the right unit. Sorted case-insensitively.
 */
export function nomenklaturSatuanCatalogue(data: NomenklaturData, typos: readonly string[] = []): string[] {
  const typoKeys = new Set(typos.map(satuanKey));
  const counts = new Map<string, Map<string, number>>();
  const count = (unit: string, n: number): void => {
    const u = unit.trim().replace(/\s+/g, " ");
    if (u === "" || typoKeys.has(satuanKey(u))) return;
    const key = satuanKey(u);
    const spellings = counts.get(key) ?? new Map<string, number>();
    counts.set(key, spellings);
    spellings.set(u, (spellings.get(u) ?? 0) + n);
  };
  for (const row of data.rows) {
    for (const n of row[4] ?? []) {
      const unit = data.satuan[n];
      count(unit, 1);
      const parts = unit.split(/\s+\/\s+/);
      if (parts.length > 1) for (const p of parts) count(p, 0);
    }
  }
  const out: string[] = [];
  for (const spellings of counts.values()) {
    let best = "";
    let bestN = -1;
    for (const [u, n] of spellings) {
      if (n > bestN) {
        best = u;
        bestN = n;
      }
    }
    out.push(catalogueSpelling(best));
  }
  return out.sort((a, b) => a.localeCompare(b, "id", { sensitivity: "base" }) || a.localeCompare(b));
}

/** Pairs of catalogue units one letter apart: candidates for the script's typo list, printed for review
 * (some are two real units: "Perkada" and "Perkara"). */
export function nearSatuanPairs(units: readonly string[]): [string, string][] {
  const out: [string, string][] = [];
  const keys = units.map((u) => satuanKey(u).replace(/[^a-z0-9]/g, ""));
  for (let i = 0; i < units.length; i++) {
    for (let j = i + 1; j < units.length; j++) {
      if (keys[i].length >= 5 && oneEditApart(keys[i], keys[j])) out.push([units[i], units[j]]);
    }
  }
  return out;
}

function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
