// The unit catalogue drawn from the nomenclature list (used by `npm run nomenklatur` to write
// src/renja/data/satuan-nomenklatur.ts): one spelling per unit, the one the list uses most.
import type { NomenklaturData } from "./nomenklatur-data";

/** Comparison key of a unit: lower case, no white space ("Orang / Bulan" = "orang/bulan"). */
export function satuanKey(unit: string): string {
  return unit.toLowerCase().replace(/\s+/g, "");
}

/**
 * Every satuan the list uses, one per key, in its most frequent spelling (ties: the first met); a unit written
 * "A / B" (spaced slash: either) also yields A and B. Sorted case-insensitively.
 */
export function nomenklaturSatuanCatalogue(data: NomenklaturData): string[] {
  const counts = new Map<string, Map<string, number>>();
  const count = (unit: string, n: number): void => {
    const u = unit.trim().replace(/\s+/g, " ");
    if (u === "") return;
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
    out.push(best);
  }
  return out.sort((a, b) => a.localeCompare(b, "id", { sensitivity: "base" }) || a.localeCompare(b));
}
