import { extractArticle } from '../../ingest/extract';
import { readArticleFile } from '../../ingest/read';
import type { ExtractedArticle } from '../../ingest/types';

/**
 * One JSON object per input file per line. The database is never touched: this is how extraction is
 * inspected and measured. A file that cannot be read yields a line with an `error` so the output stays
 * aligned with the inputs, and the command exits non-zero at the end.
 */
export async function runExtract(
  files: string[],
  options: { json?: boolean },
  out: NodeJS.WritableStream = process.stdout,
): Promise<number> {
  let failures = 0;
  for (const file of files) {
    let result: ExtractedArticle;
    try {
      result = extractArticle(await readArticleFile(file));
    } catch (err) {
      failures++;
      const message = (err as Error).message;
      if (options.json) out.write(JSON.stringify({ file, error: message }) + '\n');
      process.stderr.write(`dealgraph extract: ${message}\n`);
      continue;
    }
    out.write(options.json ? JSON.stringify(result) + '\n' : describe(result));
  }
  return failures > 0 ? 1 : 0;
}

function describe(article: ExtractedArticle): string {
  const lines = [`${article.file} [${article.lang}] ${article.title ?? ''}`.trimEnd()];
  for (const entity of article.entities) {
    const aliases = entity.aliases.length ? ` (${entity.aliases.join(', ')})` : '';
    lines.push(`  ${entity.type.padEnd(12)} ${entity.name}${aliases}`);
  }
  for (const r of article.relations) {
    const extra = [r.status, r.date, r.amountText].filter(Boolean).join(', ');
    lines.push(`  ${r.source} -${r.type}-> ${r.target}${extra ? ` [${extra}]` : ''}  {${r.rule}}`);
  }
  for (const e of article.events) {
    lines.push(`  event ${e.type}: ${e.source ?? '?'} -> ${e.target ?? '?'} ${e.amountText ?? ''}`.trimEnd());
  }
  return lines.join('\n') + '\n';
}
