import { BUILTIN_HELPERS } from "./handlebars-env.js";
import { GENRE_HELPERS } from "./helpers/index.js";

type Node = hbs.AST.Node;
type Call = hbs.AST.MustacheStatement | hbs.AST.BlockStatement | hbs.AST.SubExpression;

/** The helpers a template may call: the genre helpers and the strict built-ins. */
export const KNOWN_HELPERS: ReadonlySet<string> = new Set([...Object.keys(GENRE_HELPERS), ...BUILTIN_HELPERS]);

/** Something a template text may not hold, found before any data is seen. */
export interface TextFault {
  code: "unknown_helper" | "unsupported_syntax";
  /** The helper's name, or the kind of statement (`partial`, `decorator`). */
  name: string;
  loc: hbs.AST.SourceLocation;
}

const isCall = (node: Node): node is Call =>
  node.type === "MustacheStatement" || node.type === "BlockStatement" || node.type === "SubExpression";

/** Visits every node of a Handlebars syntax tree, parents before children. */
function visitNodes(node: Node, visit: (node: Node, inBlock: boolean) => void, inBlock = false): void {
  visit(node, inBlock);
  const n = node as Partial<hbs.AST.BlockStatement> & { body?: Node[]; pairs?: hbs.AST.HashPair[]; value?: unknown };
  const children: Node[] = [];
  if (n.body) children.push(...n.body);
  if (isCall(node)) {
    children.push(node.path, ...node.params);
    if (node.hash) children.push(...node.hash.pairs.map((p) => p.value));
  }
  for (const child of children) visitNodes(child, visit, inBlock);
  if (node.type === "BlockStatement") {
    const block = node as hbs.AST.BlockStatement;
    if (block.program) visitNodes(block.program, visit, true);
    if (block.inverse) visitNodes(block.inverse, visit, true);
  }
}

/**
 * Checks a parsed text before it runs: every helper called (an expression with arguments, or a
 * block) must be known; partials and decorators are not part of gongwen templates.
 */
export function textFaults(ast: hbs.AST.Program): TextFault[] {
  const faults: TextFault[] = [];
  visitNodes(ast, (node) => {
    if (node.type === "PartialStatement" || node.type === "PartialBlockStatement") {
      faults.push({ code: "unsupported_syntax", name: "partial", loc: node.loc });
    } else if (node.type === "Decorator" || node.type === "DecoratorBlock") {
      faults.push({ code: "unsupported_syntax", name: "decorator", loc: node.loc });
    } else if (isCall(node) && node.path.type === "PathExpression") {
      const path = node.path as hbs.AST.PathExpression;
      const isHelperCall =
        node.params.length > 0 || (node.hash?.pairs.length ?? 0) > 0 || node.type !== "MustacheStatement";
      const name = path.original;
      if (isHelperCall && !(path.parts.length === 1 && !path.data && KNOWN_HELPERS.has(name))) {
        if (node.type !== "BlockStatement" || node.params.length > 0) {
          faults.push({ code: "unknown_helper", name, loc: node.loc });
        }
      }
    }
  });
  return faults;
}

const samePosition = (a: hbs.AST.Position, b: hbs.AST.Position) => a.line === b.line && a.column === b.column;
const before = (a: hbs.AST.Position, b: hbs.AST.Position) =>
  a.line < b.line || (a.line === b.line && a.column <= b.column);

/** The helper call that starts at a location (Handlebars gives a helper its own call's `loc`). */
export function callAt(ast: hbs.AST.Program, start: hbs.AST.Position): Call | undefined {
  let found: Call | undefined;
  visitNodes(ast, (node) => {
    if (!found && isCall(node) && samePosition(node.loc.start, start)) found = node;
  });
  return found;
}

/** The path expression written at a position (where Handlebars' strict lookups point). */
export function pathAt(
  ast: hbs.AST.Program,
  at: hbs.AST.Position,
): { path: hbs.AST.PathExpression; inBlock: boolean } | undefined {
  let found: { path: hbs.AST.PathExpression; inBlock: boolean } | undefined;
  visitNodes(ast, (node, inBlock) => {
    if (node.type === "PathExpression" && before(node.loc.start, at) && before(at, node.loc.end)) {
      found = { path: node as hbs.AST.PathExpression, inBlock };
    }
  });
  return found;
}

/** The outermost statement (`{{…}}` or a block) that holds a position. */
export function statementAt(ast: hbs.AST.Program, at: hbs.AST.Position): Call | undefined {
  return ast.body.find((node): node is Call => isCall(node) && before(node.loc.start, at) && before(at, node.loc.end));
}

/** The offset in a text of a Handlebars position (1-based line, 0-based column). */
export function offsetIn(text: string, at: hbs.AST.Position): number {
  let offset = 0;
  for (let line = 1; line < at.line; line++) offset = text.indexOf("\n", offset) + 1;
  return offset + at.column;
}

/**
 * The source of a statement as the author wrote it, up to the end of its opening tag:
 * `{{wan invest digits=1}}`, `{{#each projects}}`.
 */
export function openingTag(text: string, node: { loc: hbs.AST.SourceLocation }): string {
  const start = offsetIn(text, node.loc.start);
  const end = text.indexOf("}}", start);
  const close = end < 0 ? offsetIn(text, node.loc.end) : text[end + 2] === "}" ? end + 3 : end + 2;
  return text.slice(start, close);
}
