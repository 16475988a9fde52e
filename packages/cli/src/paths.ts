import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The folder of the clerk templates (`templates/` at the repository root). */
export function templatesDir(): string {
  return fileURLToPath(new URL("../../../templates/", import.meta.url));
}

/** The JSON Schema file of reports shipped with @gongwen/schema, when it is installed beside us. */
export function schemaFile(): string | undefined {
  const file = fileURLToPath(new URL("../../schema/report.schema.json", import.meta.url));
  return existsSync(file) ? file : undefined;
}
