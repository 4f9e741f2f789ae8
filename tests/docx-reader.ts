import JSZip from 'jszip';

/** One paragraph of word/document.xml as a reader sees it: its text and how its runs are formatted. */
export interface Para {
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  sizes: number[];
  fonts: string[];
  rule: boolean;
  align: string | null;
  inTable: boolean;
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

function parsePara(xml: string, inTable: boolean): Para {
  const runs = [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => m[1]);
  const texts = runs.map((r) => [...r.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1])).join(''));
  const withText = runs.filter((_, i) => texts[i] !== '');
  const all = (re: RegExp) => withText.length > 0 && withText.every((r) => re.test(r));
  return {
    text: texts.join(''),
    bold: all(/<w:b\/>|<w:b w:val="true"\/>/),
    italic: all(/<w:i\/>|<w:i w:val="true"\/>/),
    underline: all(/<w:u w:val="single"\/>/),
    sizes: [...new Set(withText.map((r) => Number(/<w:sz w:val="(\d+)"\/>/.exec(r)?.[1] ?? 0)))],
    fonts: [...new Set(withText.map((r) => /<w:rFonts w:ascii="([^"]+)"/.exec(r)?.[1] ?? ''))],
    rule: /<w:pBdr>[\s\S]*<w:bottom /.test(xml),
    align: /<w:jc w:val="(\w+)"\/>/.exec(xml)?.[1] ?? null,
    inTable,
  };
}

/** The file's parts and paragraphs (in order; those in table cells flagged), its section properties and tables. */
export async function readDocx(body: Buffer | Uint8Array) {
  const zip = await JSZip.loadAsync(body);
  const xml = await zip.file('word/document.xml')!.async('string');
  const styles = await zip.file('word/styles.xml')!.async('string');
  const paras: Para[] = [];
  // Paragraphs inside tables are marked by tracking <w:tbl> depth around them.
  const re = /<w:tbl>|<\/w:tbl>|<w:p>[\s\S]*?<\/w:p>|<w:p [^>]*>[\s\S]*?<\/w:p>/g;
  let depth = 0;
  for (const m of xml.matchAll(re)) {
    if (m[0] === '<w:tbl>') depth++;
    else if (m[0] === '</w:tbl>') depth--;
    else paras.push(parsePara(m[0], depth > 0));
  }
  const tables = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((m) => m[1]);
  const sect = /<w:sectPr[\s\S]*?<\/w:sectPr>/.exec(xml)?.[0] ?? '';
  const attr = (tag: string, name: string) => Number(new RegExp(`<w:${tag} [^>]*w:${name}="(\\d+)"`).exec(sect)?.[1]);
  return {
    xml, styles, paras, tables,
    page: { width: attr('pgSz', 'w'), height: attr('pgSz', 'h') },
    margin: { top: attr('pgMar', 'top'), bottom: attr('pgMar', 'bottom'), left: attr('pgMar', 'left'), right: attr('pgMar', 'right') },
    find: (text: string | RegExp) => paras.find((p) => (typeof text === 'string' ? p.text === text : text.test(p.text))),
    texts: () => paras.map((p) => p.text),
  };
}

/** The rows of the table whose first row starts with `firstHeader`, as cell texts. */
export function tableRows(doc: Awaited<ReturnType<typeof readDocx>>, firstHeader: string): string[][] {
  for (const t of doc.xml.split('<w:tbl>').slice(1)) {
    const rowsXml = [...t.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>|<w:tr [^>]*>([\s\S]*?)<\/w:tr>/g)].map((m) => m[1] ?? m[2]);
    const rowsOut = rowsXml.map((r) => [...r.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) =>
      [...c[1].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((x) => unescape(x[1])).join('')));
    if (rowsOut[0]?.[0] === firstHeader) return rowsOut;
  }
  return [];
}
