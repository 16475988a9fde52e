import { availableParallelism } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it, vi } from "vitest";
import { run, tempDir } from "./helpers.js";

/** The jobs each renderBatch call was asked for. */
const asked: (number | undefined)[] = [];

vi.mock("@gongwen/template/node", async (original) => {
  const module = await original<typeof import("@gongwen/template/node")>();
  return {
    ...module,
    renderBatch: (options: Parameters<typeof module.renderBatch>[0]) => {
      asked.push(options.jobs);
      return module.renderBatch(options as never);
    },
  };
});

const example = (name: string) => fileURLToPath(new URL(`../../../examples/batch/${name}`, import.meta.url));

// The bundled command (GONGWEN_TEST_BUNDLE) holds its own copy of renderBatch, which no mock reaches.
describe.skipIf(process.env.GONGWEN_TEST_BUNDLE)("gongwen batch --jobs", () => {
  it("starts no more worker threads than the machine has cores", async () => {
    const out = join(tempDir(), "out");
    const result = await run(
      ...["batch", example("template.yaml"), "--data", example("counties.csv"), "-o", out, "--to", "md"],
      ...["--jobs", "30"],
    );
    expect(result.code).toBe(0);
    expect(asked).toEqual([Math.min(30, availableParallelism())]);
  });
});
