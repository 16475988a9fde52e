import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageProblems, publishablePackages, ROOT } from "../scripts/packages.mjs";
import { nextVersion } from "../scripts/release.mjs";

const rootManifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));

describe("publishable packages", () => {
  it("are found without a list: every packages/* that is not private", () => {
    const names = publishablePackages().map((p) => p.name);
    for (const name of ["@gongwen/schema", "@gongwen/render-docx", "@gongwen/cli"]) expect(names).toContain(name);
    expect(publishablePackages().every((p) => p.manifest.private !== true)).toBe(true);
  });

  for (const { folder, manifest } of publishablePackages()) {
    it(`${manifest.name} has every field publishing needs`, () => {
      expect(packageProblems(manifest, folder, rootManifest)).toEqual([]);
    });
  }

  it("share one version, which the release script bumps together", () => {
    expect(new Set(publishablePackages().map((p) => p.manifest.version)).size).toBe(1);
  });

  it("names each missing field of a package that lacks them", () => {
    const bare = { name: "@gongwen/extra", version: "0.1.0", type: "module", exports: { ".": "./dist/index.js" } };
    const problems = packageProblems(bare, "extra", rootManifest).join("\n");
    for (const field of [
      "description",
      "keywords",
      "license",
      "repository",
      "engines.node",
      "publishConfig",
      "files",
    ]) {
      expect(problems).toContain(field);
    }
    expect(problems).toContain('exports["."] with types, import and default');
    const noDefault = { ...bare, exports: { ".": { types: "./dist/index.d.ts", import: "./dist/index.js" } } };
    expect(packageProblems(noDefault, "extra", rootManifest).join("\n")).toContain("default");
  });

  it("get their next version from the release script's bump names", () => {
    expect(nextVersion("0.1.0", "patch")).toBe("0.1.1");
    expect(nextVersion("0.1.3", "minor")).toBe("0.2.0");
    expect(nextVersion("0.9.2", "major")).toBe("1.0.0");
    expect(nextVersion("0.1.0", "1.0.0-rc.1")).toBe("1.0.0-rc.1");
    expect(() => nextVersion("0.1.0", "next")).toThrow("not a version");
  });
});
