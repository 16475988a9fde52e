import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (name: string) => fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests run against the sources; the packages still import each other by name.
    alias: {
      "@gongwen/schema": src("schema"),
      "@gongwen/render-md": src("render-md"),
      "@gongwen/render-docx": src("render-docx"),
      "@gongwen/render-html": src("render-html"),
      "@gongwen/import": src("import"),
      "@gongwen/lint": src("lint"),
    },
  },
  test: {
    include: ["packages/*/src/**/*.test.ts", "packages/*/test/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 30_000,
    // The default report, then one plain `Tests: N passed, N failed` line for CI.
    reporters: ["default", "./test/support/summary-reporter.ts"],
    pool: "forks",
  },
});
