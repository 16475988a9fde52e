// Writes src/gb2312-runs.ts: the GB 2312-1980 character set as a compact string, so that the
// model holds the set as data instead of building it at every start (decoding all 8,000 codes took
// ~20 ms of each `gongwen render`). Run `node packages/schema/scripts/gb2312-runs.mjs` after a
// change here; test/gb2312.test.ts checks the written string against the platform's decoder.
import { writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

/** The alphabet of the digits: 32 values that end a number, then 32 that say "more digits follow". */
const DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+/";

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
 * Ascending code points as runs of consecutive codes, each run two numbers: its distance from the
 * end of the run before (from 0 for the first) and its length less one. A number is written in base
 * 32, lowest digit first, a digit from the upper half of DIGITS when more follow.
 * @param {number[]} codes
 * @returns {string}
 */
export function encodeRuns(codes) {
  let text = "";
  const number = (n) => {
    do {
      const digit = n & 31;
      n >>>= 5;
      text += DIGITS[digit + (n ? 32 : 0)];
    } while (n);
  };
  let next = 0;
  for (let i = 0; i < codes.length; ) {
    let end = i;
    while (end + 1 < codes.length && codes[end + 1] === codes[end] + 1) end++;
    number(codes[i] - next);
    number(end - i);
    next = codes[end] + 1;
    i = end + 1;
  }
  return text;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const runs = encodeRuns(gb2312FromDecoder());
  writeFileSync(
    new URL("../src/gb2312-runs.ts", import.meta.url),
    `// Written by scripts/gb2312-runs.mjs (the decoding and the format are described there): do not edit.\n\n` +
      `/** The code points of GB 2312-1980 as runs: (distance from the run before, length − 1), base-32 digits. */\n` +
      `export const GB2312_RUNS =\n  "${runs}";\n`,
  );
}
