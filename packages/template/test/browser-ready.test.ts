import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/** The Node-only part of the package: the batch runner on worker threads (`@gongwen/template/node`). */
const NODE_ONLY = new Set(["node.ts", "batch.ts", "worker.ts"]);
const BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
const SRC = fileURLToPath(new URL("../src/", import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith(".ts") && !NODE_ONLY.has(entry.name) ? [path] : [];
  });
}

const importsOf = (text: string) =>
  [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"/gms)].map((m) => m[1] as string);

describe("the template core is browser-safe", () => {
  it("imports no Node built-in module, uses no Node global, and never reaches the Node-only files", () => {
    const files = sources(SRC);
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      for (const specifier of importsOf(text)) {
        expect(BUILTINS.has(specifier), `${file} imports ${specifier}`).toBe(false);
        expect(NODE_ONLY.has(specifier.replace(/^\.\/|\.js$/g, "").concat(".ts")), `${file} imports ${specifier}`).toBe(
          false,
        );
      }
      const code = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
      expect(code, file).not.toMatch(/\b(Buffer|process|require|__dirname)\b\s*[.(]/);
    }
  });
});
