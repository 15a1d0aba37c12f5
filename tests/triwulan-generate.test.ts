import fc from "fast-check";
import { a1, parseRange, SheetView, type CellValue, type SheetGrid } from "../src/renja/grid";
import { buildLayoutHeader, layoutGeometry, sheetWriteToGrid } from "../src/renja/layouts";
import { composedFormula, isComposedFormula, type ComposedFormula, type SheetWrite } from "../src/renja/plan";
import { findTables } from "../src/renja/tables/detect";
import { distribute, generateTabel42, profileWeights, TriwulanError } from "../src/renja/triwulan";

const W = 100n * 1_000_000n; // profile weights: percent × 10^6

/** |q − pagu·w/W| < unit, exactly, in integers. */
function withinUnit(q: number, pagu: number, w: bigint, unit: number): boolean {
  const diff = BigInt(q) * W - BigInt(pagu) * w;
  const abs = diff < 0n ? -diff : diff;
  return abs < BigInt(unit) * W;
}

/** Four percentages with two decimals summing to 100, zeros included now and then. */
const profileArb = fc
  .tuple(fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 0, max: 10000 }))
  .map(([a, b, c]) => {
    const [x, y, z] = [a, b, c].sort((p, q) => p - q);
    return [x, y - x, z - y, 10000 - z].map((v) => v / 100);
  });

describe("distribute", () => {
  test("equal quarters, ties of the leftover rupiah go to the earlier triwulan", () => {
    expect(distribute(100, [25, 25, 25, 25])).toEqual([25, 25, 25, 25]);
    expect(distribute(10)).toEqual([3, 3, 2, 2]);
    expect(distribute(0)).toEqual([0, 0, 0, 0]);
  });

  test("the sample narrative's profile 6 / 20,8 / 39,8 / 33,4", () => {
    expect(distribute(1_000_000, [6, 20.8, 39.8, 33.4])).toEqual([60_000, 208_000, 398_000, 334_000]);
    // 42.480.001 × (6; 20,8; 39,8; 33,4) % = 2.548.800,06; 8.835.840,208; 16.907.040,398; 14.188.320,334:
    // one rupiah left over, to the largest remainder (,398: triwulan III).
    expect(distribute(42_480_001, [6, 20.8, 39.8, 33.4])).toEqual([2_548_800, 8_835_840, 16_907_041, 14_188_320]);
  });

  test("rounding unit: multiples of the unit, the remainder below one unit in the last non-zero triwulan", () => {
    // 1.234.567 / 4 = 308.641,75 each; 567 stays with triwulan IV, the 1.234 thousands go by largest remainder.
    expect(distribute(1_234_567, [25, 25, 25, 25], { unit: 1000 })).toEqual([309_000, 309_000, 308_000, 308_567]);
    // Triwulan IV has 0 %: triwulan III absorbs.
    expect(distribute(1_234_567, [50, 25, 25, 0], { unit: 1000 })).toEqual([617_000, 309_000, 308_567, 0]);
    // The absorbing triwulan's share is below the remainder: it keeps just the remainder.
    expect(distribute(1_999, [97, 1, 1, 1], { unit: 1000 })).toEqual([1_000, 0, 0, 999]);
  });

  test("bad profiles, pagu and units are refused with a message in Bahasa Indonesia", () => {
    const kind = (f: () => unknown): string => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(TriwulanError);
        return `${(e as TriwulanError).kind}: ${(e as TriwulanError).message}`;
      }
      throw new Error("no error");
    };
    expect(kind(() => distribute(100, [50, 50, 10, 0]))).toMatch(/^profile-sum: Jumlah persentase triwulan harus 100 %, bukan 110 %/);
    expect(kind(() => distribute(100, [110, -10, 0, 0]))).toMatch(/^profile-negative: .*tidak boleh negatif/);
    expect(kind(() => distribute(100, [50, 50]))).toMatch(/^profile-length: .*4 persentase/);
    expect(kind(() => distribute(100, [25, 25, 25, Number.NaN]))).toMatch(/^profile-not-number/);
    expect(kind(() => distribute(100, [33.3333333, 33.3333333, 33.3333334, 0]))).toMatch(/^profile-precision/);
    expect(kind(() => distribute(-5))).toMatch(/^pagu: .*tidak negatif/);
    expect(kind(() => distribute(10.5))).toMatch(/^pagu/);
    expect(kind(() => distribute(100, [25, 25, 25, 25], { unit: 0 }))).toMatch(/^unit: .*bilangan bulat positif/);
  });

  test("property: exact sum, never negative, each within one Rupiah of its exact share", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), profileArb, (pagu, profile) => {
        const q = distribute(pagu, profile);
        const w = profileWeights(profile);
        expect(q.reduce((s, v) => s + v, 0)).toBe(pagu);
        q.forEach((v, i) => {
          expect(Number.isSafeInteger(v)).toBe(true);
          expect(v).toBeGreaterThanOrEqual(0);
          expect(withinUnit(v, pagu, w[i], 1)).toBe(true);
          if (w[i] === 0n) expect(v).toBe(0);
        });
      }),
      { numRuns: 2000 },
    );
  });

  test("property: with a rounding unit, within one unit of the exact share, multiples of the unit but one", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e15 }), profileArb, fc.oneof(fc.constantFrom(10, 100, 1000, 5000, 1_000_000), fc.integer({ min: 1, max: 1e7 })), (pagu, profile, unit) => {
        const q = distribute(pagu, profile, { unit });
        const w = profileWeights(profile);
        const absorb = [3, 2, 1, 0].find((i) => w[i] > 0n) as number;
        expect(q.reduce((s, v) => s + v, 0)).toBe(pagu);
        q.forEach((v, i) => {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(withinUnit(v, pagu, w[i], unit)).toBe(true);
          if (i !== absorb) expect(v % unit).toBe(0);
          if (w[i] === 0n) expect(v).toBe(0);
        });
        expect(q[absorb] % unit).toBe(pagu % unit);
      }),
      { numRuns: 2000 },
    );
  });
});

