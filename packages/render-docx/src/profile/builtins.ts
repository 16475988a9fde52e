import type { BuiltInProfileName, FontChoice, Profile } from "./types.js";

const font = (name: string, ...fallbacks: string[]): FontChoice => ({ name, fallbacks });

/** Freezes an object and everything in it, so a built-in profile cannot be changed by accident. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * GB/T 9704-2012 as most offices apply it: A4, margins 37/35/28/26 mm (type area 156 × 225 mm),
 * 22 lines of 28 characters, 二号 方正小标宋简体 title, 三号 仿宋_GB2312 body, 黑体 / 楷体_GB2312 /
 * 仿宋 (bold) / 仿宋 headings, 四号 宋体 page numbers, Times New Roman for Latin letters and digits.
 */
export const gbt9704: Profile = deepFreeze<Profile>({
  name: "gbt9704",
  page: { width: 210, height: 297, top: 37, bottom: 35, left: 28, right: 26 },
  grid: { type: "lines", lines: 22, chars: 28 },
  fonts: {
    title: font("方正小标宋简体", "方正小标宋_GBK", "华文中宋", "宋体"),
    body: font("仿宋_GB2312", "仿宋", "FangSong"),
    heading1: font("黑体", "SimHei"),
    heading2: font("楷体_GB2312", "楷体", "KaiTi"),
    heading3: font("仿宋_GB2312", "仿宋", "FangSong"),
    heading4: font("仿宋_GB2312", "仿宋", "FangSong"),
    pageNumber: font("宋体", "SimSun"),
    letterhead: font("方正小标宋简体", "方正小标宋_GBK", "华文中宋", "宋体"),
    latin: font("Times New Roman"),
  },
  sizes: { title: 22, body: 16, pageNumber: 14, table: 14, colophon: 14, letterhead: 42 },
  bold: { leads: true, heading3: true, heading4: false },
  runIn: { heading3: true, heading4: true },
  title: { maxLineChars: 18, shape: "trapezoid" },
  pageNumber: { belowTypeArea: 7, indentChars: 1 },
  letterhead: { color: "FF0000", top: 35, ruleGap: 4, ruleWidth: 1.5 },
  signature: { seal: false },
  colophon: { evenPage: true },
});

/** The same layout with the 方正_GBK font family some provinces prescribe (方正仿宋_GBK, 方正黑体_GBK …). */
export const fangzhengGbk: Profile = deepFreeze<Profile>({
  ...gbt9704,
  name: "fangzhengGbk",
  fonts: {
    title: font("方正小标宋_GBK", "方正小标宋简体", "华文中宋", "宋体"),
    body: font("方正仿宋_GBK", "仿宋_GB2312", "仿宋"),
    heading1: font("方正黑体_GBK", "黑体"),
    heading2: font("方正楷体_GBK", "楷体_GB2312", "楷体"),
    heading3: font("方正仿宋_GBK", "仿宋_GB2312", "仿宋"),
    heading4: font("方正仿宋_GBK", "仿宋_GB2312", "仿宋"),
    pageNumber: font("宋体", "SimSun"),
    letterhead: font("方正小标宋_GBK", "方正小标宋简体", "宋体"),
    latin: font("Times New Roman"),
  },
});

/**
 * The standard's layout with fonts that cover GBK (仿宋, 楷体, 黑体, 方正小标宋_GBK) instead of the
 * `_GB2312` ones, which lack many characters of names (喆, 堃, 昇, 珺, 镕 …): what fontCoverage
 * suggests when a report holds such characters.
 */
export const gbt9704Gbk: Profile = deepFreeze<Profile>({
  ...gbt9704,
  name: "gbt9704Gbk",
  fonts: {
    title: font("方正小标宋_GBK", "方正小标宋简体", "华文中宋", "宋体"),
    body: font("仿宋", "FangSong", "仿宋_GB2312"),
    heading1: font("黑体", "SimHei"),
    heading2: font("楷体", "KaiTi", "楷体_GB2312"),
    heading3: font("仿宋", "FangSong", "仿宋_GB2312"),
    heading4: font("仿宋", "FangSong", "仿宋_GB2312"),
    pageNumber: font("宋体", "SimSun"),
    letterhead: font("方正小标宋_GBK", "方正小标宋简体", "宋体"),
    latin: font("Times New Roman"),
  },
});

/** The built-in profiles by name. */
export const BUILT_IN_PROFILES: Readonly<Record<BuiltInProfileName, Profile>> = { gbt9704, fangzhengGbk, gbt9704Gbk };
