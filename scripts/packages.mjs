// The publishable packages of the workspace: every packages/*/package.json that is not private.
// Used by the release script (scripts/release.mjs), by the test that keeps every package ready to
// publish (test/packages.test.ts) and by the pack-and-install test (test/install/).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const ROOT = fileURLToPath(new URL("../", import.meta.url));

/** The oldest Node a package may ask for: require() of ES modules works from 20.19 on. */
export const NODE_RANGE = ">=20.19";

/**
 * Every publishable package: `{ dir, name, manifest }`, `dir` absolute, in folder order. A
 * package is publishable unless its package.json says `"private": true`.
 */
export function publishablePackages(root = ROOT) {
  const packages = [];
  for (const folder of readdirSync(join(root, "packages")).sort()) {
    const file = join(root, "packages", folder, "package.json");
    if (!existsSync(file)) continue;
    const manifest = JSON.parse(readFileSync(file, "utf8"));
    if (manifest.private === true) continue;
    packages.push({ dir: join(root, "packages", folder), folder, name: manifest.name, manifest });
  }
  return packages;
}

/**
 * What keeps a package from being published as gongwen publishes: one sentence per missing or
 * wrong field. `rootManifest` is the workspace's package.json (it holds the repository address).
 */
export function packageProblems(manifest, folder, rootManifest) {
  const problems = [];
  const need = (ok, message) => {
    if (!ok) problems.push(`packages/${folder}: ${message}`);
  };
  need(manifest.name === `@gongwen/${folder}`, `name must be "@gongwen/${folder}"`);
  need(/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(manifest.version ?? ""), "version must be a semantic version");
  need(typeof manifest.description === "string" && manifest.description.length > 10, "needs a description");
  need(Array.isArray(manifest.keywords) && manifest.keywords.length > 0, "needs keywords");
  need(manifest.license === "MIT", 'license must be "MIT"');
  need(manifest.type === "module", 'type must be "module"');
  need(
    manifest.repository?.url === rootManifest.repository?.url &&
      manifest.repository?.directory === `packages/${folder}`,
    `repository must be { "type": "git", "url": "${rootManifest.repository?.url}", "directory": "packages/${folder}" }`,
  );
  need(manifest.engines?.node === NODE_RANGE, `engines.node must be "${NODE_RANGE}"`);
  need(manifest.publishConfig?.access === "public", 'publishConfig.access must be "public" (a scoped package)');
  need(Array.isArray(manifest.files) && manifest.files.length > 0, "needs files (what the tarball holds)");
  const main = manifest.exports?.["."];
  need(
    typeof main === "object" && main !== null,
    'needs exports["."] with types, import and default (require() of an ES module on Node ≥ 20.19)',
  );
  if (typeof main === "object" && main !== null) {
    const keys = Object.keys(main);
    need(keys[0] === "types", 'exports["."].types must come first');
    need(typeof main.import === "string", 'exports["."] needs import');
    need(main.default === main.import, 'exports["."].default must be the file import names');
  }
  for (const [name, range] of Object.entries(manifest.dependencies ?? {})) {
    need(range === "workspace:*" || !String(range).startsWith("workspace:"), `${name}: use "workspace:*"`);
  }
  need(existsSync(join(ROOT, "packages", folder, "README.md")), "needs a README.md");
  return problems;
}

/**
 * Packs every publishable package with pnpm (which runs each prepack script and turns
 * `workspace:*` into the version) into `outDir`, and returns the tarballs' paths by package name.
 * The packages must be built (pnpm build).
 */
export function packAll(outDir, root = ROOT) {
  mkdirSync(outDir, { recursive: true });
  const tarballs = {};
  for (const { dir, name } of publishablePackages(root)) {
    const before = new Set(readdirSync(outDir));
    execFileSync("pnpm", ["pack", "--pack-destination", outDir], { cwd: dir, stdio: "pipe" });
    const made = readdirSync(outDir).filter((f) => f.endsWith(".tgz") && !before.has(f));
    if (made.length !== 1) throw new Error(`pnpm pack in ${dir} made ${made.length} tarballs`);
    tarballs[name] = join(outDir, made[0]);
  }
  return tarballs;
}
