import { closestMatch, sortProblems } from "@gongwen/schema";
import type { DataTable } from "./data/rows.js";
import { KNOWN_HELPERS, openingTag } from "./expressions.js";
import { templateMessage } from "./messages.js";
import { sourceOffset } from "./template-text.js";
import type { Directive, Template, TemplateNode, TemplateProblem, TemplateText } from "./tree.js";

type Call = hbs.AST.MustacheStatement | hbs.AST.BlockStatement | hbs.AST.SubExpression;

/** A place where a template reads a field of the data row itself (not of a list's items). */
export interface FieldUse {
  /** The row's field: `县名` of `{{县名}}`, `{{wan 县名.投资}}`, `each: 县名`, `{{@root.县名}}`. */
  field: string;
  /** The expression as written (`{{wan 投资}}`, `each: 项目`). */
  expression: string;
  /** Where it is, in the template's source. */
  offset: number;
  /**
   * Read for every row, whatever the data: not inside an item that `each`, `if` or `unless` may
   * leave out, nor inside a `{{#if}}`/`{{#each}}` block, and where a missing value is an error
   * (a helper's hash option may be missing, and `lookup` takes one). A field missing from the data
   * and from the template's defaults fails every row at such a place.
   */
  always: boolean;
}

/**
 * Every place a template reads a field of the data row, in the order of its tree: what
 * missingFieldProblems checks against the fields a data file has. Fields read inside `each` are
 * the items' and are left out, except those reached with `@root.` or `../`.
 */
export function fieldUses(template: Template): FieldUse[] {
  const uses: FieldUse[] = [];
  const directive = (d: Directive, depth: number, always: boolean) => {
    const field = d.parts[0];
    // `../` steps up the `each` scopes (and stops at the row); `@root.` is the row.
    if (field !== undefined && (d.root || d.up >= depth)) {
      uses.push({ field, expression: d.written, offset: d.start, always });
    }
  };
  const visit = (node: TemplateNode, depth: number, always: boolean): void => {
    if (node.kind === "text") textUses(node, template, depth, always, uses);
    else if (node.kind === "map") for (const [, value] of node.entries) visit(value, depth, always);
    else if (node.kind === "list") {
      for (const item of node.items) {
        if (item.each) {
          directive(item.each, depth, always);
          // Inside, the element is the scope, and the list may be empty.
          if (item.if) directive(item.if, depth + 1, false);
          if (item.unless) directive(item.unless, depth + 1, false);
          visit(item.node, depth + 1, false);
          continue;
        }
        // `unless` is only read when `if` holds; the item only when both let it be.
        if (item.if) directive(item.if, depth, always);
        if (item.unless) directive(item.unless, depth, always && !item.if);
        visit(item.node, depth, always && !item.if && !item.unless);
      }
    }
  };
  visit(template.root, 0, true);
  return uses;
}

/** The fields one text reads at the row's level (`depth`: the `each` scopes it stands in). */
function textUses(text: TemplateText, template: Template, depth: number, always: boolean, uses: FieldUse[]): void {
  const add = (path: hbs.AST.PathExpression, statement: Call, at: number, reached: boolean) => {
    let field: string | undefined;
    if (path.data) field = path.parts[0] === "root" ? path.parts[1] : undefined;
    else if (path.depth === at) field = path.parts[0];
    if (field === undefined) return;
    const expression = openingTag(text.value, statement);
    const offset = sourceOffset(text, template.source, statement.loc.start, expression);
    uses.push({ field, expression, offset, always: reached });
  };
  const call = (node: Call, statement: Call, at: number, reached: boolean): void => {
    const path = node.path as hbs.AST.PathExpression;
    const hash = node.hash?.pairs ?? [];
    if (node.type === "MustacheStatement" && node.params.length === 0 && hash.length === 0) {
      const helper = path.type === "PathExpression" && !path.data && path.parts.length === 1;
      if (!(helper && KNOWN_HELPERS.has(path.original))) add(path, statement, at, reached);
      return;
    }
    if (node.type === "BlockStatement" && node.params.length === 0) return; // a section: no gongwen syntax
    // A helper's arguments are read first; every helper but `lookup` refuses a missing one.
    const name = path.type === "PathExpression" ? path.original : "";
    for (const param of node.params) {
      if (param.type === "SubExpression") call(param as hbs.AST.SubExpression, statement, at, reached);
      else if (param.type === "PathExpression" && name !== "lookup") {
        add(param as hbs.AST.PathExpression, statement, at, reached);
      }
    }
    for (const pair of hash) {
      if (pair.value.type === "SubExpression") call(pair.value as hbs.AST.SubExpression, statement, at, reached);
    }
    if (node.type === "BlockStatement") {
      // `each` and `with` enter another context (a `../` more); `if` and `unless` do not.
      const inner = name === "each" || name === "with" ? at + 1 : at;
      if (node.program) body(node.program.body, inner, false);
      if (node.inverse) body(node.inverse.body, at, false);
    }
  };
  const body = (statements: hbs.AST.Statement[], at: number, reached: boolean) => {
    for (const statement of statements) {
      if (statement.type === "MustacheStatement" || statement.type === "BlockStatement") {
        call(statement as Call, statement as Call, at, reached);
      }
    }
  };
  body(text.ast.body, depth, always);
}

