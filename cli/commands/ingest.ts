import { readGraphConfig } from '../../graph/config';
import { openGraph } from '../../graph/connection';
import { migrate } from '../../graph/migrations';
import { createProgress } from '../progress';
import { describeIngestReport, ingestFiles } from '../ingest-files';
import { installShutdown } from '../shutdown';

export async function runIngest(paths: string[]): Promise<number> {
  const log = (line: string) => process.stderr.write(line + '\n');
  const shutdown = installShutdown(log);
  const graph = await openGraph(readGraphConfig(), log);
  shutdown.add(() => graph.close());
  await migrate(graph);
  const progress = createProgress('ingest');
  const report = await ingestFiles(graph, paths, (done, total) => progress.tick(done, total));
  progress.finish();
  log(describeIngestReport(report));
  await graph.close();
  return report.failures.length > 0 ? 1 : 0;
}
