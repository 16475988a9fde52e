import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";
import { viteSingleFile } from "vite-plugin-singlefile";

const src = (name: string) => fileURLToPath(new URL(`../${name}/src/index.ts`, import.meta.url));

/**
 * In a build, the page may not connect anywhere: a Content-Security-Policy with `connect-src 'none'`
 * makes "nothing leaves the machine" a rule the browser enforces, not a promise.
 */
function offlinePolicy(): Plugin {
  return {
    name: "gongwen-offline-policy",
    apply: "build",
    transformIndexHtml(html) {
      const policy =
        "default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'none'; form-action 'none'; base-uri 'none'";
      return html.replace("<head>", `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
    },
  };
}

/**
 * Two builds from one source: `vite build` writes the static site to `dist/site`; `vite build
 * --mode singlefile` writes `dist/single/index.html` with every script and style inlined, which
 * works opened from disk (file://) with the network off.
 */
export default defineConfig(({ mode }) => ({
  base: "./",
  resolve: {
    // The editor bundles the packages' sources, so it needs no `pnpm build` of them first.
    alias: {
      "@gongwen/schema": src("schema"),
      "@gongwen/render-md": src("render-md"),
      "@gongwen/render-docx": src("render-docx"),
      "@gongwen/render-html": src("render-html"),
      "@gongwen/import": src("import"),
      "@gongwen/lint": src("lint"),
    },
  },
  plugins:
    mode === "singlefile" ? [viteSingleFile({ removeViteModuleLoader: true }), offlinePolicy()] : [offlinePolicy()],
  build: {
    outDir: mode === "singlefile" ? "dist/single" : "dist/site",
    emptyOutDir: true,
    target: "es2022",
    chunkSizeWarningLimit: 4096,
    reportCompressedSize: false,
  },
}));
