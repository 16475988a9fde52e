/**
 * Writes test/fixtures/expected-parts.json: the hash of every part of every case of
 * helpers/expected-parts.ts, rendered by the writer at the given module (default: this package's
 * sources). Run once from the writer the speed-ups started from, e.g. main's sources copied aside:
 * `pnpm exec tsx packages/render-docx/test/write-expected-parts.ts /path/to/main/src/index.ts`.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { renderDocxSync as RenderDocxSync } from "../src/index.js";
import { EXPECTED_PARTS, type ExpectedParts, partHashes, partsCases } from "./helpers/expected-parts.js";

const writer = process.argv[2] ? pathToFileURL(resolve(process.argv[2])).href : "../src/index.js";
const { renderDocxSync } = (await import(writer)) as { renderDocxSync: typeof RenderDocxSync };
const expected: ExpectedParts = {};
for (const { name, report, options } of partsCases()) expected[name] = partHashes(renderDocxSync(report(), options));
writeFileSync(EXPECTED_PARTS, `${JSON.stringify(expected, null, 1)}\n`);
console.log(`${Object.keys(expected).length} documents written to ${EXPECTED_PARTS.pathname}`);
