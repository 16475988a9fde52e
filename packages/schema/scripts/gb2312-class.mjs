// Writes src/gb2312-class.ts: the GB 2312-1980 character set as a regular expression's character
// class, so that the model holds the set as data instead of building it at every start (decoding
// all 8,000 codes took ~20 ms of each `gongwen render`), and finds the characters outside it with
// the regular expression engine, not a loop of JavaScript. Run `node
// packages/schema/scripts/gb2312-class.mjs` after a change here; test/gb2312.test.ts checks the
// written class against the platform's decoder.
import { writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

/**
 * The code points of GB 2312, ascending: every two-byte code (rows A1–F7, cells A1–FE) decoded with
 * `TextDecoder("gb18030")`. Rows AA–AF are not GB 2312's (GBK puts user-defined characters there),
 * and private-use results are unassigned codes; both are left out.
 * @returns {number[]}
 */
export function gb2312FromDecoder() {
  const decoder = new TextDecoder("gb18030");
  const out = new Set();
  const pair = new Uint8Array(2);
  for (let row = 0xa1; row <= 0xf7; row++) {
    if (row >= 0xaa && row <= 0xaf) continue;
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      pair[0] = row;
      pair[1] = cell;
      const code = decoder.decode(pair).codePointAt(0) ?? 0xfffd;
      if (code === 0xfffd || (code >= 0xe000 && code <= 0xf8ff)) continue;
      out.add(code);
    }
  }
  return [...out].sort((a, b) => a - b);
}

/**
 * Ascending code points as the body of a regular expression's character class (`u` flag): the
 * characters themselves, runs of three or more consecutive codes as ranges (`a-z`). GB 2312 has
 * no ASCII, so no character needs escaping in a class.
 * @param {number[]} codes
 * @returns {string}
 */
export function encodeClass(codes) {
  const char = (code) => String.fromCodePoint(code);
  let text = "";
  for (let i = 0; i < codes.length; ) {
    let end = i;
    while (end + 1 < codes.length && codes[end + 1] === codes[end] + 1) end++;
    if (end - i >= 2) text += `${char(codes[i])}-${char(codes[end])}`;
    else for (let j = i; j <= end; j++) text += char(codes[j]);
    i = end + 1;
  }
  return text;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const body = encodeClass(gb2312FromDecoder());
  writeFileSync(
    new URL("../src/gb2312-class.ts", import.meta.url),
    `// Written by scripts/gb2312-class.mjs (the decoding and the form are described there): do not edit.\n\n` +
      `/** The characters of GB 2312-1980, as the body of a regular expression's character class (\`u\` flag). */\n` +
      `export const GB2312_CLASS =\n  "${body}";\n`,
  );
}
