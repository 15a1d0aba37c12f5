// The nomenclature list in the compact form the project ships (src/renja/data/, written by `npm run nomenklatur`)
// and its index. One row per kode variant; a kode's level follows from its number of parts, so it is not stored,
// and the satuan are stored once and referred to by number.
import { createNomenklaturIndex, type NomenklaturEntry, type NomenklaturIndex, type NomenklaturLevel } from "./nomenklatur";

/** Bump when the row layout changes; an older data file is then refused instead of misread. */
export const NOMENKLATUR_DATA_FORMAT = 1;

/** Jenis pemda as bits: 1 provinsi, 2 kabupaten/kota (3 both, 0 not said). */
export const PEMDA_PROV = 1;
export const PEMDA_KABKOT = 2;

/**
 * A row: [kode, nama, pemda bits, indikator[], satuan numbers[], replaced sub kegiatan as [kode, nama][]].
 * Trailing empty fields are left out.
 */
export type NomenklaturDataRow = [string, string, number?, string[]?, number[]?, [string, string][]?];

export interface NomenklaturData {
  format: number;
  /** The list's title, as planners know it. */
  judul: string;
  /** The file it was derived from (named in findings, as when the user gives that file). */
  sumber: string;
  /** The year of the list's update ("pemutakhiran 2027"). */
  tahun: number;
  satuan: string[];
  rows: NomenklaturDataRow[];
}

const LEVEL_BY_PARTS: Record<number, NomenklaturLevel | undefined> = { 1: "urusan", 2: "bidang", 3: "program", 5: "kegiatan", 6: "subkegiatan" };

function pemdaBits(jenis: readonly string[] | undefined): number {
  let bits = 0;
  for (const j of jenis ?? []) {
    if (/^PROV/i.test(j)) bits |= PEMDA_PROV;
    else if (/^KAB|^KOTA/i.test(j)) bits |= PEMDA_KABKOT;
  }
  return bits;
}

function pemdaNames(bits: number): string[] | undefined {
  const out: string[] = [];
  if (bits & PEMDA_PROV) out.push("PROV");
  if (bits & PEMDA_KABKOT) out.push("KABKOT");
  return out.length > 0 ? out : undefined;
}

/** The compact form of an index (variants in the index's order, most frequent first). */
export function toNomenklaturData(index: NomenklaturIndex, meta: { judul: string; sumber: string; tahun: number }): NomenklaturData {
  const satuan: string[] = [];
  const satuanNo = new Map<string, number>();
  const rows: NomenklaturDataRow[] = [];
  for (const e of index.entries()) {
    const units = e.satuan.map((s) => {
      let n = satuanNo.get(s);
      if (n === undefined) {
        n = satuan.length;
        satuan.push(s);
        satuanNo.set(s, n);
      }
      return n;
    });
    const row: NomenklaturDataRow = [e.kode, e.nama, pemdaBits(e.jenisPemda), e.indikator, units, (e.sebelumnya ?? []).map((s) => [s.kode, s.nama])];
    while (row.length > 2) {
      const last = row[row.length - 1];
      if (last === 0 || (Array.isArray(last) && last.length === 0)) row.pop();
      else break;
    }
    rows.push(row);
  }
  return { format: NOMENKLATUR_DATA_FORMAT, judul: meta.judul, sumber: meta.sumber, tahun: meta.tahun, satuan, rows };
}

/** The index of a compact list. Throws on a data file of another format (a build out of step with its data). */
export function nomenklaturFromData(data: NomenklaturData): NomenklaturIndex {
  if (data.format !== NOMENKLATUR_DATA_FORMAT) throw new Error(`nomenklatur data format ${data.format}, expected ${NOMENKLATUR_DATA_FORMAT}`);
  const entries: NomenklaturEntry[] = [];
  for (const [kode, nama, pemda = 0, indikator = [], units = [], sebelumnya = []] of data.rows) {
    const level = LEVEL_BY_PARTS[kode.split(".").length];
    if (!level) continue;
    const e: NomenklaturEntry = { kode, level, nama, indikator, satuan: units.map((n) => data.satuan[n]) };
    const jenis = pemdaNames(pemda);
    if (jenis) e.jenisPemda = jenis;
    if (sebelumnya.length > 0) e.sebelumnya = sebelumnya.map(([k, n]) => ({ kode: k, nama: n }));
    entries.push(e);
  }
  return createNomenklaturIndex(entries, data.sumber, data.tahun);
}
