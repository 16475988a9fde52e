import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { build } from "vite";

/** Debian's Chromium (the `chromium` package, installed by scripts/install-test-tools.sh): never a downloaded browser build. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const webRoot = fileURLToPath(new URL("../../", import.meta.url));

/** Builds the single-file editor from the current sources into a fresh folder; returns the path of its index.html. */
export async function buildSingleFile(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), "gongwen-web-"));
  await build({
    root: webRoot,
    configFile: join(webRoot, "vite.config.ts"),
    mode: "singlefile",
    logLevel: "warn",
    build: { outDir, emptyOutDir: true },
  });
  return join(outDir, "index.html");
}

/** A browser page on the single-file build opened from disk, with the network blocked and every request recorded. */
export interface OfflineEditor {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Every URL the page asked for that is not the file itself (should stay empty). */
  blocked: string[];
  /** Errors thrown in the page. */
  errors: string[];
}

/** Launches Chromium headless and opens the editor from disk, offline. */
export async function openOffline(file: string): Promise<OfflineEditor> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: run \`pnpm setup:test\` (apt-get install chromium)`);
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  const context = await browser.newContext({
    viewport: { width: 1600, height: 1000 },
    acceptDownloads: true,
    locale: "zh-CN",
  });
  await context.setOffline(true);
  const blocked: string[] = [];
  const errors: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("file:") || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`file://${file}`);
  await page.waitForSelector(".gw-page");
  return { browser, context, page, blocked, errors };
}

/** What the editor exposes on `globalThis.gongwen` for tests (see src/main.ts), as seen from page.evaluate. */
export type EditorWindow = typeof globalThis & {
  gongwen: {
    store: { text: string; analysis: { report?: unknown }; setText(text: string, origin: string): void };
    source: { view: import("@codemirror/view").EditorView };
  };
  latencies: number[];
  keyHandler?: () => void;
};
