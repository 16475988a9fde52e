// Types of scripts/packages.mjs, for the tests that use it.

/** A publishable package: its folder, name and package.json. */
export interface WorkspacePackage {
  dir: string;
  folder: string;
  name: string;
  // biome-ignore lint/suspicious/noExplicitAny: a package.json as read
  manifest: Record<string, any>;
}

export const ROOT: string;
export const NODE_RANGE: string;
export function publishablePackages(root?: string): WorkspacePackage[];
export function packageProblems(
  manifest: Record<string, unknown>,
  folder: string,
  rootManifest: Record<string, unknown>,
): string[];
export function packAll(outDir: string, root?: string): Record<string, string>;
