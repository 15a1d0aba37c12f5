// "Sisipkan Tabel": a standard Renja table layout (header, merged cells, column numbers, formulas, formats,
// drop-down lists, frozen header, print settings) on a new sheet; never over one of the user's sheets.
import * as React from "react";
import { Button, Caption1, Checkbox, Field, Input, makeStyles, Select } from "@fluentui/react-components";
import { toUserMessage } from "../../excel/errors";
import type { TableKind } from "../../renja/model";
import { LISTS_SHEET, type LayoutForm } from "../../renja/layouts";
import { INSERT_FORMS, INSERT_KINDS, insertLayout, parseTahun } from "../insert-service";
import type { ExcelPort } from "../services";
import { NoticeBar } from "./ErrorBar";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: "10px" },
  // A long option must not widen the pane's select past 320 px.
  select: { minWidth: 0, width: "100%" },
});

export interface InsertSectionProps {
  port: ExcelPort;
}

export function InsertSection({ port }: InsertSectionProps): React.JSX.Element {
  const styles = useStyles();
  const [kind, setKind] = React.useState<TableKind>("T4.1");
  const [bentuk, setBentuk] = React.useState<LayoutForm>("permendagri");
  const [tahun, setTahun] = React.useState(String(new Date().getFullYear() + 1));
  const [opd, setOpd] = React.useState("");
  const [examples, setExamples] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string | undefined>();
  const [done, setDone] = React.useState<string | undefined>();
  const [skipped, setSkipped] = React.useState<string[]>([]);
  const parsed = parseTahun(tahun);

  const insert = async (): Promise<void> => {
    if (!parsed.ok) return;
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    setSkipped([]);
    try {
      const out = await insertLayout(port, { kind, tahun: parsed.tahun, opd, exampleRows: examples, bentuk });
      setDone(`Kerangka Tabel ${kind.slice(1)} disisipkan pada lembar "${out.sheet}". Daftar satuan dan sumber dana ada di lembar "${LISTS_SHEET}".`);
      setSkipped(out.report.skipped);
    } catch (e) {
      setError(toUserMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-label="Sisipkan Tabel" className={styles.form}>
      {error && <NoticeBar intent="error" title="Gagal" text={error} />}
      {done && <NoticeBar intent="success" text={done} />}
      {skipped.length > 0 && <NoticeBar intent="warning" title="Sebagian pengaturan dilewati" text={skipped.join(" ")} />}
      <Field label="Tabel">
        <Select value={kind} onChange={(_, d) => setKind(d.value as TableKind)} className={styles.select} select={{ style: { minWidth: 0, width: "100%", textOverflow: "ellipsis" } }}>
          {INSERT_KINDS.map((k) => (
            <option key={k.kind} value={k.kind}>
              {k.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Bentuk tabel" hint={bentuk === "permendagri" && kind === "T4.2" ? "Tabel 4.2 tidak ada dalam lampiran Permendagri; ditulis seperti contoh Renja." : undefined}>
        <Select value={bentuk} onChange={(_, d) => setBentuk(d.value as LayoutForm)} className={styles.select} select={{ style: { minWidth: 0, width: "100%", textOverflow: "ellipsis" } }}>
          {INSERT_FORMS.map((f) => (
            <option key={f.bentuk} value={f.bentuk}>
              {f.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Tahun rencana" validationState={parsed.ok ? "none" : "error"} validationMessage={parsed.ok ? undefined : parsed.message}>
        <Input value={tahun} onChange={(_, d) => setTahun(d.value)} inputMode="numeric" />
      </Field>
      <Field label="Nama Perangkat Daerah" hint="Mis. Dinas Sosial Kabupaten Malang">
        <Input value={opd} onChange={(_, d) => setOpd(d.value)} />
      </Field>
      <Checkbox label="Dengan baris contoh (dari Renja Dinas Sosial Kab. Malang 2024)" checked={examples} onChange={(_, d) => setExamples(d.checked === true)} />
      <div>
        <Button appearance="primary" disabled={busy || !parsed.ok} onClick={() => void insert()}>
          Sisipkan
        </Button>
      </div>
      <Caption1 block>
        Tabel ditulis ke lembar baru; nama yang sudah dipakai mendapat akhiran &quot; 2&quot;. Daftar pilihan dan pengaturan cetak memerlukan Excel yang mendukung ExcelApi 1.8 dan 1.9; bila belum, bagian itu dilewati dan disebutkan di sini.
      </Caption1>
    </section>
  );
}
