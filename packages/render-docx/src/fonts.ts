import { W_NAMESPACE } from "./package/namespaces.js";
import { memoPerProfile } from "./profile/memo.js";
import type { FontChoice, FontRole, Profile } from "./profile/types.js";
import { XML_DECLARATION } from "./xml/declaration.js";
import { escapeAttribute } from "./xml/escape.js";
import type { RunFonts } from "./xml/run-properties.js";

/**
 * The font slots of a role: the role's font for Chinese (`eastAsia`), the profile's Latin font for
 * letters and digits (`ascii`, `hAnsi`, `cs`), and `w:hint="eastAsia"` so that characters Word
 * could set either way (“” — …) stay in the Chinese font. Giving the slots separately is what
 * keeps digits out of 仿宋 (the `docx` package writes one name into every slot otherwise).
 */
export function runFonts(profile: Profile, role: FontRole): RunFonts {
  const latin = profile.fonts.latin.name;
  return { ascii: latin, hAnsi: latin, eastAsia: profile.fonts[role].name, cs: latin, hint: "eastAsia" };
}

/** Font slots that use one font for everything, Latin digits included (page numbers: 宋体 digits). */
export function singleFont(profile: Profile, role: FontRole): RunFonts {
  const name = profile.fonts[role].name;
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name, hint: "eastAsia" };
}

const isChinese = (name: string) => /[^\u0000-\u007f]/.test(name) || /sim|kai|fang|hei|song/i.test(name);

function fontEntry({ name, fallbacks }: FontChoice): string {
  const alt = fallbacks[0] ? `<w:altName w:val="${escapeAttribute(fallbacks[0])}"/>` : "";
  const kind = isChinese(name)
    ? '<w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/>'
    : '<w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/>';
  return `<w:font w:name="${escapeAttribute(name)}">${alt}${kind}</w:font>`;
}

/**
 * The font table (`word/fontTable.xml`): every font the profile names, each with its first
 * fallback as `w:altName` (Word substitutes it when the font is missing) and the GB2312 character
 * set for Chinese fonts. Built once per profile.
 */
export const fontTableXml = memoPerProfile<void, string>((profile) => {
  const seen = new Set<string>();
  let entries = "";
  for (const choice of Object.values(profile.fonts)) {
    if (seen.has(choice.name)) continue;
    seen.add(choice.name);
    entries += fontEntry(choice);
  }
  return `${XML_DECLARATION}<w:fonts xmlns:w="${W_NAMESPACE}">${entries}</w:fonts>`;
});
