// Small helpers over htmlparser2's tree of an XML part (xmlMode keeps names as written, prefix
// included: `w:p`). Word writes the main namespace as `w:`; a file that binds it to another
// prefix is read through that prefix (`wordPrefix`).
import { isTag, isText, type ChildNode, type Document, type Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';

const WORD_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);

export function parseXml(xml: string): Document {
  return parseDocument(xml, { xmlMode: true });
}

export function rootElement(document: Document): Element | undefined {
  return document.children.find(isTag);
}

/** The prefix (with its colon) the part uses for WordprocessingML, `w:` unless it says otherwise. */
export function wordPrefix(root: Element | undefined): string {
  if (root) {
    for (const [name, value] of Object.entries(root.attribs)) {
      if (WORD_NAMESPACES.has(value)) return name === 'xmlns' ? '' : `${name.slice('xmlns:'.length)}:`;
    }
  }
  return 'w:';
}

export function childElements(el: Element | Document, name?: string): Element[] {
  const out: Element[] = [];
  for (const c of el.children) if (isTag(c) && (name === undefined || c.name === name)) out.push(c);
  return out;
}

export function firstChild(el: Element | undefined, name: string): Element | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (isTag(c) && c.name === name) return c;
  return undefined;
}

/** All text under a node, for small elements such as `dc:title`. */
export function textOf(node: ChildNode): string {
  if (isText(node)) return node.data;
  return isTag(node) ? node.children.map(textOf).join('') : '';
}
