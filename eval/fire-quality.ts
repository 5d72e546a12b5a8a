import { fireDevFile, readFire } from './fire';

/**
 * One-off check of the FIRE conversion, run by hand (`node dist/eval/fire-quality.js [file]`): what was
 * kept and dropped, and a sample of articles to read against the source. Not a test: the numbers describe
 * the data, they are not pass/fail.
 */
const SAMPLE_ARTICLES_PRINTED = 12;

function main(): void {
  const file = process.argv[2] ?? fireDevFile();
  const { articles, stats } = readFire(file);
  console.log(`FIRE quality check: ${file}`);
  console.log(JSON.stringify(stats, null, 2));
  const withRelations = articles.filter((a) => a.relations.length > 0);
  console.log(`articles with at least one relation: ${withRelations.length}`);
  for (const a of withRelations.slice(0, SAMPLE_ARTICLES_PRINTED)) {
    console.log(`\n${a.id}: ${a.text}`);
    for (const e of a.entities)
      console.log(`  ${e.type} ${e.name}${e.aliases.length ? ` [${e.aliases.join(' | ')}]` : ''}`);
    for (const r of a.relations) console.log(`  ${r.type} ${r.source} -> ${r.target}`);
  }
}

if (require.main === module) main();
