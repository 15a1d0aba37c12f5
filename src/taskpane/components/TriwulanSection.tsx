// "Tabel 4.2": the pagu of a Tabel 4.1 spread over the triwulan by a profile (preset or the user's own, optionally
// per sub kegiatan), previewed with its totals, then written as "Tabel 4.2 (otomatis)" right after Tabel 4.1.
import * as React from "react";
import { Button, Caption1, Checkbox, Field, Input, makeStyles, Radio, RadioGroup, Select, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { toUserMessage } from "../../excel/errors";
import { formatAngka } from "../../renja/angka";
import { formatRupiah } from "../../renja/rupiah";
import { TABEL42_SHEET, TriwulanError } from "../../renja/triwulan";
import type { ExcelPort, Validate, ValidationRun } from "../services";
import {
  guessTahunOpd,
  parseProfile,
  previewTabel42,
  PROFILE_PRESETS,
  profileTexts,
  subKegiatanLabel,
  subKegiatanOf,
  tabel41Sources,
  totalText,
  writeTabel42,
  type Tabel42Preview,
} from "../triwulan-service";
import { NoticeBar } from "./ErrorBar";
import { ReadFirst } from "./ReadFirst";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: "10px" },
  quarters: { display: "grid", gridTemplateColumns: "repeat(4, minmax(0, 1fr))", gap: "4px" },
  notes: { margin: "4px 0 0", paddingLeft: "16px" },
  percent: { minWidth: 0, width: "100%" },
  subRow: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: "6px", marginTop: "6px" },
  subHead: { display: "flex", alignItems: "flex-start", gap: "4px", justifyContent: "space-between" },
  subName: { overflowWrap: "anywhere", fontSize: tokens.fontSizeBase200 },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, fontVariantNumeric: "tabular-nums" },
  cell: { padding: "2px 4px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, textAlign: "right" },
  first: { textAlign: "left" },
  total: { fontWeight: tokens.fontWeightSemibold },
  actions: { display: "flex", gap: "8px", alignItems: "center" },
});

const TW = ["I", "II", "III", "IV"];

export interface TriwulanSectionProps {
  port: ExcelPort;
  run: ValidationRun | undefined;
  onRun: (run: ValidationRun) => void;
  validate?: Validate;
}

/** Four percentage fields of one profile. */
function ProfileFields({ texts, onChange, label }: { texts: string[]; onChange: (t: string[]) => void; label: string }): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.quarters} role="group" aria-label={label}>
      {texts.map((t, i) => (
        <Field key={i} label={`TW ${TW[i]} (%)`} size="small">
          <Input
            size="small"
            className={styles.percent}
            input={{ style: { minWidth: 0, width: "100%" } }}
            value={t}
            inputMode="decimal"
            onChange={(_, d) => {
              const next = [...texts];
              next[i] = d.value;
              onChange(next);
            }}
          />
        </Field>
      ))}
    </div>
  );
}

