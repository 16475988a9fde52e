/**
 * What both entries of the package export (`@gongwen/render-docx` and `@gongwen/render-docx/core`):
 * everything but renderDocx and renderDocxSync, which each entry gives its own way.
 */
export type { BodySwitches } from "./body.js";
export { type FontCoverageWarning, fontCoverage, GBK_PROFILE, type TextPlace } from "./font-coverage.js";
export { type Geometry, geometryOf } from "./geometry.js";
export type { Crc32 } from "./package/crc32.js";
export { DEFLATE_LEVEL, type DeflateLevel, type DeflateRaw } from "./package/deflate.js";
export { BUILT_IN_PROFILES, fangzhengGbk, gbt9704, gbt9704Gbk } from "./profile/builtins.js";
export { ProfileError, type ProfileProblem } from "./profile/errors.js";
export { resolveProfile } from "./profile/resolve.js";
export { PROFILE_SHAPE } from "./profile/shape.js";
export {
  type BuiltInProfileName,
  FONT_ROLE_PARENTS,
  FONT_ROLES,
  type FontChoice,
  type FontRole,
  type GridType,
  type Profile,
  type ProfileOverride,
  type TitleShape,
} from "./profile/types.js";
export { type ValidateProfileOptions, validateProfile } from "./profile/validate.js";
export type { RenderDocxOptions } from "./render.js";
export { STYLES } from "./styles/ids.js";
export { breakTitle } from "./title-lines.js";
export { CHINESE_TYPE_SIZES } from "./units.js";
