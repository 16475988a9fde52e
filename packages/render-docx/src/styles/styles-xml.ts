import { runFonts } from "../fonts.js";
import { geometryOf } from "../geometry.js";
import { W_NAMESPACE } from "../package/namespaces.js";
import { memoPerProfile } from "../profile/memo.js";
import type { Profile } from "../profile/types.js";
import { ptToHalfPoints } from "../units.js";
import { XML_DECLARATION } from "../xml/declaration.js";
import { runPropertiesXml } from "../xml/run-properties.js";
import { styleDefinitions } from "./catalog.js";
import { STYLES, type StyleId, type StyleKey } from "./ids.js";

const KEYS = Object.keys(STYLES) as StyleKey[];

/** The styles part for a profile and a set of styles (a bit per key of STYLES), built once. */
const stylesXmlOf = memoPerProfile((profile, used: number): string => {
  const definitions = styleDefinitions(profile, geometryOf(profile));
  const defaults = runPropertiesXml({
    font: runFonts(profile, "body"),
    size: ptToHalfPoints(profile.sizes.body),
    language: { value: "en-US", eastAsia: "zh-CN" },
  });
  let styles = `<w:docDefaults><w:rPrDefault>${defaults}</w:rPrDefault><w:pPrDefault/></w:docDefaults>`;
  KEYS.forEach((key, bit) => {
    if (key === "normal" || used & (1 << bit)) styles += definitions[key]();
  });
  return `${XML_DECLARATION}<w:styles xmlns:w="${W_NAMESPACE}">${styles}</w:styles>`;
});

/**
 * The styles part (`word/styles.xml`): document defaults (the body's fonts and size, Chinese as
 * the East Asian language) and the definitions of the styles the document uses — Normal always,
 * the others only when used. Nothing of the `docx` package's default style set is written. Built
 * once per profile and set of styles used: the same string each time.
 */
export function stylesXml(profile: Profile, used: ReadonlySet<StyleId>): string {
  let mask = 0;
  KEYS.forEach((key, bit) => {
    if (used.has(STYLES[key].id)) mask |= 1 << bit;
  });
  return stylesXmlOf(profile, mask);
}
