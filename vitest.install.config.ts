import { defineConfig } from "vitest/config";

/**
 * `pnpm test:install` (CI runs it after `pnpm test`): packs every publishable package and installs
 * the tarballs with plain npm into fresh projects outside the repository. Needs `pnpm build` first,
 * and the npm registry for the packages' own dependencies (cached between runs).
 */
export default defineConfig({
  test: {
    include: ["test/install/**/*.test.ts"],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    reporters: ["default", "./test/support/summary-reporter.ts"],
    pool: "forks",
  },
});
