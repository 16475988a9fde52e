import type { FontChoice, ProfileOverride, RenderDocxOptions } from "@gongwen/render-docx";
import type { Settings } from "./storage.js";

const font = (name: string, ...fallbacks: string[]): FontChoice => ({ name, fallbacks });

/**
 * The profile without `_GB2312` font names: the GB/T 9704 layout of `gbt9704` with the fonts
 * Windows ships under their plain names (仿宋, 楷体), for machines without the GB2312 fonts —
 * a font override merged over `gbt9704`, as `gongwen render --profile` takes it.
 */
export const NO_GB2312_PROFILE: ProfileOverride = {
  fonts: {
    body: font("仿宋", "FangSong", "仿宋_GB2312"),
    heading2: font("楷体", "KaiTi", "楷体_GB2312"),
    heading3: font("仿宋", "FangSong", "仿宋_GB2312"),
    heading4: font("仿宋", "FangSong", "仿宋_GB2312"),
  },
};

/** The profiles the toolbar offers, with their Chinese names. */
export const PROFILE_CHOICES: readonly { id: Settings["profile"]; label: string }[] = [
  { id: "gbt9704", label: "标准字体（GB2312）" },
  { id: "noGb2312", label: "常用字体（无 GB2312）" },
];

/** renderDocx's options for the clerk's settings. */
export function docxOptions(settings: Settings): RenderDocxOptions {
  return settings.profile === "noGb2312" ? { profile: NO_GB2312_PROFILE } : {};
}
