import { Command } from 'commander';
import { runDb } from './commands/db';
import { runExtract } from './commands/extract';
import { runIngest } from './commands/ingest';
import { runServe } from './commands/serve';
import { EXTRACT_WORKERS_ENV, resolveExtractWorkers } from './extract-workers';
import { seedsDir } from './paths';

/**
 * The `dealgraph` command: a thin shell over ingest/ (extraction) and graph/ + server/ (storage and API).
 * Errors end the process with a message naming what went wrong, never a stack trace for bad input.
 */
function fail(err: unknown): never {
  const error = err as Error & { code?: string };
  process.stderr.write(`dealgraph: ${error.code ? `[${error.code}] ` : ''}${error.message}\n`);
  if (process.env.DEALGRAPH_DEBUG) process.stderr.write(`${error.stack}\n`);
  process.exit(1);
}

function exitWith(code: number): void {
  process.exitCode = code;
}

const program = new Command();
program
  .name('dealgraph')
  .description('Knowledge graph of companies and deals from French and English business news')
  .showHelpAfterError();

program
  .command('start')
  .description('start or connect to Neo4j, ingest seeds/, then serve GraphQL (what `npm start` runs)')
  .option('-p, --port <port>', 'HTTP port (default: $PORT or 4000)')
  .action((opts: { port?: string }) => runServe({ seeds: [seedsDir()], port: opts.port }).catch(fail));

program
  .command('serve')
  .description('serve GraphQL over the graph as it is')
  .option('-p, --port <port>', 'HTTP port (default: $PORT or 4000)')
  .action((opts: { port?: string }) => runServe({ port: opts.port }).catch(fail));

program
  .command('ingest')
  .description('read, extract and store articles from files and folders')
  .argument('<paths...>', 'article files (.txt .md .html .json) or folders')
  .option(
    '-w, --workers <n>',
    `extraction threads, 0 = on the main thread (default: $${EXTRACT_WORKERS_ENV} or cores − 1, at least 1)`,
  )
  .action((paths: string[], opts: { workers?: string }) =>
    Promise.resolve()
      .then(() => runIngest(paths, resolveExtractWorkers(opts.workers, process.env)))
      .then(exitWith, fail),
  );

program
  .command('extract')
  .description('print what extraction finds in each file; never touches the database')
  .argument('<files...>', 'article files')
  .option('--json', 'one JSON object per file per line (JSON Lines)')
  .action((files: string[], opts: { json?: boolean }) => runExtract(files, opts).then(exitWith, fail));

program
  .command('db')
  .description('the local embedded Neo4j: start | stop | status | fetch')
  .argument('<action>', 'start: run in the background; stop; status; fetch: download the jars')
  .action((action: string) => runDb(action).then(exitWith, fail));

program.parseAsync(process.argv).catch(fail);
