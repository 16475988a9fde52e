// `pnpm bench`: speed figures of the writers and checks on the ~5,000-character example report.
// Each part lives in its own script (bench-*.mjs, exporting run()); this runs them in turn.
import { existsSync } from "node:fs";

const parts = [
  "bench-md.mjs",
  "bench-docx.mjs",
  "bench-validate.mjs",
  "bench-lint.mjs",
  "bench-fill.mjs",
  "bench-start.mjs",
  "bench-batch.mjs",
  "bench-service.mjs",
  "bench-hostile.mjs",
];
for (const part of parts) {
  const url = new URL(`./${part}`, import.meta.url);
  if (!existsSync(url)) continue;
  const { run } = await import(url.href);
  await run();
}
