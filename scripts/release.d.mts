// Types of scripts/release.mjs, for its test.

/** The version after `current` for `patch`, `minor` or `major`, or `wanted` itself when it is a version. */
export function nextVersion(current: string, wanted: string): string;
