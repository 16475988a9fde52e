import { readFileSync } from "node:fs";
import { type ImportOptions, type ImportResult, importText } from "../../src/index.js";
import { expectNothingDropped, textLines } from "./nothing-dropped.js";

/** The text of a fixture in test/fixtures. */
export function fixtureText(name: string): string {
  return readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8");
}

/** Imports a text fixture and asserts that nothing of its body was dropped. */
export function importFixture(name: string, options: Partial<ImportOptions> = {}): ImportResult {
  const text = fixtureText(name);
  const result = importText(text, { format: "text", fileName: name, ...options });
  expectNothingDropped(textLines(text), result);
  return result;
}
