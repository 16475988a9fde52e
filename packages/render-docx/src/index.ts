/**
 * @gongwen/render-docx — DOCX for gongwen reports, laid out to GB/T 9704-2012: page and grid,
 * fonts per role, real Word styles with outline levels, page numbers on odd and even pages,
 * signature, 版记 and 版头. Every part is written as XML directly, with no dependency on a DOCX
 * library; no Node built-ins, so it runs in browsers too.
 */
export type { BodySwitches } from "./body.js";
export { type FontCoverageWarning, fontCoverage, GBK_PROFILE, type TextPlace } from "./font-coverage.js";
export { type Geometry, geometryOf } from "./geometry.js";
export type { DeflateRaw } from "./package/deflate.js";
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
export { type RenderDocxOptions, renderDocx, renderDocxSync } from "./render.js";
export { STYLES } from "./styles/ids.js";
export { breakTitle } from "./title-lines.js";
export { CHINESE_TYPE_SIZES } from "./units.js";
