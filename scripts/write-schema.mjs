// Writes packages/schema/report.schema.json from the built model, for editors and OA systems.
// Run by `pnpm build`; a test checks the committed file is current.
import { writeFileSync } from "node:fs";
import { reportJsonSchema } from "../packages/schema/dist/index.js";

const file = new URL("../packages/schema/report.schema.json", import.meta.url);
writeFileSync(file, `${JSON.stringify(reportJsonSchema(), null, 2)}\n`);

const { templateJsonSchema } = await import("../packages/template/dist/index.js");
const templateFile = new URL("../packages/template/template.schema.json", import.meta.url);
writeFileSync(templateFile, `${JSON.stringify(templateJsonSchema(), null, 2)}\n`);
