// `pnpm release <version | patch | minor | major> [--out <dir>]`: bumps every publishable package
// (packages/* not marked private) to one new version, builds, and packs each into <dir> (default
// release/), ready for `npm publish <tarball>`. Nothing is published and nothing committed: check
// the tarballs (`pnpm test:install` installs them as users would), then commit and publish.
// Stops before changing anything when a package lacks a field publishing needs.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { packAll, packageProblems, publishablePackages, ROOT } from "./packages.mjs";

/** The version after `current` for a bump name, or `wanted` itself when it is a version. */
export function nextVersion(current, wanted) {
  const [major, minor, patch] = current.split(/[.-]/).map(Number);
  if (wanted === "major") return `${major + 1}.0.0`;
  if (wanted === "minor") return `${major}.${minor + 1}.0`;
  if (wanted === "patch") return `${major}.${minor}.${patch + 1}`;
  if (/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(wanted ?? "")) return wanted;
  throw new Error(`not a version nor patch, minor or major: ${wanted}`);
}

function main(argv) {
  const wanted = argv[0];
  const outIndex = argv.indexOf("--out");
  const out = resolve(outIndex >= 0 ? argv[outIndex + 1] : join(ROOT, "release"));
  if (!wanted || wanted.startsWith("-")) {
    console.error("usage: pnpm release <version | patch | minor | major> [--out <dir>]");
    return 2;
  }
  const rootManifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
  const packages = publishablePackages();
  const problems = packages.flatMap((p) => packageProblems(p.manifest, p.folder, rootManifest));
  const versions = new Set(packages.map((p) => p.manifest.version));
  if (versions.size !== 1) problems.push(`the packages have different versions: ${[...versions].join(", ")}`);
  if (problems.length > 0) {
    for (const problem of problems) console.error(problem);
    return 1;
  }
  const version = nextVersion([...versions][0], wanted);
  for (const { dir, manifest } of packages) {
    manifest.version = version;
    writeFileSync(join(dir, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  }
  console.log(`== ${packages.length} packages at ${version}; building`);
  execFileSync("pnpm", ["build"], { cwd: ROOT, stdio: "inherit" });
  const tarballs = packAll(out);
  for (const tarball of Object.values(tarballs)) console.log(relative(ROOT, tarball));
  console.log(`Publish each with: npm publish <tarball> (from ${relative(ROOT, out) || "."})`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
