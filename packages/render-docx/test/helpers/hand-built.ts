/** A report built by hand, bypassing the schema: for the writer's own defences. */
import type { Report } from "@gongwen/schema";

/** A report built by hand, bypassing the schema, with the same text in every field. */
export function handBuilt(text: (field: string) => string): Report {
  const section = (name: string, sections: Report["body"]["sections"] = []) => ({
    title: text(`${name}.title`),
    style: "ordinal" as const,
    content: [
      text(`${name}.paragraph`),
      { lead: text(`${name}.lead`), text: text(`${name}.text`) },
      { text: text(`${name}.bare`) },
      {
        table: {
          caption: text(`${name}.caption`),
          header: [text(`${name}.h1`), text(`${name}.h2`)],
          rows: [[text(`${name}.c1`), text(`${name}.c2`)]],
        },
      },
    ],
    sections: sections ?? [],
  });
  return {
    meta: {
      org: text("org"),
      year: 2023,
      kind: "summary",
      planYear: 2024,
      planName: "工作思路",
      title: text("title"),
      date: "2024-01-09",
      signature: text("signature"),
      docNumber: text("docNumber"),
      letterhead: true,
      letterheadName: text("letterheadName"),
      recipients: text("recipients"),
      cc: [text("cc1"), text("cc2")],
      issuer: text("issuer"),
      issueDate: "2024-01-10",
      note: text("note"),
      attachments: [text("attachment1"), text("attachment2")],
      disclosure: {
        indexNo: text("indexNo"),
        category: text("category"),
        publisher: text("publisher"),
        openness: "主动公开",
      },
    },
    body: {
      opening: [text("opening")],
      sections: [section("s1", [section("s1.1", [section("s1.1.1", [section("s1.1.1.1", [section("s1.1.1.1.1")])])])])],
      closing: [text("closing")],
    },
  };
}
