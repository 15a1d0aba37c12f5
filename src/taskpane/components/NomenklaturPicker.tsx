// "Muat daftar nomenklatur": the list the validation checks kode, nama and satuan against. The picked .xlsx is
// read in the pane (File.arrayBuffer), never uploaded; "Pakai daftar bawaan" and "Matikan" switch back or off.
import * as React from "react";
import { Button, Caption1, makeStyles } from "@fluentui/react-components";
import { describeNomenklatur, loadNomenklaturFile, nomenklaturSource, setNomenklaturSource } from "../nomenklatur-service";

const useStyles = makeStyles({
  box: { display: "flex", flexWrap: "wrap", gap: "4px 8px", alignItems: "center", marginBottom: "8px" },
  hidden: { display: "none" },
});

export interface NomenklaturPickerProps {
  disabled?: boolean;
  /** A plain message for the pane (a file that is not a list). */
  onError: (message: string) => void;
  onNotice: (message: string) => void;
}

export function NomenklaturPicker({ disabled, onError, onNotice }: NomenklaturPickerProps): React.JSX.Element {
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const [source, setSource] = React.useState(nomenklaturSource());
  const [loading, setLoading] = React.useState(false);

  const picked = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    setLoading(true);
    try {
      const index = await loadNomenklaturFile(new Uint8Array(await file.arrayBuffer()), file.name);
      setSource(nomenklaturSource());
      onNotice(`Daftar nomenklatur ${index.name} dimuat (${index.size} kode); validasi berikutnya memakainya. Berkas hanya dibaca di komputer ini.`);
    } catch (e) {
      onError(e instanceof Error ? e.message : "Daftar nomenklatur tidak dapat dibaca.");
    } finally {
      setLoading(false);
      if (input.current) input.current.value = "";
    }
  };

  const use = (next: Parameters<typeof setNomenklaturSource>[0]): void => {
    setNomenklaturSource(next);
    setSource(next);
  };

  return (
    <div className={styles.box}>
      <Caption1>{loading ? "Membaca daftar nomenklatur…" : describeNomenklatur(source)}</Caption1>
      <input ref={input} className={styles.hidden} type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" aria-label="Berkas daftar nomenklatur" onChange={(e) => void picked(e.target.files?.[0])} />
      <Button size="small" disabled={disabled || loading} onClick={() => input.current?.click()}>
        Muat daftar nomenklatur
      </Button>
      {source.kind !== "bawaan" && (
        <Button size="small" appearance="subtle" disabled={disabled || loading} onClick={() => use({ kind: "bawaan" })}>
          Pakai daftar bawaan
        </Button>
      )}
      {source.kind !== "tanpa" && (
        <Button size="small" appearance="subtle" disabled={disabled || loading} onClick={() => use({ kind: "tanpa" })}>
          Matikan pemeriksaan nomenklatur
        </Button>
      )}
    </div>
  );
}
