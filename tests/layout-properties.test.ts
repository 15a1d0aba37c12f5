// Issue 8 properties: how a Renja table is laid out must not change what is found in it. Deleting the column-number
// row, reordering or dropping optional columns, inserting unrelated columns, or writing the kode over one to six
// columns changes only the addresses of the findings (and the table's own column letters), never the findings.
import fc from "fast-check";
import { validateWorkbook } from "../src/renja/engine";
import { a1, parseA1, type CellValue, type SheetGrid } from "../src/renja/grid";
import type { Finding } from "../src/renja/finding";

type ColId = "kode" | "nama" | "indikator" | "target" | "pagu" | "lokasi" | "sumber" | "targetMaju" | "paguMaju" | "keterangan" | `bebas${number}`;

const HEADERS: Record<string, string> = {
  kode: "Kode",
  nama: "Program/Kegiatan/Sub Kegiatan",
  indikator: "Indikator Kinerja",
  target: "Target 2026",
  pagu: "Pagu Indikatif 2026",
  lokasi: "Lokasi",
  sumber: "Sumber Dana",
  targetMaju: "Target 2027",
  paguMaju: "Pagu Indikatif 2027",
  keterangan: "Keterangan",
};
const UNRELATED = ["Paraf", "Verifikator", "Status Input", "Petugas"];
const OPTIONAL: ColId[] = ["lokasi", "sumber", "keterangan"];

interface Item {
  segments: string[]; // U, BB, PP, K.KK, SSSS ("" where absent)
  values: Partial<Record<ColId, CellValue>>;
}

/** A small plan: one program, kegiatan and sub kegiatan, sums right; then the planted mistakes. */
function plan(kegiatan: number[], mistakes: { pagu: number; satuan: number; duplicate: boolean }): Item[] {
  const items: Item[] = [];
  const program: Item = { segments: ["1", "06", "01", "", ""], values: { nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", indikator: "Persentase dukungan manajemen", target: "100%", targetMaju: "100%" } };
  items.push(program);
  let total = 0;
  kegiatan.forEach((subs, k) => {
    const kk = `2.${String(k + 1).padStart(2, "0")}`;
    const keg: Item = { segments: ["1", "06", "01", kk, ""], values: { nama: `Kegiatan ${k + 1}`, indikator: "Jumlah dokumen", target: `${subs} Dokumen`, targetMaju: `${subs} Dokumen` } };
    items.push(keg);
    let sum = 0;
    for (let s = 1; s <= subs; s++) {
      const pagu = 10_000_000 * (s + k);
      sum += pagu;
      items.push({ segments: ["1", "06", "01", kk, String(s).padStart(4, "0")], values: { nama: `Sub kegiatan ${k + 1}.${s}`, indikator: "Jumlah laporan", target: "1 Laporan", targetMaju: "1 Laporan", pagu, paguMaju: pagu, lokasi: "Kab. Malang", sumber: "APBD", keterangan: "-" } });
    }
    keg.values.pagu = sum;
    keg.values.paguMaju = sum;
    total += sum;
  });
  program.values.pagu = total;
  program.values.paguMaju = total;
  const at = (i: number): Item => items[i % items.length];
  const wrong = at(mistakes.pagu);
  if (typeof wrong.values.pagu === "number") wrong.values.pagu += 5_000_000;
  const sat = at(mistakes.satuan);
  sat.values.target = String(sat.values.target).replace(/Dokumen|Laporan/, "Lapoan").replace("100%", "100 Lapoan");
  if (mistakes.duplicate && items.length > 3) items[items.length - 1].segments = [...items[items.length - 2].segments];
  return items;
}

/** The kode's five segments over k columns (1 … 6), as planners split them. */
function splitKode(seg: string[], k: number): string[] {
  const [u, bb, pp, keg, sub] = seg;
  const join = (...xs: string[]): string => xs.filter((x) => x !== "").join(".");
  const [lv, kk] = keg ? keg.split(".") : ["", ""];
  switch (k) {
    case 1:
      return [join(u, bb, pp, keg, sub)];
    case 2:
      return [join(u, bb, pp), join(keg, sub)];
    case 3:
      return [join(u, bb), pp, join(keg, sub)];
    case 4:
      return [u, bb, pp, join(keg, sub)];
    case 5:
      return [u, bb, pp, keg, sub];
    default:
      return [u, bb, pp, lv ?? "", kk ?? "", sub];
  }
}

interface Layout {
  order: ColId[];
  kodeColumns: number;
  numberRow: boolean;
  mergeKode: boolean;
}

/** The sheet, and for each sheet column the logical column it shows (the kode block is one). */
function render(items: Item[], layout: Layout): { sheet: SheetGrid; colOf: ColId[]; firstData: number } {
  const colOf: ColId[] = [];
  for (const id of layout.order) for (let k = 0; k < (id === "kode" ? layout.kodeColumns : 1); k++) colOf.push(id);
  const header: CellValue[] = colOf.map((id, c) => (id === "kode" ? (colOf[c - 1] === "kode" ? null : "Kode") : id.startsWith("bebas") ? UNRELATED[Number(id.slice(5)) % UNRELATED.length] : HEADERS[id]));
  const rows: CellValue[][] = [["Tabel 3.1 Rumusan Rencana Program dan Kegiatan"], header];
  const merges = [];
  const kodeStart = colOf.indexOf("kode");
  if (layout.mergeKode && layout.kodeColumns > 1) merges.push({ r1: 1, r2: 1, c1: kodeStart, c2: kodeStart + layout.kodeColumns - 1 });
  if (layout.numberRow) {
    let n = 0;
    rows.push(colOf.map((id, c) => (id === "kode" && colOf[c - 1] === "kode" ? null : `(${++n})`)));
    if (layout.kodeColumns > 1) merges.push({ r1: 2, r2: 2, c1: kodeStart, c2: kodeStart + layout.kodeColumns - 1 });
  }
  const firstData = rows.length;
  for (const it of items) {
    const kode = splitKode(it.segments, layout.kodeColumns);
    let k = 0;
    rows.push(colOf.map((id) => (id === "kode" ? (kode[k++] || null) : id.startsWith("bebas") ? "ok" : (it.values[id] ?? null))));
  }
  return { sheet: { name: "Renja", origin: { row: 0, col: 0 }, values: rows, merges }, colOf, firstData };
}

/** Findings with every address made logical: row = item index, column = logical column. */
function logical(findings: Finding[], colOf: ColId[], firstData: number): unknown[] {
  const addr = (s: string): string => {
    const p = parseA1(s);
    if (!p) return s;
    return `${colOf[p.col] ?? `?${p.col}`}#${p.row - firstData}`;
  };
  const text = (s: string): string => s.replace(/\b[A-Z]{1,3}\d{1,5}\b/g, (m) => addr(m)).replace(/baris (\d+)/g, (_m, n: string) => `baris #${Number(n) - 1 - firstData}`);
  return findings
    .map((f) => ({ rule: f.rule, severity: f.severity, cell: addr(f.cell), message: text(f.message), expected: f.expected, actual: f.actual, fix: f.fix ? { cell: addr(f.fix.cell), value: f.fix.value } : undefined }))
    .sort((x, y) => `${x.cell}${x.rule}`.localeCompare(`${y.cell}${y.rule}`));
}

const BASE: ColId[] = ["kode", "nama", "indikator", "target", "pagu", "lokasi", "sumber", "targetMaju", "paguMaju", "keterangan"];

const layoutArb: fc.Arbitrary<Layout> = fc
  .record({
    perm: fc.array(fc.nat(), { minLength: 10, maxLength: 10 }),
    drop: fc.subarray(OPTIONAL),
    extra: fc.array(fc.nat(40), { maxLength: 3 }),
    kodeColumns: fc.integer({ min: 1, max: 6 }),
    numberRow: fc.boolean(),
    mergeKode: fc.boolean(),
  })
  .map(({ perm, drop, extra, kodeColumns, numberRow, mergeKode }) => {
    // A permutation of the kept columns; unrelated columns inserted at chosen places.
    const kept = BASE.filter((c) => !drop.includes(c));
    const order = kept.map((c, i) => ({ c, k: perm[i] ?? i })).sort((a, b) => a.k - b.k || BASE.indexOf(a.c) - BASE.indexOf(b.c)).map((x) => x.c);
    extra.forEach((pos, i) => order.splice(pos % (order.length + 1), 0, `bebas${i}` as ColId));
    return { order, kodeColumns, numberRow, mergeKode };
  });

const planArb = fc.record({
  kegiatan: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 3 }),
  mistakes: fc.record({ pagu: fc.nat(20), satuan: fc.nat(20), duplicate: fc.boolean() }),
});

