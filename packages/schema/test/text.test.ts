import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  closestMatch,
  findForbiddenCharacter,
  formatChineseDate,
  joinLines,
  parseDate,
  splitParagraphs,
  stripForbiddenCharacters,
} from "../src/index.js";
import { hasBlankLine, joinParagraph } from "../src/text.js";

describe("text normalisation", () => {
  it("joins Chinese lines without a space and Latin lines with one", () => {
    expect(joinLines("  推进健康\n  县城建设。 ")).toBe("推进健康县城建设。");
    expect(joinLines("完成 GDP\ngrowth 目标")).toBe("完成 GDP growth 目标");
    expect(joinLines("\u3000\u3000全角空格开头")).toBe("全角空格开头");
  });

  it("splits paragraphs at blank lines", () => {
    expect(splitParagraphs("第一段\n续行\n\n  \n第二段\n")).toEqual(["第一段续行", "第二段"]);
  });

  it("finds and strips control characters and lone surrogates", () => {
    expect(findForbiddenCharacter("正常文字")).toBeUndefined();
    expect(findForbiddenCharacter("ab\u0007c")).toEqual({ index: 2, codePoint: 7 });
    expect(findForbiddenCharacter("x\uD800y")?.codePoint).toBe(0xd800);
    expect(findForbiddenCharacter("😀")).toBeUndefined();
    expect(stripForbiddenCharacters("a\u0000b\uDC00c\u0085😀")).toBe("abc😀");
  });

  // The fast paths (a plain character class first; one line only trimmed) answer as the full rules do.
  const reference = {
    find(text: string) {
      const match =
        /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u.exec(
          text,
        );
      return match ? { index: match.index, codePoint: match[0].charCodeAt(0) } : undefined;
    },
    join(text: string) {
      let out = "";
      for (const raw of text.replace(/\r\n?/g, "\n").replace(/\t/g, " ").split("\n")) {
        const line = raw.trim();
        if (line) out += out && /[A-Za-z0-9%.,;:!?)\]]$/.test(out) && /^[A-Za-z0-9([]/.test(line) ? ` ${line}` : line;
      }
      return out;
    },
  };
  const texts = fc.oneof(
    fc.string({ unit: "binary" }),
    fc.string({
      unit: fc.constantFrom(
        "文",
        "a",
        ")",
        " ",
        "\u3000",
        "\u00a0",
        "\t",
        "\r",
        "\n",
        "\u0007",
        "\uD83D",
        "\uDE00",
        "\u2028",
      ),
    }),
  );

  it("finds the same forbidden character as the full rule, whatever the input", () => {
    fc.assert(
      fc.property(texts, (s) => {
        expect(findForbiddenCharacter(s)).toEqual(reference.find(s));
      }),
    );
  });

  it("joins and tells blank lines as the full rules do, whatever the input", () => {
    fc.assert(
      fc.property(texts, (s) => {
        expect(joinLines(s)).toBe(reference.join(s));
        expect(hasBlankLine(s)).toBe(/\n[ \t\u3000]*\n/.test(s.replace(/\r\n?/g, "\n").trim()));
        expect(joinParagraph(s)).toBe(hasBlankLine(s) ? undefined : reference.join(s));
      }),
    );
  });

  it("leaves nothing forbidden after stripping, whatever the input", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary" }),
        (s) => findForbiddenCharacter(stripForbiddenCharacters(s)) === undefined,
      ),
    );
  });
});

describe("dates", () => {
  it("reads the forms clerks write and rejects impossible dates", () => {
    for (const text of ["2024-01-09", "2024-1-9", "2024/1/9", "2024.1.9", "2024年1月9日", " 2024年01月09日 "]) {
      expect(parseDate(text)).toBe("2024-01-09");
    }
    expect(parseDate("2024-02-30")).toBeUndefined();
    expect(parseDate("24-1-9")).toBeUndefined();
    expect(parseDate("明年")).toBeUndefined();
  });

  it("writes 成文日期 without zero padding", () => {
    expect(formatChineseDate("2024-01-09")).toBe("2024年1月9日");
    expect(formatChineseDate("2023-12-31")).toBe("2023年12月31日");
  });
});

describe("key suggestions", () => {
  it("suggests the nearest key for a typo, and nothing for a stranger", () => {
    const keys = ["title", "org", "year", "planYear", "date"];
    expect(closestMatch("titel", keys)).toBe("title");
    expect(closestMatch("planyear", keys)).toBe("planYear");
    expect(closestMatch("yaer", keys)).toBe("year");
    expect(closestMatch("signature", keys)).toBeUndefined();
  });
});
