// Several files on the command line are read and validated on the machine's cores: the main thread takes files
// too (it has the engine loaded already; each worker thread pays its own start-up: loading the TypeScript through
// tsx, the list, a cold JIT), plus one worker thread per further core. Outcomes come back in the order the files
// were given, whatever order they finish in.
import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { ColumnOverride } from "../renja/rules/context";
import type { FileOutcome } from "./validate-file";

/** Workers pay a start-up (loading the engine); below this many files one thread is faster. */
export const MIN_FILES_FOR_WORKERS = 4;

/**
 * The main thread takes only files up to this size: a hostile file that exhausts memory then ends a worker (and
 * costs that file), never the run. Agency workbooks are far smaller (300 sub kegiatan: about 0,2 MB).
 */
export const MAIN_THREAD_MAX_BYTES = 2 * 1024 * 1024;

/** Files handed to a worker ahead of time, so it never waits while the main thread validates a file of its own. */
const WORKER_QUEUE = 2;

/** Threads validating at once (the main thread included). */
export function workerCount(files: number): number {
  return Math.max(1, Math.min(files, availableParallelism()));
}

/** The list each worker builds: from the bytes of the user's file, the built-in one ("bawaan"), or none. */
export type WorkerNomenklatur = { bytes: Buffer; path: string } | "bawaan" | undefined;

/** Validates one file in the main thread (the same as a worker does). */
export type LocalValidate = (file: string) => Promise<FileOutcome>;

function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0; // unreadable: the reader says why, in whichever thread
  }
}

export async function validateInWorkers(files: string[], nomenklatur: WorkerNomenklatur, onDone: (file: string) => void, columnMap?: ColumnOverride[], local?: LocalValidate): Promise<FileOutcome[]> {
  const outcomes = new Array<FileOutcome>(files.length);
  const claimed = new Array<boolean>(files.length).fill(false);
  const threads = workerCount(files.length);
  const n = local ? Math.max(1, threads - 1) : threads;
  let nextForWorker = 0;
  let nextForMain = 0;
  const claimForWorker = (): number => {
    while (nextForWorker < files.length && claimed[nextForWorker]) nextForWorker++;
    if (nextForWorker >= files.length) return -1;
    claimed[nextForWorker] = true;
    return nextForWorker++;
  };
  const claimForMain = (): number => {
    for (; nextForMain < files.length; nextForMain++) {
      if (!claimed[nextForMain] && fileSize(files[nextForMain]) <= MAIN_THREAD_MAX_BYTES) {
        claimed[nextForMain] = true;
        return nextForMain++;
      }
    }
    return -1;
  };
  const workers: Worker[] = [];
  const unclaimed = (): boolean => claimed.some((c) => !c);
  const runWorker = (): Promise<void> =>
    new Promise<void>((resolve) => {
      const worker = new Worker(path.join(__dirname, "validate-worker.cjs"), { workerData: { nomenklatur, columnMap } });
      workers.push(worker);
      const pending = new Set<number>();
      let served = 0;
      const feed = () => {
        while (pending.size < WORKER_QUEUE) {
          const i = claimForWorker();
          if (i < 0) break;
          pending.add(i);
          worker.postMessage({ id: i, file: files[i] });
        }
        if (pending.size === 0) resolve();
      };
      worker.on("message", (m: { id: number; outcome: FileOutcome }) => {
        outcomes[m.id] = m.outcome;
        pending.delete(m.id);
        served++;
        onDone(m.outcome.file);
        feed();
      });
      // A worker that dies (out of memory on a hostile file) costs the files it holds, not the run: a new one
      // takes the files not handed out yet (unless this one never finished a file: it would fail alike).
      worker.on("error", () => {
        for (const i of pending) outcomes[i] ??= { file: files[i], error: `Berkas tidak dapat diproses: ${files[i]}` };
        pending.clear();
        resolve(served > 0 && unclaimed() ? runWorker() : undefined);
      });
      worker.on("exit", () => resolve());
      feed();
    });
  const inWorkers = Array.from({ length: n }, runWorker);
  const inMain = async () => {
    if (!local) return;
    for (let i = claimForMain(); i >= 0; i = claimForMain()) {
      outcomes[i] = await local(files[i]);
      onDone(files[i]);
      // The workers' messages are taken in between, so their queues are refilled.
      await new Promise((r) => setImmediate(r));
    }
  };
  try {
    await Promise.all([...inWorkers, inMain()]);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  // Files no thread got to (a worker that could not start).
  for (let i = 0; i < files.length; i++) outcomes[i] ??= { file: files[i], error: `Berkas tidak dapat diproses: ${files[i]}` };
  return outcomes;
}
