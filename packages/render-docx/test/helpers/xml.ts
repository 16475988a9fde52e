/**
 * A strict XML 1.0 reader for tests: it refuses anything that is not well-formed (unbalanced or
 * misnamed tags, duplicate attributes, unescaped `<` or `&`, characters XML cannot hold, text
 * outside the root) and returns the element tree, so tests can both check that every part of a
 * DOCX is XML and look inside it.
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: (XmlElement | string)[];
}

const NAME = /^[A-Za-z_][\w.-]*(:[A-Za-z_][\w.-]*)?$/;
/** Characters outside XML 1.0's Char production. */
const BAD_CHAR =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(text: string, where: string): string {
  if (BAD_CHAR.test(text)) throw new Error(`XML: forbidden character in ${where}`);
  return text.replace(/&([^;\s&<]*);|&/g, (_match, entity: string | undefined) => {
    if (entity === undefined) throw new Error(`XML: bare & in ${where}`);
    if (entity in ENTITIES) return ENTITIES[entity] as string;
    const code = /^#x([0-9a-fA-F]+)$/.exec(entity)?.[1] ?? /^#([0-9]+)$/.exec(entity)?.[1];
    if (code === undefined) throw new Error(`XML: unknown entity &${entity}; in ${where}`);
    const value = entity.startsWith("#x") ? Number.parseInt(code, 16) : Number(code);
    const char = String.fromCodePoint(value);
    if (BAD_CHAR.test(char)) throw new Error(`XML: reference to a forbidden character in ${where}`);
    return char;
  });
}

/** Parses an XML document; throws on anything that is not well-formed. */
export function parseXml(source: string): XmlElement {
  let at = 0;
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  if (text.startsWith("<?xml")) {
    const end = text.indexOf("?>");
    if (end === -1) throw new Error("XML: unterminated declaration");
    at = end + 2;
  }
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (at < text.length) {
    const lt = text.indexOf("<", at);
    const chunk = text.slice(at, lt === -1 ? text.length : lt);
    if (chunk) {
      const parent = stack[stack.length - 1];
      if (!parent) {
        if (chunk.trim()) throw new Error("XML: text outside the root element");
      } else {
        if (chunk.includes(">") && chunk.includes("]]>")) throw new Error("XML: ]]> in text");
        parent.children.push(decode(chunk, `<${parent.name}>`));
      }
    }
    if (lt === -1) break;
    if (text.startsWith("<!--", lt)) {
      const end = text.indexOf("-->", lt);
      if (end === -1) throw new Error("XML: unterminated comment");
      at = end + 3;
      continue;
    }
    if (text.startsWith("<![CDATA[", lt)) {
      const end = text.indexOf("]]>", lt);
      const parent = stack[stack.length - 1];
      if (end === -1 || !parent) throw new Error("XML: bad CDATA section");
      parent.children.push(text.slice(lt + 9, end));
      at = end + 3;
      continue;
    }
    const gt = text.indexOf(">", lt);
    if (gt === -1) throw new Error("XML: unterminated tag");
    const tag = text.slice(lt + 1, gt);
    at = gt + 1;
    if (tag.startsWith("/")) {
      const name = tag.slice(1).trim();
      const open = stack.pop();
      if (!open || open.name !== name) throw new Error(`XML: </${name}> closes <${open?.name ?? "nothing"}>`);
      continue;
    }
    if (tag.startsWith("?") || tag.startsWith("!")) throw new Error(`XML: unexpected <${tag.slice(0, 10)}`);
    const selfClosing = tag.endsWith("/");
    const body = selfClosing ? tag.slice(0, -1) : tag;
    const nameMatch = /^[^\s/>]+/.exec(body);
    const name = nameMatch?.[0] ?? "";
    if (!NAME.test(name)) throw new Error(`XML: bad element name "${name}"`);
    const attributes: Record<string, string> = {};
    const rest = body.slice(name.length);
    const attributePattern = /\s+([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/gy;
    let last = 0;
    for (let m = attributePattern.exec(rest); m; m = attributePattern.exec(rest)) {
      const key = m[1] as string;
      if (!NAME.test(key)) throw new Error(`XML: bad attribute name "${key}" on <${name}>`);
      if (key in attributes) throw new Error(`XML: duplicate attribute ${key} on <${name}>`);
      const value = m[3] ?? m[4] ?? "";
      if (value.includes("<")) throw new Error(`XML: < in attribute ${key} of <${name}>`);
      attributes[key] = decode(value, `${name}@${key}`);
      last = attributePattern.lastIndex;
    }
    if (rest.slice(last).trim())
      throw new Error(`XML: malformed attributes on <${name}>: ${rest.slice(last, last + 20)}`);
    const element: XmlElement = { name, attributes, children: [] };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else if (root) throw new Error("XML: more than one root element");
    else root = element;
    if (!selfClosing) stack.push(element);
  }
  if (stack.length) throw new Error(`XML: <${stack[stack.length - 1]?.name}> is never closed`);
  if (!root) throw new Error("XML: no root element");
  return root;
}

/** Every element named `name` at any depth below (and including) `element`, in document order. */
export function findAll(element: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const visit = (node: XmlElement) => {
    if (node.name === name) out.push(node);
    for (const child of node.children) if (typeof child !== "string") visit(child);
  };
  visit(element);
  return out;
}

/** The first element named `name` below `element`, or undefined. */
export function find(element: XmlElement, name: string): XmlElement | undefined {
  return findAll(element, name)[0];
}

/** The direct children of an element that are elements. */
export function childElements(element: XmlElement): XmlElement[] {
  return element.children.filter((c): c is XmlElement => typeof c !== "string");
}

/** All text inside an element. */
export function textOf(element: XmlElement): string {
  return element.children.map((c) => (typeof c === "string" ? c : textOf(c))).join("");
}
