/**
 * The editor's one component pattern: `h(tag, props, ...children)` builds an element; a view is a
 * function that returns an element and is called again when its data changes. No framework: the
 * editor has a handful of views, and the single-file build stays small.
 */

/** Attributes and properties of h(): `on*` functions become listeners, `class`, `style`, data and aria attributes are set as attributes, everything else as a property. */
export type Props = Record<string, unknown>;

/** A child of h(): an element, a text, or nothing (null, undefined, false are skipped). */
export type Child = Node | string | number | null | undefined | false | readonly Child[];

function append(parent: Element, child: Child): void {
  if (child === null || child === undefined || child === false) return;
  if (Array.isArray(child)) {
    for (const c of child as readonly Child[]) append(parent, c);
    return;
  }
  parent.append(child instanceof Node ? child : String(child));
}

/** Builds an HTML element with its props and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props | null = null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") {
      element.addEventListener(key.slice(2).toLowerCase(), value as EventListener);
    } else if (
      key === "class" ||
      key === "style" ||
      key === "for" ||
      key.startsWith("data-") ||
      key.startsWith("aria-") ||
      key === "role"
    ) {
      element.setAttribute(key, value === true ? "" : String(value));
    } else {
      (element as unknown as Record<string, unknown>)[key] = value;
    }
  }
  append(element, children);
  return element;
}

/** Replaces the children of an element. */
export function mount(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}