// ------------------------------------------------------------------------------------- random Tabel 4.1 tables

interface SubSpec {
  pagu: number;
  /** How the pagu cell is written. */
  form: "number" | "text" | "rp" | "malformed" | "empty";
}
interface KegiatanSpec {
  subs: SubSpec[];
}
interface ProgramSpec {
  kegiatan: KegiatanSpec[];
}

const subArb: fc.Arbitrary<SubSpec> = fc.record({
  pagu: fc.integer({ min: 0, max: 50_000_000_000 }),
  form: fc.constantFrom<SubSpec["form"]>("number", "number", "text", "rp", "malformed", "empty"),
});
const tableArb = fc.array(fc.record({ kegiatan: fc.array(fc.record({ subs: fc.array(subArb, { minLength: 0, maxLength: 4 }) }), { minLength: 1, maxLength: 3 }) }), { minLength: 1, maxLength: 3 });

function indo(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

function paguCell(s: SubSpec): CellValue {
  switch (s.form) {
    case "number":
      return s.pagu;
    case "text":
      return indo(s.pagu);
    case "rp":
      return `Rp ${indo(s.pagu)},-`;
    case "malformed":
      return `${s.pagu}.5.12`;
    case "empty":
      return null;
  }
}

/** A Tabel 4.1 sheet in the standard layout, from a random program/kegiatan/sub kegiatan tree. */
function build41(programs: ProgramSpec[], parentPagu: (sum: number) => CellValue): SheetGrid {
  const header = buildLayoutHeader("T4.1", { tahun: 2025, opd: "Dinas Uji" }, "Tabel 4.1");
  const geo = layoutGeometry("T4.1");
  const rows: CellValue[][] = header.rows.map((r) => r.map((v) => (isComposedFormula(v) ? null : v)));
  const line = (kode: string, nama: string, pagu: CellValue): CellValue[] => {
    const l = new Array<CellValue>(geo.width).fill(null);
    const p = kode.split(".");
    const segs = [p[0], p[1], p[2], p.length >= 5 ? `${p[3]}.${p[4]}` : "", p[5] ?? ""];
    segs.forEach((s, j) => (l[geo.kodeColumns[j]] = s || null));
    l[geo.columns.nama as number] = nama;
    l[geo.columns.indikator as number] = `Indikator ${nama}`;
    l[geo.columns.pagu as number] = pagu;
    return l;
  };
  rows.push(line("1", "URUSAN SOSIAL", null));
  rows.push(line("1.06", "BIDANG URUSAN SOSIAL", null));
  programs.forEach((p, i) => {
    const pk = `1.06.${String(i + 1).padStart(2, "0")}`;
    const readable = (s: SubSpec) => (s.form === "malformed" || s.form === "empty" ? 0 : s.pagu);
    rows.push(line(pk, `PROGRAM ${i + 1}`, parentPagu(p.kegiatan.flatMap((k) => k.subs).reduce((t, s) => t + readable(s), 0))));
    p.kegiatan.forEach((k, j) => {
      const kk = `${pk}.2.${String(j + 1).padStart(2, "0")}`;
      rows.push(line(kk, `Kegiatan ${i + 1}.${j + 1}`, parentPagu(k.subs.reduce((t, s) => t + readable(s), 0))));
      k.subs.forEach((s, m) => rows.push(line(`${kk}.${String(m + 1).padStart(4, "0")}`, `Sub kegiatan ${i + 1}.${j + 1}.${m + 1}`, paguCell(s))));
    });
  });
  return { name: "Tabel 4.1", origin: { row: 0, col: 0 }, values: rows, merges: (header.merges ?? []).map((m) => parseRange(m)!) };
}

/** The value a cell of the write shows: a constant, or the cached result of its formula. */
function shown(w: SheetWrite, r: number, c: number): CellValue {
  const v = w.rows[r]?.[c] ?? null;
  return isComposedFormula(v) ? (w.results?.[r]?.[c] ?? null) : v;
}

/** Evaluates "=SUM(T9:T11,T14)" over the write's shown values. */
function evalSum(w: SheetWrite, formula: string): number {
  const m = /^=SUM\((.*)\)$/.exec(formula);
  if (!m) throw new Error(`not a SUM: ${formula}`);
  let total = 0;
  for (const part of m[1].split(",")) {
    const r = parseRange(part)!;
    for (let row = r.r1; row <= r.r2; row++) for (let c = r.c1; c <= r.c2; c++) {
      const v = shown(w, row, c);
      if (typeof v === "number") total += v;
    }
  }
  return total;
}

describe("generateTabel42 on random Tabel 4.1 tables", () => {
  const geo = layoutGeometry("T4.2");
  const paguCol = geo.columns.pagu as number;
  const rpCols = (["rp1", "rp2", "rp3", "rp4"] as const).map((r) => geo.columns[r] as number);
  const kCols = (["k1", "k2", "k3", "k4"] as const).map((r) => geo.columns[r] as number);

  test("property: sub kegiatan quarters sum to their pagu, parents equal their children's sums, the total all of it", () => {
    fc.assert(
      fc.property(tableArb, profileArb, fc.constantFrom(undefined, 1000), fc.boolean(), (programs, profile, unit, parentsWritten) => {
        const grid = build41(programs, (sum) => (parentsWritten ? sum : null));
        const view = new SheetView(grid);
        const tables = findTables(view);
        expect(tables.map((t) => t.kind)).toEqual(["T4.1"]);
        const { write, findings, totals, distributed } = generateTabel42(tables[0], view, { profile, unit, tahun: 2025, opd: "Dinas Uji" });

        const subs = programs.flatMap((p) => p.kegiatan.flatMap((k) => k.subs));
        const readable = subs.filter((s) => s.form !== "malformed" && s.form !== "empty");
        const kegiatanWithoutSubs = programs.flatMap((p) => p.kegiatan).filter((k) => k.subs.length === 0).length;
        expect(distributed).toBe(readable.length + (parentsWritten ? kegiatanWithoutSubs : 0));
        expect(findings.filter((f) => f.rule === "triwulan.pagu-tidak-terbaca")).toHaveLength(subs.filter((s) => s.form === "malformed").length);
        // Parents are written as the sums of what is readable below them: never a mismatch to report.
        expect(findings.filter((f) => f.rule === "triwulan.pagu-induk-berbeda")).toEqual([]);

        const expectedTotal = readable.reduce((s, x) => s + x.pagu, 0);
        expect(totals.pagu).toBe(expectedTotal);
        expect(totals.triwulan.reduce((s, v) => s + v, 0)).toBe(expectedTotal);

        let jumlahRows = 0;
        for (let r = geo.dataStart; r < write.rows.length; r++) {
          const pagu = write.rows[r][paguCol];
          if (isComposedFormula(pagu)) {
            // A parent: its cached values are what its SUM formulas compute, and its quarters add up to its pagu.
            expect(shown(write, r, paguCol)).toBe(evalSum(write, pagu.formula));
            rpCols.forEach((c) => expect(shown(write, r, c)).toBe(evalSum(write, (write.rows[r][c] as ComposedFormula).formula)));
            expect(rpCols.reduce((s, c) => s + (shown(write, r, c) as number), 0)).toBe(shown(write, r, paguCol));
            kCols.forEach((c, q) => {
              const p = shown(write, r, paguCol) as number;
              const rp = shown(write, r, rpCols[q]) as number;
              expect(write.rows[r][c]).toEqual(composedFormula(`=IF(${a1(r, paguCol)}=0,0,ROUND(${a1(r, rpCols[q])}/${a1(r, paguCol)}*100,2))`));
              // Two decimals, rounded: |K·100·pagu − Rp·10000| ≤ pagu / 2, in integers.
              const k = shown(write, r, c) as number;
              if (p === 0) expect(k).toBe(0);
              else {
                const k100 = BigInt(Math.round(k * 100));
                const d = k100 * BigInt(p) - BigInt(rp) * 10000n;
                expect((d < 0n ? -d : d) * 2n <= BigInt(p)).toBe(true);
              }
            });
            if (write.rows[r][geo.columns.nama as number] === "JUMLAH") {
              jumlahRows++;
              expect(shown(write, r, paguCol)).toBe(expectedTotal);
            }
          } else if (typeof pagu === "number" && write.rows[r][geo.columns.nama as number] === "JUMLAH") {
            // Every row left out: the total is 0, written as a constant.
            jumlahRows++;
            expect([pagu, ...rpCols.map((c) => write.rows[r][c])]).toEqual([0, 0, 0, 0, 0]);
            expect(expectedTotal).toBe(0);
          } else if (typeof pagu === "number") {
            // A leaf: constants that sum exactly to its pagu, K = the profile.
            const rp = rpCols.map((c) => write.rows[r][c] as number);
            expect(rp.reduce((s, v) => s + v, 0)).toBe(pagu);
            rp.forEach((v) => expect(v).toBeGreaterThanOrEqual(0));
            expect(kCols.map((c) => write.rows[r][c])).toEqual(profile);
          } else {
            rpCols.forEach((c) => expect(write.rows[r][c]).toBeNull());
          }
        }
        expect(jumlahRows).toBe(1);

        // The sheet it writes is recognised as Tabel 4.2 with every row of 4.1 whose pagu can be read, and the
        // JUMLAH row; the note naming the rows left out is not read as part of the table.
        const again = findTables(new SheetView(sheetWriteToGrid(write)));
        expect(again.map((t) => t.kind)).toEqual(["T4.2"]);
        // Left out: the unreadable sub kegiatan, a kegiatan whose sub kegiatan all are, a program whose kegiatan all went.
        const allOut = (k: { subs: SubSpec[] }) => k.subs.length > 0 && k.subs.every((s) => s.form === "malformed");
        const leftOut = subs.filter((s) => s.form === "malformed").length + programs.reduce((n, p) => n + p.kegiatan.filter(allOut).length + (p.kegiatan.length > 0 && p.kegiatan.every(allOut) ? 1 : 0), 0);
        expect(totals.leftOut).toBe(leftOut);
        expect(again[0].rows).toHaveLength(tables[0].rows.length + 1 - leftOut);
      }),
      { numRuns: 150 },
    );
  });

  test("a parent pagu in 4.1 that differs from its children's sum is reported; 4.2 uses the sum", () => {
    const programs: ProgramSpec[] = [{ kegiatan: [{ subs: [{ pagu: 1_000_000, form: "number" }, { pagu: 2_000_000, form: "text" }] }] }];
    const view = new SheetView(build41(programs, (sum) => sum + 5));
    const [t41] = findTables(view);
    const { write, findings } = generateTabel42(t41, view, { profile: [6, 20.8, 39.8, 33.4] });
    const diff = findings.filter((f) => f.rule === "triwulan.pagu-induk-berbeda");
    expect(diff).toHaveLength(2); // program and kegiatan
    expect(diff[0]).toMatchObject({ category: "triwulan", severity: "warning", expected: 3_000_000, actual: 3_000_005 });
    expect(diff[0].message).toContain("3.000.005");
    const programRow = geo.dataStart + 2; // urusan, bidang, program
    expect(shown(write, programRow, paguCol)).toBe(3_000_000);
    expect(rpCols.map((c) => shown(write, programRow, c))).toEqual([180_000, 624_000, 1_194_000, 1_002_000]);
  });

  test("a row whose pagu cannot be read is left out and named in a note on the sheet and in the findings", () => {
    const programs: ProgramSpec[] = [{ kegiatan: [{ subs: [{ pagu: 42_480, form: "malformed" }, { pagu: 1_000, form: "number" }] }] }];
    const view = new SheetView(build41(programs, () => null));
    const [t41] = findTables(view);
    const { write, findings, totals } = generateTabel42(t41, view);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "triwulan.pagu-tidak-terbaca", category: "triwulan", severity: "warning", actual: "42480.5.12" });
    expect(findings[0].message).toBe(
      'Sub kegiatan 1.06.01.2.01.0001 "Sub kegiatan 1.1.1" tidak dimasukkan ke Tabel 4.2: pagunya pada Tabel 4.1 (Tabel 4.1!M12) "42480.5.12" tidak terbaca sebagai rupiah (Kelompok angka "42480" berisi 5 digit sebelum pemisah ribuan "."; seharusnya paling banyak 3 digit).',
    );
    // The readable sub kegiatan takes the unreadable one's place; the totals are what could be read.
    const subRow = geo.dataStart + 4;
    expect(write.rows[subRow][paguCol]).toBe(1_000);
    expect(rpCols.map((c) => write.rows[subRow][c])).toEqual([250, 250, 250, 250]);
    expect(totals.pagu).toBe(1_000);
    const texts = write.rows.map((r) => r[0]).filter((v): v is string => typeof v === "string");
    expect(texts.slice(-2)).toEqual([
      "Tabel 4.2 di atas tidak memuat 1 baris Tabel 4.1 (1 pagunya tidak terbaca); jumlahnya tanpa baris berikut:",
      '1.06.01.2.01.0001 Sub kegiatan 1.1.1 — Tabel 4.1!M12 "42480.5.12" (Kelompok angka "42480" berisi 5 digit sebelum pemisah ribuan "."; seharusnya paling banyak 3 digit)',
    ]);
    expect(findings[0].cell).toBe(`A${write.rows.length}`);
  });

  test("per sub kegiatan profiles override the default; a bad one is refused", () => {
    const programs: ProgramSpec[] = [{ kegiatan: [{ subs: [{ pagu: 1_000, form: "number" }, { pagu: 1_000, form: "number" }] }] }];
    const view = new SheetView(build41(programs, () => null));
    const [t41] = findTables(view);
    const perRow = new Map([["1.06.01.2.01.0002", [0, 0, 0, 100]]]);
    const { write } = generateTabel42(t41, view, { perRow });
    const subRow = geo.dataStart + 4;
    expect(rpCols.map((c) => write.rows[subRow][c])).toEqual([250, 250, 250, 250]);
    expect(rpCols.map((c) => write.rows[subRow + 1][c])).toEqual([0, 0, 0, 1_000]);
    expect(() => generateTabel42(t41, view, { perRow: new Map([["1.06.01.2.01.0002", [50, 60, 0, 0]]]) })).toThrow(/Profil sub kegiatan 1\.06\.01\.2\.01\.0002: Jumlah persentase/);
  });
});