/** A field's name without units in brackets and spaces: `地区生产总值（万元）` → `地区生产总值`. */
const bare = (name: string) => name.replace(/[（(【[][^）)】\]]*[）)】\]]/g, "").replace(/\s+/g, "");

/**
 * The column a field the data lacks most likely is: one that differs only by a unit in brackets
 * or by spaces (`地区生产总值（万元）`, `县 名`), else the closest by spelling (closestMatch of
 * @gongwen/schema), even one the template reads elsewhere (a name mistyped in one place).
 */
function suggestField(field: string, fields: readonly string[]): string | undefined {
  return fields.find((f) => bare(f) === bare(field)) ?? closestMatch(field, fields);
}

/** What missingFieldProblems needs of a data file (a DataTable has it). */
export type DataFields = Pick<DataTable, "file" | "kind" | "fields">;

/**
 * The fields a template reads for every row that the data file does not have at all (a column
 * missing from its header, a key in none of its records) and the template's `data:` block does
 * not give: each said once, at its first such use, with the fields the file has, the closest of
 * them as a suggestion, and the other lines that use it. `also`: templates filled with the same
 * row and defaults (the batch's file-name pattern). A field read only where the data may never
 * take it (in an `if` item, inside `each`) is left to the rows, so no batch that would render is
 * refused.
 */
export function missingFieldProblems(
  template: Template,
  data: DataFields,
  also: readonly Template[] = [],
): TemplateProblem[] {
  const known = new Set(data.fields);
  const lacking = (use: FieldUse) => !known.has(use.field) && !Object.hasOwn(template.defaults, use.field);
  const problems: TemplateProblem[] = [];
  const said = new Set<string>();
  const own = fieldUses(template).filter(lacking);
  const all = [{ t: template, uses: own }, ...also.map((t) => ({ t, uses: fieldUses(t).filter(lacking) }))];
  for (const { t, uses } of all) {
    for (const use of uses) {
      if (!use.always || said.has(use.field)) continue;
      said.add(use.field);
      const position = t.source.position(use.offset);
      // The template's other lines that read it (a file-name pattern has none worth naming).
      const lines = new Set(
        own.filter((u) => u.field === use.field).map((u) => template.source.position(u.offset).line),
      );
      if (t === template) lines.delete(position.line);
      const suggestion = suggestField(use.field, data.fields);
      const facts = {
        expression: use.expression,
        dataPath: use.field,
        data: {
          file: data.file,
          kind: data.kind,
          fields: data.fields,
          alsoOnLines: [...lines],
          ...(suggestion === undefined ? {} : { suggestion }),
        },
      };
      const p: TemplateProblem = {
        code: "field_not_in_data",
        path: [],
        message: templateMessage("field_not_in_data", facts, template.locale),
        ...position,
        expression: use.expression,
        dataPath: use.field,
      };
      if (t.fileName !== undefined) p.file = t.fileName;
      problems.push(p);
    }
  }
  return sortProblems(problems) as TemplateProblem[];
}
