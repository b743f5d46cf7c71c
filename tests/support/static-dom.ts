import { readFileSync } from 'node:fs';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { AnyNode, Element } from 'domhandler';
import { distFile } from './dist';

// Reading a built page as a browser without JavaScript gets it: the static HTML, queried by
// element, attribute and class (the few selectors the build tests need, without a CSS engine).
export type Match = (el: Element) => boolean;

/** The parsed page dist/<path>/index.html. */
export const builtPage = (path: string): AnyNode[] =>
  parseDocument(readFileSync(distFile(path), 'utf8')).children;

/** An element with the attribute (and, if given, that value). */
export const withAttr =
  (name: string, value?: string): Match =>
  (el) =>
    name in el.attribs && (value === undefined || el.attribs[name] === value);
/** An element with the class. */
export const withClass =
  (name: string): Match =>
  (el) =>
    (el.attribs.class ?? '').split(/\s+/).includes(name);
/** An element with the tag name. */
export const tag =
  (name: string): Match =>
  (el) =>
    el.name === name;
/** Every condition at once. */
export const both =
  (...tests: Match[]): Match =>
  (el) =>
    tests.every((t) => t(el));

const scopeOf = (scope: AnyNode | AnyNode[]) => (Array.isArray(scope) ? scope : [scope]);

/** Every descendant of `scope` that matches, in document order; each step narrows to the descendants of the last. */
export function all(scope: AnyNode | AnyNode[], ...steps: Match[]): Element[] {
  let found = scopeOf(scope);
  for (const step of steps) {
    const next = found.flatMap((node) =>
      DomUtils.findAll(step, 'children' in node ? (node.children as AnyNode[]) : [])
    );
    found = [...new Set(next)];
  }
  return found as Element[];
}

/** The one match: fails when there is none or more than one. */
export function one(scope: AnyNode | AnyNode[], ...steps: Match[]): Element {
  const found = all(scope, ...steps);
  if (found.length !== 1) throw new Error(`ventet ett element, fant ${found.length}`);
  return found[0]!;
}

/** The text as a reader sees it: whitespace collapsed and trimmed (what toHaveText compares). */
export const text = (node: AnyNode) => DomUtils.textContent(node).replace(/\s+/g, ' ').trim();
