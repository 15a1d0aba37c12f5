// A worker thread of `renja validate` over several files: reads and validates the files it is handed, one at a
// time (the next one may already wait in its queue), and posts back what the report needs (findings and summary;
// the write plan is only used with one file).
import { parentPort, workerData } from "node:worker_threads";
import type { NomenklaturIndex } from "../renja/nomenklatur";
import type { ColumnOverride } from "../renja/rules/context";
import { builtinNomenklatur } from "../renja/nomenklatur-bawaan";
import { nomenklaturFromBytes } from "./nomenklatur-xlsx";
import { validateFile } from "./validate-file";

interface Init {
  nomenklatur?: { bytes: Uint8Array; path: string } | "bawaan";
  /** The user's column roles (--kolom, --kolom-file), the same for every file. */
  columnMap?: ColumnOverride[];
}

const init = workerData as Init;
let index: Promise<NomenklaturIndex | undefined> | undefined;
/** Files are validated one after another, never interleaved (one file's memory at a time). */
let queue: Promise<void> = Promise.resolve();

async function validateOne(msg: { id: number; file: string }): Promise<void> {
  const list = init.nomenklatur;
  index ??= list === "bawaan" ? Promise.resolve(builtinNomenklatur()) : list ? nomenklaturFromBytes(Buffer.from(list.bytes), list.path) : Promise.resolve(undefined);
  const o = await validateFile(msg.file, await index, false, init.columnMap);
  const result = o.result ? { tables: [], findings: o.result.findings, summary: o.result.summary, plan: { cells: [], sheets: [] } } : undefined;
  parentPort?.postMessage({ id: msg.id, outcome: { file: o.file, result, error: o.error } });
}

parentPort?.on("message", (msg: { id: number; file: string }) => {
  // A failure outside validateFile (the list) ends the worker, as an uncaught error: the pool reports its files.
  queue = queue.then(() => validateOne(msg)).catch((e: unknown) => {
    setImmediate(() => {
      throw e;
    });
  });
});
