import { foldName } from '../ingest/resolve/normalize';

/** Every folded form a thing may be known by; empty folds (a name of punctuation only) never match anything. */
export function foldSet(name: string, aliases: readonly string[] = []): Set<string> {
  const out = new Set<string>();
  for (const surface of [name, ...aliases]) {
    const folded = foldName(surface);
    if (folded) out.add(folded);
  }
  return out;
}

export function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/**
 * Maximum one-to-one matching between gold items (left) and predicted items (right), so that one prediction
 * cannot satisfy two gold items and a duplicated prediction counts once as correct and once as spurious.
 * `edges[g]` lists the predictions gold `g` may match, best first; Kuhn's augmenting paths keep the result
 * maximal while trying preferred edges first. Returns, per gold index, the matched prediction index or -1.
 */
export function maxMatching(edges: readonly (readonly number[])[], rightCount: number): number[] {
  const matchOfRight = new Array<number>(rightCount).fill(-1);
  const tryAssign = (g: number, visited: boolean[]): boolean => {
    for (const p of edges[g]) {
      if (visited[p]) continue;
      visited[p] = true;
      if (matchOfRight[p] === -1 || tryAssign(matchOfRight[p], visited)) {
        matchOfRight[p] = g;
        return true;
      }
    }
    return false;
  };
  for (let g = 0; g < edges.length; g++) tryAssign(g, new Array<boolean>(rightCount).fill(false));
  const matchOfLeft = new Array<number>(edges.length).fill(-1);
  matchOfRight.forEach((g, p) => {
    if (g !== -1) matchOfLeft[g] = p;
  });
  return matchOfLeft;
}
