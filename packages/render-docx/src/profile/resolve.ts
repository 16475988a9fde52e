import { BUILT_IN_PROFILES, gbt9704 } from "./builtins.js";
import { FONT_ROLE_PARENTS, type FontRole, type Profile, type ProfileOverride } from "./types.js";
import { validateProfile } from "./validate.js";

const resolved = new WeakMap<object, Profile>();

/**
 * Merges a partial profile over a built-in one (`base`, default `gbt9704`) and returns the full
 * profile: the one place where a font role gets its font. A role the override leaves alone follows
 * its parent role (FONT_ROLE_PARENTS) when the override changes the parent. The override is validated first (see validateProfile), so a profile from a file can be
 * passed as it is; a ProfileError names every problem. Results are remembered per override
 * object, so rendering many documents with one override validates it once.
 */
export function resolveProfile(override?: ProfileOverride | Profile): Profile {
  if (override === undefined) return gbt9704;
  const known = resolved.get(override);
  if (known) return known;
  const checked = validateProfile(override);
  const base = BUILT_IN_PROFILES[checked.base ?? "gbt9704"];
  const fonts = { ...base.fonts };
  for (const [role, choice] of Object.entries(checked.fonts ?? {}) as [
    FontRole,
    Partial<Profile["fonts"][FontRole]>,
  ][]) {
    fonts[role] = { ...base.fonts[role], ...choice };
  }
  // A role the override leaves alone follows its parent role when the override changes that.
  for (const [role, parent] of Object.entries(FONT_ROLE_PARENTS) as [FontRole, FontRole][]) {
    if (checked.fonts?.[parent] !== undefined && checked.fonts?.[role] === undefined) fonts[role] = fonts[parent];
  }
  const profile: Profile = {
    name: checked.name ?? base.name,
    page: { ...base.page, ...checked.page },
    grid: { ...base.grid, ...checked.grid },
    fonts,
    sizes: { ...base.sizes, ...checked.sizes },
    bold: { ...base.bold, ...checked.bold },
    runIn: { ...base.runIn, ...checked.runIn },
    title: { ...base.title, ...checked.title },
    pageNumber: { ...base.pageNumber, ...checked.pageNumber },
    letterhead: { ...base.letterhead, ...checked.letterhead },
    signature: { ...base.signature, ...checked.signature },
    colophon: { ...base.colophon, ...checked.colophon },
  };
  resolved.set(override, profile);
  return profile;
}
