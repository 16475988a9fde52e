// Prints the sizes of both builds (and their gzip sizes, as a web server would send them) and fails
// when one is over the budget in size-budget.mjs.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { SIZE_BUDGET } from "./size-budget.mjs";

const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
const measure = (paths) => ({
  bytes: paths.reduce((n, p) => n + statSync(p).size, 0),
  gzip: paths.reduce((n, p) => n + gzipSync(readFileSync(p)).length, 0),
});
const kb = (n) => `${(n / 1024).toFixed(0)} KiB`;
const rows = [
  ["static site (dist/site)", measure(files(join(dist, "site"))), SIZE_BUDGET.site],
  ["single file (dist/single/index.html)", measure([join(dist, "single", "index.html")]), SIZE_BUDGET.singleFile],
];
let over = false;
for (const [name, size, budget] of rows) {
  const mark = size.bytes > budget ? "OVER BUDGET" : "ok";
  over ||= size.bytes > budget;
  console.log(`${name}: ${kb(size.bytes)} (gzip ${kb(size.gzip)}), budget ${kb(budget)} ${mark}`);
}
if (over) process.exit(1);
