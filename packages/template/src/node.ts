/**
 * @gongwen/template/node — the batch renderer on worker threads, for the command and the
 * service (Node only; the rest of the package is browser-safe).
 */

export {
  BATCH_CHUNK,
  BATCH_IN_FLIGHT,
  BATCH_WORKER_HEAP_MB,
  BATCH_WORKER_YOUNG_MB,
  type BatchOptions,
  type BatchRows,
  defaultWorkerUrl,
  renderBatch,
} from "./batch.js";
export {
  BATCH_FORMATS,
  type BatchFormat,
  type BatchOutput,
  type BatchReply,
  type BatchResult,
  type BatchSetup,
  type BatchTask,
  type StagedOutput,
} from "./batch-protocol.js";
export { type BatchRendererOptions, batchRenderer } from "./batch-render.js";
