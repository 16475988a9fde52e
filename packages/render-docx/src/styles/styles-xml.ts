import { DocumentDefaults } from "docx";
import { runFonts } from "../fonts.js";
import type { Geometry } from "../geometry.js";
import { W_NAMESPACE } from "../package/namespaces.js";
import type { Profile } from "../profile/types.js";
import { ptToHalfPoints } from "../units.js";
import { xmlOfComponents } from "../xml/prepare.js";
import { XML_DECLARATION } from "../xml/serialize.js";
import { styleDefinitions } from "./catalog.js";
import { STYLES, type StyleId, type StyleKey } from "./ids.js";

const KEYS = Object.keys(STYLES) as StyleKey[];

/**
 * The styles part (`word/styles.xml`): document defaults (the body's fonts and size, Chinese as
 * the East Asian language) and the definitions of the styles the document uses — Normal always,
 * the others only when used. Nothing of the `docx` package's default style set is written.
 */
export function stylesXml(profile: Profile, geometry: Geometry, used: ReadonlySet<StyleId>): string {
  const definitions = styleDefinitions(profile, geometry);
  const components = [
    new DocumentDefaults({
      run: {
        font: runFonts(profile, "body"),
        size: ptToHalfPoints(profile.sizes.body),
        language: { value: "en-US", eastAsia: "zh-CN" },
      },
      paragraph: {},
    }),
    ...KEYS.filter((key) => key === "normal" || used.has(STYLES[key].id)).map((key) => definitions[key]()),
  ];
  return `${XML_DECLARATION}<w:styles xmlns:w="${W_NAMESPACE}">${xmlOfComponents(components)}</w:styles>`;
}
