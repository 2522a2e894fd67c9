/**
 * Test support only.
 * A small XML 1.0 well-formedness check for tests (we add no XML dependency): one root element, tags
 * nested and closed in order, attributes quoted and unique, only the five predefined or numeric entities,
 * no raw `<` or `&` in text. Returns a tree with decoded text so tests can look inside.
 */
export type XmlElement = { name: string; attrs: Record<string, string>; children: XmlElement[]; text: string };

const entity = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/y;

function decode(raw: string, where: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i += 1) {
    const ch = raw[i];
    if (ch === '<') throw new Error(`raw < in ${where}`);
    if (ch !== '&') {
      out += ch;
      continue;
    }
    entity.lastIndex = i;
    const match = entity.exec(raw);
    if (!match) throw new Error(`bad entity in ${where} at ${raw.slice(i, i + 12)}`);
    const name = match[0].slice(1, -1);
    out +=
      name === 'amp' ? '&' : name === 'lt' ? '<' : name === 'gt' ? '>' : name === 'quot' ? '"' : name === 'apos' ? "'"
        : String.fromCodePoint(name.startsWith('#x') ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1)));
    i += match[0].length - 1;
  }
  return out;
}

export function parseXml(xml: string): XmlElement {
  let rest = xml.replace(/^\uFEFF/, '');
  const declaration = /^<\?xml\s+version="1\.0"(\s+encoding="[\w-]+")?\s*\?>/.exec(rest);
  if (declaration) rest = rest.slice(declaration[0].length);
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let pos = 0;
  while (pos < rest.length) {
    const lt = rest.indexOf('<', pos);
    const text = rest.slice(pos, lt === -1 ? rest.length : lt);
    const parent = stack[stack.length - 1];
    if (parent) parent.text += decode(text, `<${parent.name}>`);
    else if (text.trim() !== '') throw new Error('text outside the root element');
    if (lt === -1) break;
    const gt = rest.indexOf('>', lt);
    if (gt === -1) throw new Error('unclosed tag');
    const tag = rest.slice(lt + 1, gt);
    pos = gt + 1;
    if (tag.startsWith('/')) {
      const open = stack.pop();
      if (!open || open.name !== tag.slice(1).trim()) throw new Error(`</${tag.slice(1)}> closes <${open?.name}>`);
      continue;
    }
    const selfClosing = tag.endsWith('/');
    const body = selfClosing ? tag.slice(0, -1) : tag;
    const nameMatch = /^([A-Za-z_][\w:.-]*)/.exec(body);
    if (!nameMatch) throw new Error(`bad tag <${tag}>`);
    const element: XmlElement = { name: nameMatch[1] as string, attrs: {}, children: [], text: '' };
    let attrText = body.slice(nameMatch[0].length);
    const attr = /^\s+([A-Za-z_][\w:.-]*)\s*=\s*("([^"]*)"|'([^']*)')/;
    for (let m = attr.exec(attrText); m; m = attr.exec(attrText)) {
      const key = m[1] as string;
      if (key in element.attrs) throw new Error(`duplicate attribute ${key}`);
      element.attrs[key] = decode(m[3] ?? m[4] ?? '', `attribute ${key}`);
      attrText = attrText.slice(m[0].length);
    }
    if (attrText.trim() !== '') throw new Error(`bad attributes in <${tag}>`);
    if (parent) parent.children.push(element);
    else if (root) throw new Error('more than one root element');
    else root = element;
    if (!selfClosing) stack.push(element);
  }
  if (stack.length) throw new Error(`<${stack[stack.length - 1]?.name}> not closed`);
  if (!root) throw new Error('no root element');
  return root;
}

export const child = (element: XmlElement, name: string) => element.children.find((c) => c.name === name);
export const childrenNamed = (element: XmlElement, name: string) => element.children.filter((c) => c.name === name);
