import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../src/", import.meta.url));

/** The modules a source file imports or re-exports (type-only imports included). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"/gms)].map((m) => m[1] as string);
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

/** Every package an entry loads, through the source files it reaches, by the file that imports it. */
function packagesReached(entry: string): Map<string, string> {
  const seen = new Set<string>();
  const packages = new Map<string, string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of importsOf(file)) {
      if (specifier.startsWith(".")) visit(join(dirname(file), specifier.replace(/\.js$/, ".ts")));
      else packages.set(specifier, relative(SRC, file));
    }
  };
  visit(join(SRC, entry));
  return packages;
}

describe("what the writer's sources import", () => {
  it("no DOCX library: only the model, and fflate in the main entry's default compressor", () => {
    for (const file of sources(SRC)) {
      for (const specifier of importsOf(file).filter((s) => !s.startsWith("."))) {
        const allowed =
          specifier === "@gongwen/schema" || (specifier === "fflate" && file.endsWith("fflate-deflate.ts"));
        expect(allowed, `${relative(SRC, file)} imports ${specifier}`).toBe(true);
      }
    }
  });

  it("the core entry never reaches fflate; the main entry does, for its default", () => {
    expect([...packagesReached("core.ts").keys()]).toEqual(["@gongwen/schema"]);
    expect(packagesReached("index.ts").get("fflate")).toBe("package/fflate-deflate.ts");
  });
});