export function TriwulanSection({ port, run, onRun, validate }: TriwulanSectionProps): React.JSX.Element {
  const styles = useStyles();
  const sources = React.useMemo(() => (run ? tabel41Sources(run) : []), [run]);
  const [sourceIndex, setSourceIndex] = React.useState<number | undefined>();
  const source = sources.find((s) => s.index === sourceIndex) ?? sources[0];
  const [preset, setPreset] = React.useState<string>("rata");
  const [own, setOwn] = React.useState<string[]>(profileTexts(PROFILE_PRESETS[0].profile));
  const [round, setRound] = React.useState(false);
  const [tahun, setTahun] = React.useState("");
  const [opd, setOpd] = React.useState("");
  const [perRowOn, setPerRowOn] = React.useState(false);
  const [perRow, setPerRow] = React.useState<{ kode: string; texts: string[] }[]>([]);
  const [pick, setPick] = React.useState("");
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string | undefined>();
  const [done, setDone] = React.useState<string | undefined>();
  const [skipped, setSkipped] = React.useState<string[]>([]);

  // Defaults from the chosen table's titles.
  React.useEffect(() => {
    if (!run || !source) return;
    const g = guessTahunOpd(run.wb, source.table);
    setTahun(g.tahun ? String(g.tahun) : "");
    setOpd(g.opd ?? "");
    setPerRow([]);
  }, [run, source]);

  const subs = React.useMemo(() => (source ? subKegiatanOf(source.table) : []), [source]);

  const profile = React.useMemo(() => (preset === "sendiri" ? parseProfile(own) : { ok: true as const, profile: PROFILE_PRESETS.find((p) => p.id === preset)!.profile }), [preset, own]);
  const tahunNumber = /^\d{4}$/.test(tahun.trim()) ? Number(tahun.trim()) : undefined;

  // Undefined while a profile field is wrong (the field says why); an error the engine raises is shown as such.
  const preview = React.useMemo((): { ok: true; preview: Tabel42Preview } | { ok: false; message: string } | undefined => {
    if (!run || !source || !profile.ok) return undefined;
    const perRowMap = new Map<string, number[]>();
    for (const r of perRowOn ? perRow : []) {
      const parsed = parseProfile(r.texts);
      if (!parsed.ok) return undefined;
      perRowMap.set(r.kode, parsed.profile);
    }
    try {
      return { ok: true, preview: previewTabel42(run.wb, source.table, { profile: profile.profile, perRow: perRowMap, roundThousands: round, tahun: tahunNumber, opd, nomenklatur: run.options }) };
    } catch (e) {
      if (e instanceof TriwulanError) return { ok: false, message: e.message };
      throw e;
    }
  }, [run, source, profile, round, tahunNumber, opd, perRowOn, perRow]);

  if (!run) {
    return (
      <section aria-label="Tabel 4.2">
        <ReadFirst port={port} validate={validate} onRun={onRun} text="Baca buku kerja untuk memilih Tabel 4.1 yang paginya dibagi per triwulan." />
      </section>
    );
  }
  if (!source) {
    return (
      <section aria-label="Tabel 4.2">
        <Text block style={{ marginBottom: 8 }}>
          Tidak ada Tabel 4.1 yang dikenali pada pembacaan terakhir. Sisipkan kerangka Tabel 4.1 (bagian Sisipkan Tabel), isi, lalu baca ulang.
        </Text>
        <ReadFirst port={port} validate={validate} onRun={onRun} label="Baca ulang" text="" />
      </section>
    );
  }

  const write = async (p: Tabel42Preview): Promise<void> => {
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    try {
      const report = await writeTabel42(port, p);
      setSkipped(report.skipped);
      setDone(`Lembar "${report.sheets[0] ?? TABEL42_SHEET}" ditulis setelah "${source.table.sheet}" (${p.result.distributed} sub kegiatan dibagi per triwulan).`);
    } catch (e) {
      setError(toUserMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const available = subs.filter((s) => !perRow.some((r) => r.kode === s.kode));
  return (
    <section aria-label="Tabel 4.2" className={styles.form}>
      {error && <NoticeBar intent="error" title="Gagal" text={error} />}
      {done && <NoticeBar intent="success" text={done} />}
      {skipped.length > 0 && <NoticeBar intent="warning" text={skipped.join(" ")} />}
      {sources.length > 1 && (
        <Field label="Tabel 4.1 sumber">
          <Select value={String(source.index)} onChange={(_, d) => setSourceIndex(Number(d.value))} style={{ minWidth: 0, width: "100%" }} select={{ style: { minWidth: 0, width: "100%", textOverflow: "ellipsis" } }}>
            {sources.map((s) => (
              <option key={s.index} value={s.index}>
                {s.label}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {sources.length === 1 && <Caption1 block>{`Sumber: ${source.label}`}</Caption1>}
      <Field label="Profil penyerapan per triwulan">
        <RadioGroup value={preset} onChange={(_, d) => setPreset(d.value)}>
          {PROFILE_PRESETS.map((p) => (
            <Radio key={p.id} value={p.id} label={p.label} />
          ))}
          <Radio value="sendiri" label="Profil sendiri" />
        </RadioGroup>
      </Field>
      {preset === "sendiri" && (
        <Field validationState={profile.ok ? "none" : "error"} validationMessage={profile.ok ? undefined : profile.message}>
          <ProfileFields texts={own} onChange={setOwn} label="Profil sendiri" />
        </Field>
      )}
      <Checkbox label="Bulatkan ke Rp 1.000 (sisa di triwulan terakhir)" checked={round} onChange={(_, d) => setRound(d.checked === true)} />
      <Field label="Tahun rencana" validationState={tahun === "" || tahunNumber ? "none" : "error"} validationMessage={tahun === "" || tahunNumber ? undefined : "Empat angka, mis. 2025."}>
        <Input value={tahun} onChange={(_, d) => setTahun(d.value)} inputMode="numeric" />
      </Field>
      <Field label="Perangkat Daerah">
        <Input value={opd} onChange={(_, d) => setOpd(d.value)} />
      </Field>
      <Checkbox label="Profil lain untuk sub kegiatan tertentu" checked={perRowOn} onChange={(_, d) => setPerRowOn(d.checked === true)} />
      {perRowOn && (
        <div>
          <div className={styles.actions}>
            <Select aria-label="Sub kegiatan" value={pick} onChange={(_, d) => setPick(d.value)} style={{ flex: 1, minWidth: 0 }} select={{ style: { minWidth: 0, width: "100%", textOverflow: "ellipsis" } }}>
              <option value="">Pilih sub kegiatan…</option>
              {available.map((s) => (
                <option key={s.kode} value={s.kode}>
                  {subKegiatanLabel(s)}
                </option>
              ))}
            </Select>
            <Button
              size="small"
              disabled={pick === ""}
              onClick={() => {
                setPerRow([...perRow, { kode: pick, texts: profile.ok ? profileTexts(profile.profile) : [...own] }]);
                setPick("");
              }}
            >
              Tambah
            </Button>
          </div>
          {perRow.map((r, i) => {
            const sub = subs.find((s) => s.kode === r.kode);
            const parsed = parseProfile(r.texts);
            return (
              <div key={r.kode} className={styles.subRow}>
                <div className={styles.subHead}>
                  <span className={styles.subName}>{sub ? subKegiatanLabel(sub) : r.kode}</span>
                  <Button size="small" appearance="subtle" onClick={() => setPerRow(perRow.filter((_, j) => j !== i))}>
                    Hapus
                  </Button>
                </div>
                <Field validationState={parsed.ok ? "none" : "error"} validationMessage={parsed.ok ? undefined : parsed.message}>
                  <ProfileFields texts={r.texts} label={`Profil ${r.kode}`} onChange={(texts) => setPerRow(perRow.map((x, j) => (j === i ? { ...x, texts } : x)))} />
                </Field>
              </div>
            );
          })}
        </div>
      )}
      {preview && !preview.ok && <NoticeBar intent="error" text={preview.message} />}
      {preview?.ok && (
        <div>
          <Subtitle2 as="h2" block>
            Pratinjau jumlah
          </Subtitle2>
          <table className={styles.table}>
            <thead>
              <tr>
                <th className={`${styles.cell} ${styles.first}`}>Triwulan</th>
                <th className={styles.cell}>Rp</th>
                <th className={styles.cell}>%</th>
              </tr>
            </thead>
            <tbody>
              {preview.preview.quarters.map((q, i) => (
                <tr key={i}>
                  <td className={`${styles.cell} ${styles.first}`}>{TW[i]}</td>
                  <td className={styles.cell}>{formatRupiah(q.rp)}</td>
                  <td className={styles.cell}>{q.percent === null ? "–" : formatAngka(q.percent, 2)}</td>
                </tr>
              ))}
              <tr className={styles.total}>
                <td className={`${styles.cell} ${styles.first}`}>Jumlah</td>
                <td className={styles.cell}>{formatRupiah(preview.preview.quarters.reduce((s, q) => s + q.rp, 0))}</td>
                <td className={styles.cell}>{preview.preview.result.totals.pagu > 0 ? "100" : "–"}</td>
              </tr>
            </tbody>
          </table>
          <Caption1 block>
            {totalText(preview.preview)}
          </Caption1>
          {preview.preview.result.findings.length > 0 && (
            <details>
              <summary>
                <Caption1>{`${preview.preview.result.findings.length} catatan tentang Tabel 4.1 sumber${preview.preview.result.totals.leftOut > 0 ? ` (${preview.preview.result.totals.leftOut} baris tidak dimasukkan)` : ""}`}</Caption1>
              </summary>
              <ul className={styles.notes}>
                {preview.preview.result.findings.map((f, i) => (
                  <li key={i}>
                    <Caption1>{f.message}</Caption1>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy || !preview?.ok || !preview.preview.exact} onClick={() => preview?.ok && void write(preview.preview)}>
          {`Tulis "${TABEL42_SHEET}"`}
        </Button>
      </div>
      <Caption1 block>Lembar ini milik add-in dan ditulis ulang utuh setiap kali; ubah profilnya di sini, bukan di lembar.</Caption1>
    </section>
  );
}
