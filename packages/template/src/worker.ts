/**
 * The batch worker thread (a file of its own, resolved by the pool with
 * `new URL("./worker.js", import.meta.url)`, so it stays a separate entry after bundling):
 * receives the setup once, then rows, and posts each row's files or problems back. With a
 * staging folder (BatchSetup.stageIn), it writes each file there itself and posts only its path.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { crc32, deflateRawSync } from "node:zlib";
import type { BatchReply, BatchResult, BatchSetup, BatchTask, StagedOutput } from "./batch-protocol.js";
import { batchRenderer } from "./batch-render.js";

/** Writes a row's outputs into the staging folder; the result then names the files. */
function stage(result: BatchResult, folder: string): BatchResult<StagedOutput> {
  if (!result.ok) return result;
  const outputs = result.outputs.map(({ format, data }) => {
    const file = join(folder, `${result.id}.${format}`);
    writeFileSync(file, data);
    return { format, file };
  });
  return { ...result, outputs };
}

/** The results posted with their buffers moved, not copied (a view into a shared one is copied). */
function postMoved(port: NonNullable<typeof parentPort>, results: BatchResult[]): void {
  const transfer = new Set<ArrayBuffer>();
  for (const result of results) {
    if (!result.ok) continue;
    for (const output of result.outputs) {
      const own = output.data.byteOffset === 0 && output.data.byteLength === output.data.buffer.byteLength;
      if (!own) output.data = output.data.slice();
      transfer.add(output.data.buffer as ArrayBuffer);
    }
  }
  port.postMessage({ results } satisfies BatchReply, [...transfer]);
}

const port = parentPort;
if (port) {
  const setup = workerData as BatchSetup;
  // zlib's DEFLATE and CRC-32: native, several times faster than the writer's portable defaults.
  const render = batchRenderer(setup, { deflateRaw: deflateRawSync, crc32 });
  const folder = setup.stageIn;
  port.on("message", (tasks: BatchTask[]) => {
    const results = tasks.map(render);
    if (folder === undefined) {
      postMoved(port, results);
      return;
    }
    let reply: BatchReply<StagedOutput>;
    try {
      reply = { results: results.map((result) => stage(result, folder)) };
    } catch (error) {
      const { code, message, path } = error as NodeJS.ErrnoException;
      reply = { writeFailure: { message, file: path ?? folder, ...(code === undefined ? {} : { code }) } };
    }
    port.postMessage(reply);
  });
}
