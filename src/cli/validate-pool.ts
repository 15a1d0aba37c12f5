// Several files on the command line are read and validated on the machine's cores (worker threads), one file per
// worker at a time; outcomes come back in the order the files were given, whatever order they finish in.
import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { ColumnOverride } from "../renja/rules/context";
import type { FileOutcome } from "./validate-file";

/** Workers pay a start-up (loading the engine); below this many files one thread is faster. */
export const MIN_FILES_FOR_WORKERS = 4;

export function workerCount(files: number): number {
  return Math.max(1, Math.min(files, availableParallelism()));
}

/** The list each worker builds: from the bytes of the user's file, the built-in one ("bawaan"), or none. */
export type WorkerNomenklatur = { bytes: Buffer; path: string } | "bawaan" | undefined;

export async function validateInWorkers(files: string[], nomenklatur: WorkerNomenklatur, onDone: (file: string) => void, columnMap?: ColumnOverride[]): Promise<FileOutcome[]> {
  const outcomes = new Array<FileOutcome>(files.length);
  const n = workerCount(files.length);
  let next = 0;
  const workers: Worker[] = [];
  try {
    await Promise.all(
      Array.from({ length: n }, () =>
        new Promise<void>((resolve) => {
          const worker = new Worker(path.join(__dirname, "validate-worker.cjs"), { workerData: { nomenklatur, columnMap } });
          workers.push(worker);
          let current = -1;
          const feed = () => {
            if (next >= files.length) {
              resolve();
              return;
            }
            current = next++;
            worker.postMessage({ id: current, file: files[current] });
          };
          worker.on("message", (m: { id: number; outcome: FileOutcome }) => {
            outcomes[m.id] = m.outcome;
            onDone(m.outcome.file);
            feed();
          });
          // A worker that dies (out of memory on a hostile file) costs that file, not the run.
          worker.on("error", () => {
            if (current >= 0 && !outcomes[current]) outcomes[current] = { file: files[current], error: `Berkas tidak dapat diproses: ${files[current]}` };
            resolve();
          });
          worker.on("exit", () => resolve());
          feed();
        }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  // Files a dead worker never got to.
  for (let i = 0; i < files.length; i++) outcomes[i] ??= { file: files[i], error: `Berkas tidak dapat diproses: ${files[i]}` };
  return outcomes;
}
