import { DocumentDefaults } from "docx";
import { runFonts } from "../../../src/fonts.js";
import { geometryOf } from "../../../src/geometry.js";
import { W_NAMESPACE } from "../../../src/package/namespaces.js";
import type { Profile } from "../../../src/profile/types.js";
import type { StyleKey } from "../../../src/styles/ids.js";
import { ptToHalfPoints } from "../../../src/units.js";
import { XML_DECLARATION } from "../../../src/xml/declaration.js";
import { styleDefinitions } from "./catalog.js";
import { xmlOfComponents } from "./prepare.js";

/**
 * The styles part as the writer built it with the `docx` package (main at 4dce0a6): document
 * defaults and the styles of `keys`, in the order given (Normal first).
 */
export function referenceStylesXml(profile: Profile, keys: readonly StyleKey[]): string {
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
    ...keys.map((key) => definitions[key]()),
  ];
  return `${XML_DECLARATION}<w:styles xmlns:w="${W_NAMESPACE}">${xmlOfComponents(components)}</w:styles>`;
}