const REFERENCE: Layout = { order: BASE, kodeColumns: 5, numberRow: true, mergeKode: true };

test("layout changes (number row, column order, dropped or unrelated columns, kode over 1–6 columns) change only addresses", () => {
  fc.assert(
    fc.property(planArb, layoutArb, ({ kegiatan, mistakes }, layout) => {
      const items = plan(kegiatan, mistakes);
      const ref = render(items, REFERENCE);
      const got = render(items, layout);
      const a = validateWorkbook({ sheets: [ref.sheet] });
      const b = validateWorkbook({ sheets: [got.sheet] });
      expect(b.summary.tables.map((t) => t.kind)).toEqual(["T3.1"]);
      expect(logical(b.findings, got.colOf, got.firstData)).toEqual(logical(a.findings, ref.colOf, ref.firstData));
    }),
    { numRuns: Number(process.env.FC_RUNS ?? 150) },
  );
});

test("the reference layout finds the planted mistakes (guards the property against finding nothing anywhere)", () => {
  const items = plan([2, 1], { pagu: 2, satuan: 3, duplicate: true });
  const r = render(items, REFERENCE);
  const found = validateWorkbook({ sheets: [r.sheet] }).findings.map((f) => `${f.rule} ${f.cell}`);
  expect(found).toEqual(expect.arrayContaining(["satuan.tidak-dikenal " + a1(r.firstData + 3, 7), "kode.duplikat " + a1(r.firstData + 5, 0)]));
  expect(found.some((f) => f.startsWith("pagu.jumlah-tidak-sesuai"))).toBe(true);
});
