import type { ProfileOverride } from "@gongwen/render-docx/core";
import { formatPath, type Locale, type Locator, type Report } from "@gongwen/schema";
import { say } from "./locale.js";

/**
 * The warnings `gongwen render` prints for a DOCX whose profile sets text in `_GB2312` fonts
 * while the report holds characters they lack (see fontCoverage): one line per character,
 * `file:line:col 警告 …`, at its first place, naming the other fields it stands in and the
 * profile to use instead. Empty when the fonts cover the report. Loads the DOCX writer (it is
 * called only when one is written).
 */
export async function fontWarningLines(
  report: Report,
  profile: ProfileOverride | undefined,
  file: string,
  locale: Locale,
  locate?: Locator,
): Promise<string[]> {
  const { fontCoverage, GBK_PROFILE, resolveProfile } = await import("@gongwen/render-docx/core");
  return fontCoverage(report, resolveProfile(profile)).map(({ char, places, fonts }) => {
    const first = places[0];
    const at = first && locate?.(first.path);
    const where = at ? `${file}:${at.line}:${at.column}` : file;
    const fields = places.map((p) => formatPath(p.path)).join(say(locale, "、", ", "));
    const lacking = fonts.join(say(locale, "、", ", "));
    return say(
      locale,
      `${where} 警告 “${char}”（${fields}）不在 GB 2312 字符集中，${lacking} 没有这个字，Word 会换用别的字体。请改用不带 _GB2312 的版式：--profile ${GBK_PROFILE}（或在版式文件里写 base: ${GBK_PROFILE}）。`,
      `${where} warning "${char}" (${fields}) is outside GB 2312: ${lacking} lack it and Word would set it in another font. Use a profile without _GB2312 fonts: --profile ${GBK_PROFILE} (or base: ${GBK_PROFILE} in a profile file).`,
    );
  });
}
