// "Hitung Ulang": applies the engine's recomputed values (capaian, jumlah pagu) from the last validation.
import * as React from "react";
import { Button, Text } from "@fluentui/react-components";
import { toUserMessage } from "../../excel/errors";
import type { ValidationResult } from "../../renja/engine";
import type { ExcelPort } from "../services";
import { NoticeBar } from "./ErrorBar";

export interface RecalcSectionProps {
  port: ExcelPort;
  result: ValidationResult | undefined;
  onGoToValidation: () => void;
}

export function RecalcSection({ port, result, onGoToValidation }: RecalcSectionProps): React.JSX.Element {
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string | undefined>();
  const [done, setDone] = React.useState<string | undefined>();

  if (!result) {
    return (
      <section aria-label="Hitung Ulang">
        <Text block>Jalankan Validasi Renja terlebih dahulu; hasilnya menentukan nilai yang dihitung ulang.</Text>
        <Button onClick={onGoToValidation}>Ke Validasi Renja</Button>
      </section>
    );
  }
  const count = result.plan.cells.length + result.plan.sheets.length;
  const apply = async (): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      const report = await port.apply(result.plan);
      setDone([`${count} perubahan diterapkan.`, ...report.skipped].join(" "));
    } catch (e) {
      setError(toUserMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-label="Hitung Ulang">
      {error && <NoticeBar intent="error" title="Gagal" text={error} />}
      {done && <NoticeBar intent="success" text={done} />}
      {count === 0 ? (
        <Text block>Tidak ada nilai yang perlu dihitung ulang.</Text>
      ) : (
        <>
          <Text block>{`${result.plan.cells.length} sel berisi nilai hitung ulang (capaian, jumlah pagu) siap ditulis ke buku kerja.`}</Text>
          <Button appearance="primary" disabled={busy || done !== undefined} onClick={() => void apply()}>
            Terapkan
          </Button>
        </>
      )}
    </section>
  );
}
