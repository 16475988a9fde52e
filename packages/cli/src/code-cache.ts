import {
  closeSync,
  constants as fsConstants,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { homedir, tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { constants, Script } from "node:vm";
import { crc32 } from "node:zlib";

/**
 * Runs the bundled command's CommonJS chunks (bundle/*.cjs) with V8's code cache, so that a start
 * does not compile them again: compiling the ~900 kB a `render` reads took ~50 ms of each run, as
 * much as the rest of the start-up. Node 20 caches no compiled code of its own (22.1 has
 * `module.enableCompileCache()`, and none for ES modules before), but `vm.Script` takes V8's
 * cached data and makes it, so the command is loaded as plain scripts here.
 *
 * A chunk's cache is made when the process exits, after the command ran, so it holds the functions
 * the command compiled as it went too. One file per chunk, in a folder per install of the command
 * (bundleCacheDir) inside `codeCacheDir()`, a folder per Node version and platform: the CRC-32 of the chunk's source it was made from, the CRC-32 of V8's data,
 * then the data. V8 itself checks only its version, its flags and the source's length, so the first
 * CRC is what keeps an upgraded bundle (the same `command.cjs` naming other chunks) from running
 * with an old cache. The cache can only speed a start: one that is missing, made from another
 * source, corrupt or rejected by V8 is ignored and replaced, and a folder that cannot be written is
 * left alone without a word.
 */

/** The folder the code caches live in: `gongwen/code-cache/<node version>-<platform>-<arch>` in the user's cache folder. */
export function codeCacheDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  return join(userCacheDir(env, platform), "gongwen", "code-cache", `${process.version}-${platform}-${process.arch}`);
}

/**
 * The folder of one bundle's caches inside `root` (codeCacheDir): named by the CRC-32 of the
 * bundle's folder, so that two installs of the command (a global one and a project's, or two
 * versions) keep caches of their own instead of each dropping the other's as those of chunks it
 * does not have.
 */
export function bundleCacheDir(root: string, bundle: string): string {
  return join(root, crc32(bundle).toString(16).padStart(8, "0"));
}

/**
 * The user's cache folder: XDG_CACHE_HOME, else LOCALAPPDATA on Windows, ~/Library/Caches on macOS,
 * ~/.cache elsewhere (the XDG default); the system's temporary folder when there is no home.
 */
function userCacheDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string {
  if (env.XDG_CACHE_HOME) return env.XDG_CACHE_HOME;
  if (platform === "win32" && env.LOCALAPPDATA) return env.LOCALAPPDATA;
  let home = "";
  try {
    home = homedir();
  } catch {
    // No home folder (a service account): the temporary folder below.
  }
  if (!home) return tmpdir();
  return platform === "darwin" ? join(home, "Library", "Caches") : join(home, ".cache");
}

/**
 * Loads a CommonJS chunk of the bundle and the chunks it requires (`./…` beside it) as CommonJS
 * would, compiling each with the code cache of its bundle's folder in `cacheRoot` (bundleCacheDir)
 * and making the missing caches when
 * `saveWhen` says (at the process's exit by default). Anything else it requires (Node's modules,
 * packages left out of the bundle) is Node's `require`.
 * @param saveWhen given the function that writes the missing caches, calls it once, when the chunks
 * have run long enough to have compiled the functions worth caching. A worker thread, which is
 * terminated without an `exit` event, passes its own.
 * @returns the chunk's `module.exports`.
 * @throws whatever the chunk throws when it runs; a cache problem never throws.
 */
export function requireWithCodeCache(
  file: string,
  cacheRoot: string = codeCacheDir(),
  saveWhen: (save: () => void) => void = (save) => process.once("exit", save),
): unknown {
  const bundle = dirname(file);
  const cacheDir = bundleCacheDir(cacheRoot, bundle);
  const loaded = new Map<string, { exports: unknown }>();
  const uncached: Uncached[] = [];

  const load = (name: string): unknown => {
    const known = loaded.get(name);
    if (known) return known.exports;
    const path = join(bundle, name);
    const bytes = readFileSync(path);
    const source = bytes.toString("utf8");
    const sourceCrc = crc32(bytes);
    const cachedData = readCache(join(cacheDir, `${name}.cache`), sourceCrc);
    const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
      filename: path,
      cachedData,
      importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    });
    if (!cachedData || script.cachedDataRejected) uncached.push({ name, script, sourceCrc });
    const module = { exports: {} as unknown, id: path, filename: path, loaded: false };
    loaded.set(name, module);
    const nodeRequire = createRequire(path);
    const require = Object.assign(
      (id: string) => (id.startsWith("./") && !id.includes("/", 2) ? load(id.slice(2)) : nodeRequire(id)),
      { resolve: nodeRequire.resolve, cache: nodeRequire.cache },
    );
    const run = script.runInThisContext() as (...args: unknown[]) => void;
    run.call(module.exports, module.exports, require, module, path, bundle);
    module.loaded = true;
    return module.exports;
  };

  saveWhen(() => writeCaches(cacheDir, bundle, uncached));
  return load(basename(file));
}

/** A chunk that ran without a cache: its file name, its script and the CRC-32 of its source. */
interface Uncached {
  name: string;
  script: Script;
  sourceCrc: number;
}

/** The bytes of a cache file's header: the CRC-32 of the source, then of the data, little-endian. */
const HEADER = 8;

/** The cached data of a cache file made from this source and whole; undefined when not. */
function readCache(file: string, sourceCrc: number): Buffer | undefined {
  let bytes: Buffer;
  let fd: number | undefined;
  try {
    // Opened without blocking and read only when a regular file: a FIFO or device put in the
    // cache's place would otherwise hold the command up for ever.
    fd = openSync(file, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
    if (!fstatSync(fd).isFile()) return undefined;
    bytes = readFileSync(fd);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (bytes.length <= HEADER || bytes.readUInt32LE(0) !== sourceCrc) return undefined;
  const data = bytes.subarray(HEADER);
  return bytes.readUInt32LE(4) === crc32(data) ? data : undefined;
}

/**
 * Writes the caches of the chunks that had none, each to a file of its own renamed into place (a
 * reader sees a whole cache or none), and removes the caches of chunks this bundle no longer has.
 * Never throws: the command has done its work by now.
 */
function writeCaches(cacheDir: string, bundle: string, uncached: Uncached[]): void {
  if (uncached.length === 0) return;
  try {
    mkdirSync(cacheDir, { recursive: true });
    for (const { name, script, sourceCrc } of uncached) {
      const data = script.createCachedData();
      const head = Buffer.alloc(HEADER);
      head.writeUInt32LE(sourceCrc, 0);
      head.writeUInt32LE(crc32(data), 4);
      const file = join(cacheDir, `${name}.cache`);
      // Threads of one process (batch workers) may write the same cache at once: a name of each's own.
      const temporary = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
      writeFileSync(temporary, Buffer.concat([head, data]));
      renameSync(temporary, file);
    }
    const chunks = new Set(readdirSync(bundle));
    for (const entry of readdirSync(cacheDir)) {
      if (entry.endsWith(".cache") && !chunks.has(entry.slice(0, -".cache".length))) {
        rmSync(join(cacheDir, entry), { force: true });
      }
    }
  } catch {
    // A read-only home, a full disk: the next start compiles again, as without a cache.
  }
}
