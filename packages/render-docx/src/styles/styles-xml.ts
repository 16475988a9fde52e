import { DocumentDefaults } from "docx";
import { runFonts } from "../fonts.js";
import { geometryOf } from "../geometry.js";
import { W_NAMESPACE } from "../package/namespaces.js";
import { memoPerProfile } from "../profile/memo.js";
import type { Profile } from "../profile/types.js";
import { ptToHalfPoints } from "../units.js";
import { xmlOfComponents } from "../xml/prepare.js";
import { XML_DECLARATION } from "../xml/serialize.js";
import { styleDefinitions } from "./catalog.js";
import { STYLES, type StyleId, type StyleKey } from "./ids.js";

const KEYS = Object.keys(STYLES) as StyleKey[];

/** The styles part for a profile and a set of styles (a bit per key of STYLES), built once. */
const stylesXmlOf = memoPerProfile((profile, used: number): string => {
  const definitions = styleDefinitions(profile, geometryOf(profile));
  const components = [
    new DocumentDefaults({
      run: {
        font: runFonts(profile, "body"),
        size: ptToHalfPoints(profile.sizes.body),
        language: { value: "en-US", eastAsia: "zh-CN" },
      },
      paragraph: {},
    }),
    ...KEYS.filter((key, bit) => key === "normal" || used & (1 << bit)).map((key) => definitions[key]()),
  ];
  return `${XML_DECLARATION}<w:styles xmlns:w="${W_NAMESPACE}">${xmlOfComponents(components)}</w:styles>`;
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
