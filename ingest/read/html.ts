/** Plain text, headline and date of an HTML page, without a DOM: tags stripped, entities decoded. */

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: '’',
  lsquo: '‘',
  laquo: '«',
  raquo: '»',
  eacute: 'é',
  egrave: 'è',
  agrave: 'à',
  ccedil: 'ç',
  hellip: '…',
  ndash: '–',
  mdash: '—',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[body.toLowerCase()] ?? all;
  });
}

function firstMatch(html: string, re: RegExp): string | null {
  const m = re.exec(html);
  return m
    ? decodeEntities(m[1].replace(/<[^>]*>/g, ''))
        .replace(/\s+/g, ' ')
        .trim() || null
    : null;
}

/** Block-level tags become line breaks so paragraphs stay sentences apart. */
export function htmlToText(html: string): string {
  const body = html
    .replace(/<(script|style|noscript|template|svg|head)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(
      /<(br|\/p|\/div|\/h[1-6]|\/li|\/tr|\/section|\/article|\/header|\/footer|\/blockquote)\b[^>]*>/gi,
      '\n\n',
    )
    .replace(/<[^>]+>/g, ' ');
  return decodeEntities(body)
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function htmlTitle(html: string): string | null {
  return (
    firstMatch(html, /<h1\b[^>]*>([\s\S]*?)<\/h1>/i) ?? firstMatch(html, /<title\b[^>]*>([\s\S]*?)<\/title>/i)
  );
}

export function htmlPublished(html: string): string | null {
  const meta =
    /<meta\b[^>]*(?:property|name)=["'](?:article:published_time|date|pubdate|publishdate|dc\.date)["'][^>]*content=["']([^"']+)["']/i.exec(
      html,
    ) ??
    /<meta\b[^>]*content=["']([^"']+)["'][^>]*(?:property|name)=["'](?:article:published_time|date|pubdate)["']/i.exec(
      html,
    );
  const time = /<time\b[^>]*datetime=["']([^"']+)["']/i.exec(html);
  const raw = meta?.[1] ?? time?.[1] ?? null;
  const m = raw ? /^(\d{4}-\d{2}-\d{2})/.exec(raw) : null;
  return m ? m[1] : null;
}
