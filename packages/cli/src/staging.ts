import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";

/**
 * The hidden folders `gongwen batch` stages its files in, inside the output folder:
 * `.gongwen-batch-<process id>-<host>-<6 random characters>`, so that a later batch can tell whether
 * the batch that made one still runs. Older versions named them `.gongwen-batch-<6 characters>`.
 */
export const STAGING_PREFIX = ".gongwen-batch-";

/**
 * How long a staging folder whose batch cannot be asked (made by an older version, without its
 * process id, or on another computer sharing the folder) must have stood unchanged before a later
 * batch removes it, in hours. A running batch changes its folder with every file it writes.
 */
export const STALE_STAGING_HOURS = 24;

/** This computer's name as it stands in staging folders' names: letters, digits, `.` and `_` only. */
function hostTag(): string {
  return (
    hostname()
      .replace(/[^A-Za-z0-9.]/g, "_")
      .slice(0, 40) || "host"
  );
}

/** How the names of a process's staging folders on this computer begin (6 random characters follow). */
export function stagingPrefix(pid: number = process.pid): string {
  return `${STAGING_PREFIX}${pid}-${hostTag()}-`;
}

/** Makes this batch's staging folder in `outDir` (its process id and computer in the name). */
export function makeStagingFolder(outDir: string): Promise<string> {
  return mkdtemp(join(outDir, stagingPrefix()));
}

const OURS = /^\.gongwen-batch-(\d+)-(.+)-[A-Za-z0-9]{6}$/;
const OLDER = /^\.gongwen-batch-[A-Za-z0-9]{6}$/;

/** Whether a process of this computer runs under that id (one of another user's counts). */
function running(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return true;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== "ESRCH";
  }
}

/** The last time anything in a folder (or the folder) changed, in milliseconds; 0 when unreadable. */
async function lastChange(folder: string): Promise<number> {
  try {
    let latest = (await stat(folder)).mtimeMs;
    for (const entry of await readdir(folder)) {
      const at = await stat(join(folder, entry)).then(
        (s) => s.mtimeMs,
        () => 0,
      );
      latest = Math.max(latest, at);
    }
    return latest;
  } catch {
    return Date.now();
  }
}

/**
 * Removes the staging folders in `outDir` that batches killed outright (SIGKILL, a power cut) left
 * behind: those whose process on this computer no longer runs, and those that cannot be asked
 * (an older version's, another computer's) once unchanged for STALE_STAGING_HOURS. Never one of a
 * batch still running. What cannot be read or removed is left as it is. Returns the names removed.
 */
export async function removeAbandonedStaging(outDir: string, now = Date.now()): Promise<string[]> {
  let names: string[];
  try {
    names = (await readdir(outDir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
  } catch {
    return [];
  }
  const removed: string[] = [];
  const host = hostTag();
  for (const name of names) {
    if (!name.startsWith(STAGING_PREFIX)) continue;
    const ours = OURS.exec(name);
    let abandoned: boolean;
    if (ours && ours[2] === host) abandoned = !running(Number(ours[1]));
    else if (ours || OLDER.test(name)) {
      abandoned = now - (await lastChange(join(outDir, name))) > STALE_STAGING_HOURS * 3_600_000;
    } else continue;
    if (!abandoned) continue;
    const gone = await rm(join(outDir, name), { recursive: true, force: true }).then(
      () => true,
      () => false,
    );
    if (gone) removed.push(name);
  }
  return removed;
}
