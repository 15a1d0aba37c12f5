// For sections that work on the last read of the workbook: reads and validates it on request.
import * as React from "react";
import { Button, Caption1, ProgressBar, Text } from "@fluentui/react-components";
import { toUserMessage } from "../../excel/errors";
import { runValidation, type ExcelPort, type Validate, type ValidationRun } from "../services";
import { NoticeBar } from "./ErrorBar";

export interface ReadFirstProps {
  port: ExcelPort;
  validate?: Validate;
  onRun: (run: ValidationRun) => void;
  /** Why the section needs the read, in Bahasa Indonesia. */
  text: string;
  /** The button's label. */
  label?: string;
}

/** A button that reads and validates the workbook (the same run the Validasi section makes). */
export function useReadWorkbook(port: ExcelPort, onRun: (run: ValidationRun) => void, validate?: Validate): { read: () => Promise<void>; busy: boolean; error: string | undefined } {
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string | undefined>();
  const read = async (): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      onRun(await runValidation(port, undefined, validate));
    } catch (e) {
      setError(toUserMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return { read, busy, error };
}

export function ReadFirst({ port, validate, onRun, text, label = "Baca buku kerja" }: ReadFirstProps): React.JSX.Element {
  const { read, busy, error } = useReadWorkbook(port, onRun, validate);
  return (
    <div>
      {error && <NoticeBar intent="error" title="Gagal" text={error} />}
      <Text block style={{ marginBottom: 8 }}>
        {text}
      </Text>
      <Button appearance="primary" disabled={busy} onClick={() => void read()}>
        {label}
      </Button>
      {busy && (
        <div role="status" aria-live="polite" style={{ marginTop: 8 }}>
          <ProgressBar />
          <Caption1>Membaca buku kerja…</Caption1>
        </div>
      )}
    </div>
  );
}
