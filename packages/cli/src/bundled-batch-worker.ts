// The batch worker thread of the bundled command, bundle/batch-worker-bin.cjs: runs the template
// package's worker (bundle/batch-worker.cjs, written by scripts/bundle.mjs beside the command's
// chunks, which it shares) with V8's code cache, as the bin runs the command. Each worker compiled
// its ~1 MB of code again at every batch otherwise: some 150 ms of each worker's start, while the
// rows wait. Only meaningful in bundle/; the command starts it (commands/batch.ts) when it runs from
// there.
import { fileURLToPath } from "node:url";
import { parentPort } from "node:worker_threads";
import { requireWithCodeCache } from "./code-cache.js";

requireWithCodeCache(fileURLToPath(new URL("./batch-worker.cjs", import.meta.url)), undefined, (save) => {
  // A worker is terminated at the end of the batch, without an `exit` event: the caches are made
  // once its first rows are done (the rendering's functions compiled by then), after it answered.
  parentPort?.once("message", () => setImmediate(save));
});
