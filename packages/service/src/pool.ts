import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import type { Task, TaskResult } from "./task.js";

/** The heap a worker thread may use, in MiB: a render needs a few; a hostile input is stopped at this. */
export const WORKER_HEAP_MB = 512;

/** Why a task did not run to its end: its time ran out (its worker was stopped), or the queue was full. */
export class PoolRefusal extends Error {
  constructor(readonly reason: "timeout" | "busy") {
    super(reason === "timeout" ? "the task took too long and its worker was stopped" : "the queue is full");
    this.name = "PoolRefusal";
  }
}

/**
 * The worker file: next to this module once built (`dist/render-worker.js`). Tests run the
 * TypeScript sources, whose workers load the built file (pnpm test builds first).
 */
function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  const built = here.endsWith(".ts") ? "../dist/render-worker.js" : "./render-worker.js";
  return fileURLToPath(new URL(built, import.meta.url));
}

/** The pool's figures, for /healthz and logs. */
export interface PoolStats {
  workers: number;
  running: number;
  queued: number;
  completed: number;
  /** Workers stopped because their task ran out of time. */
  stopped: number;
}

/**
 * A fixed pool of worker threads (piscina) with a bounded queue. `run` gives a task at most
 * `timeoutMs` (queue wait included): past it the task is aborted — a running task's worker is
 * terminated, so the work really stops — and PoolRefusal("timeout") is thrown. A task arriving
 * when `queue` tasks already wait is refused at once with PoolRefusal("busy").
 */
export class RenderPool {
  private readonly pool: Piscina;
  private stopped = 0;

  constructor(
    readonly workers: number,
    readonly queue: number,
    private readonly timeoutMs: number,
  ) {
    this.pool = new Piscina({
      filename: workerFile(),
      minThreads: workers,
      maxThreads: workers,
      concurrentTasksPerWorker: 1,
      // A worker that runs out of memory is stopped alone (ERR_WORKER_OUT_OF_MEMORY), not the process.
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      idleTimeout: Number.POSITIVE_INFINITY,
    });
  }

  private warming: Promise<void> = Promise.resolve();

  /** Loads the readers and writers in every worker, so the first requests are as fast as the others. */
  warm(): Promise<void> {
    this.warming = Promise.all(
      Array.from({ length: this.workers }, () => this.pool.run({ kind: "warm" } satisfies Task)),
    ).then(() => undefined);
    return this.warming;
  }

  /** Resolves when every worker is loaded: after start, and after a worker stopped for a timeout was replaced. */
  ready(): Promise<void> {
    return this.warming;
  }

  /** Runs a task on a worker. @throws PoolRefusal; the worker's own errors as they are. */
  async run(task: Task): Promise<TaskResult> {
    // Every worker busy and the queue full: refuse now rather than wait.
    if (this.inFlight >= this.workers + this.queue) throw new PoolRefusal("busy");
    const signal = AbortSignal.timeout(this.timeoutMs);
    this.inFlight++;
    try {
      return (await this.pool.run(task, { signal })) as TaskResult;
    } catch (error) {
      if (signal.aborted) {
        this.stopped++;
        // Piscina replaces the terminated worker; load it now rather than in the next request's time.
        this.warming = this.pool.run({ kind: "warm" } satisfies Task).then(
          () => undefined,
          () => undefined,
        );
        throw new PoolRefusal("timeout");
      }
      throw error;
    } finally {
      this.inFlight--;
    }
  }

  /** Tasks running or waiting. */
  private inFlight = 0;

  /** The pool's figures now. */
  stats(): PoolStats {
    return {
      workers: this.pool.threads.length,
      running: Math.min(this.inFlight, this.workers),
      queued: this.pool.queueSize,
      completed: this.pool.completed,
      stopped: this.stopped,
    };
  }

  /** Stops every worker (after the server has finished its requests). */
  async close(): Promise<void> {
    await this.pool.destroy();
  }
}
