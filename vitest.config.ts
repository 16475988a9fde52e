import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";

const src = (name: string) => fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests run against the sources; the packages still import each other by name.
    alias: {
      "@gongwen/schema": src("schema"),
      "@gongwen/render-md": src("render-md"),
      "@gongwen/render-docx/core": fileURLToPath(new URL("./packages/render-docx/src/core.ts", import.meta.url)),
      "@gongwen/render-docx": src("render-docx"),
      "@gongwen/render-html": src("render-html"),
      "@gongwen/service": src("service"),
      "@gongwen/import": src("import"),
      "@gongwen/lint": src("lint"),
      "@gongwen/template/node": fileURLToPath(new URL("./packages/template/src/node.ts", import.meta.url)),
      "@gongwen/template/detect": fileURLToPath(new URL("./packages/template/src/detect.ts", import.meta.url)),
      "@gongwen/template": src("template"),
    },
  },
  test: {
    include: ["packages/*/src/**/*.test.ts", "packages/*/test/**/*.test.ts", "test/**/*.test.ts"],
    // The pack-and-install test has its own run (pnpm test:install, vitest.install.config.ts).
    exclude: [...configDefaults.exclude, "test/install/**"],
    testTimeout: 30_000,
    // The default report, then one plain `Tests: N passed, N failed` line for CI.
    reporters: ["default", "./test/support/summary-reporter.ts"],
    pool: "forks",
  },
});
