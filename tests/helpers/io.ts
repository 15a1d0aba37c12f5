import type { Io } from "../../src/cli/validate";

/** An Io that keeps what the CLI prints, for assertions. */
export function captureIo(): Io & { out: () => string; err: () => string } {
  let out = "";
  let err = "";
  return {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    isTTY: false,
    size: () => 0,
    out: () => out,
    err: () => err,
  };
}
