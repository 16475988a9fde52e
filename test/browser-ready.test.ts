import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/** The packages that must run in a browser (the web editor): the model, readers, checks and writers. */
const BROWSER_PACKAGES = ["schema", "render-md", "render-docx", "render-html", "import", "lint"];

const BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

describe("browser-ready packages", () => {
  for (const name of BROWSER_PACKAGES) {
    it(`@gongwen/${name} imports no Node built-in module and uses no Node global`, () => {
      const files = sources(fileURLToPath(new URL(`../packages/${name}/src/`, import.meta.url)));
      expect(files.length).toBeGreaterThan(3);
      for (const file of files) {
        const text = readFileSync(file, "utf8");
        const imports = [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"/gms)].map(
          (m) => m[1] as string,
        );
        for (const specifier of imports) expect(BUILTINS.has(specifier), `${file} imports ${specifier}`).toBe(false);
        const code = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
        expect(code, file).not.toMatch(/\b(Buffer|process|require|__dirname)\b\s*[.(]/);
      }
    });
  }
});
