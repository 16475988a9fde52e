/**
 * The batch worker thread (a file of its own, resolved by the pool with
 * `new URL("./worker.js", import.meta.url)`, so it stays a separate entry after bundling):
 * receives the setup once, then rows, and posts each row's files or problems back.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { BatchResult, BatchSetup, BatchTask } from "./batch-protocol.js";
import { batchRenderer } from "./batch-render.js";

const port = parentPort;
if (port) {
  const render = batchRenderer(workerData as BatchSetup);
  port.on("message", (tasks: BatchTask[]) => {
    const results: BatchResult[] = tasks.map(render);
    const transfer = new Set<ArrayBuffer>();
    for (const result of results) {
      if (!result.ok) continue;
      for (const output of result.outputs) {
        // Only a buffer the output owns alone is moved; a view into a shared one is copied.
        const own = output.data.byteOffset === 0 && output.data.byteLength === output.data.buffer.byteLength;
        if (!own) output.data = output.data.slice();
        transfer.add(output.data.buffer as ArrayBuffer);
      }
    }
    port.postMessage(results, [...transfer]);
  });
}
