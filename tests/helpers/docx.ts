import { strFromU8, unzipSync } from 'fflate';

/** The XML parts of a .docx, by path inside the zip (word/document.xml, word/styles.xml, …). */
export function docxParts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(
    Object.entries(files)
      .filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels'))
      .map(([name, data]) => [name, strFromU8(data)]),
  );
}

export function part(parts: Record<string, string>, name: string): string {
  const xml = parts[name];
  if (xml === undefined)
    throw new Error(`No ${name} in the .docx (has ${Object.keys(parts).join(', ')})`);
  return xml;
}

/** The text of the document's runs, paragraphs on their own lines. */
export function docxText(documentXml: string): string {
  return documentXml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n');
}
