// A plan drawn from a nomenclature list (kabupaten/kota variants): real kode, nama, indikator and satuan, so a
// generated workbook is clean by the list too. Values (targets, pagu) are made as in buildPlan.
import type { NomenklaturEntry, NomenklaturIndex } from "../../src/renja/nomenklatur";
import { canonicalSatuan } from "../../src/renja/satuan";
import type { Rng } from "./prng";
import { K_PATTERNS, makeIndikator, parent, roundTo1000, type GenBidang, type GenIndikator, type GenNode, type GenPlan, type PlanOptions } from "./renja-model";

const URUSAN_NAMA: Record<string, string> = {
  "1": "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR",
  "2": "URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR",
  "3": "URUSAN PEMERINTAHAN PILIHAN",
};

interface Tree {
  nama: string;
  children: Map<string, Tree>;
  entry: NomenklaturEntry;
}

function forKabKot(e: NomenklaturEntry): boolean {
  return !e.jenisPemda || e.jenisPemda.includes("KABKOT");
}

/** bidang → program → kegiatan → sub kegiatan of the kabupaten/kota variants, in the list's order. */
function treeOf(index: NomenklaturIndex): Map<string, Tree> {
  const root = new Map<string, Tree>();
  const byKode = new Map<string, Tree>();
  for (const e of index.entries()) {
    if (!forKabKot(e) || byKode.has(e.kode)) continue;
    const parts = e.kode.split(".");
    const parentKode = parts.length === 2 ? undefined : parts.slice(0, parts.length === 3 ? 2 : parts.length === 5 ? 3 : 5).join(".");
    const node: Tree = { nama: e.nama, children: new Map(), entry: e };
    byKode.set(e.kode, node);
    if (parentKode === undefined) root.set(e.kode, node);
    else byKode.get(parentKode)?.children.set(e.kode, node);
  }
  return root;
}

/** The indikator of a sub kegiatan with the list's text and first satuan (the first of "A / B"). */
function indikatorOf(rng: Rng, e: NomenklaturEntry): GenIndikator {
  const listed = (e.satuan[0] ?? "Dokumen").split(/\s+\/\s+/)[0];
  const unit = canonicalSatuan(listed) ?? listed;
  const base = makeIndikator(rng, e.nama, unit === "%");
  const text = e.indikator[0] ?? `Jumlah ${e.nama}`;
  if (unit === "%") return { ...base, text };
  return { ...base, text, unit, unitText: rng.chance(0.2) ? unit.toLowerCase() : unit };
}

function leafOf(rng: Rng, kode: string[], e: NomenklaturEntry): GenNode {
  const pagu = rng.int(5_000, 900_000) * 1000;
  const paguMaju = roundTo1000((pagu * (100 + rng.int(-10, 15))) / 100);
  const paguRkpd = rng.chance(0.75) ? pagu : roundTo1000((pagu * (100 + rng.pick([5, 10, 25]))) / 100);
  return { level: "subkegiatan", kode, nama: e.nama, indikators: [indikatorOf(rng, e)], pagu, paguMaju, paguRkpd, children: [] };
}

/** Five kode segments of a list kode under a bidang ("X.XX.01.2.02.0001" under 1.06 → 1, 06, 01, 2.02, 0001). */
function segments(kode: string, urusan: string, bidang: string): string[] {
  const p = kode.split(".");
  return [urusan, bidang, p[2] ?? "", p.length >= 5 ? `${p[3]}.${p[4]}` : "", p[5] ?? ""];
}

export function buildPlanFromNomenklatur(rng: Rng, o: PlanOptions, index: NomenklaturIndex): GenPlan {
  const tree = treeOf(index);
  const shared = tree.get("X.XX")?.children.get("X.XX.01");
  const bidangKode = [...tree.keys()].filter((k) => !k.startsWith("X"));
  // The sample's bidang first, then the list's order.
  bidangKode.sort((a, b) => (a === "1.06" ? -1 : b === "1.06" ? 1 : 0));
  const usedNama = new Set<string>();
  const bidang: GenBidang[] = [];
  let remaining = o.subkegiatan;
  for (const bk of bidangKode) {
    if (remaining <= 0) break;
    const [urusan, bb] = bk.split(".");
    const b = tree.get(bk) as Tree;
    const programTrees = [...(shared ? [shared] : []), ...b.children.values()];
    const programs: GenNode[] = [];
    for (const pt of programTrees) {
      if (programs.length >= o.programsPerBidang || remaining <= 0) break;
      const kegiatan: GenNode[] = [];
      const nKeg = rng.int(o.kegiatanPerProgram[0], o.kegiatanPerProgram[1]);
      for (const kt of pt.children.values()) {
        if (kegiatan.length >= nKeg || remaining <= 0) break;
        if (kt.entry.kode.split(".")[3] !== "2") continue; // kabupaten/kota kegiatan
        const subs: GenNode[] = [];
        const nSub = rng.int(o.subPerKegiatan[0], o.subPerKegiatan[1]);
        for (const st of kt.children.values()) {
          if (subs.length >= nSub || remaining <= 0) break;
          // Tables without kode (2.1, 2.3) are matched by nama: one row per nama.
          if (usedNama.has(st.nama)) continue;
          usedNama.add(st.nama);
          subs.push(leafOf(rng, segments(st.entry.kode, urusan, bb), st.entry));
          remaining--;
        }
        if (subs.length === 0 || usedNama.has(kt.nama)) continue;
        usedNama.add(kt.nama);
        kegiatan.push(parent(rng, "kegiatan", segments(kt.entry.kode, urusan, bb), kt.nama, subs, 0.5));
      }
      if (kegiatan.length === 0) continue;
      programs.push(parent(rng, "program", segments(pt.entry.kode, urusan, bb), pt.nama, kegiatan, 0.7));
    }
    if (programs.length > 0) bidang.push({ urusan, bidang: bb, namaUrusan: URUSAN_NAMA[urusan] ?? `URUSAN ${urusan}`, namaBidang: b.nama, programs });
  }
  return { tahun: o.tahun, bidang, kShares: rng.pick(K_PATTERNS), subkegiatanCount: o.subkegiatan - remaining };
}
