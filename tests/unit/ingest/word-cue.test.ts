import { rulesFor } from '../../../ingest/relations/all-rules';
import { ruleScreen } from '../../../ingest/relations/rule-screen';
import { anyWordOf } from '../../../ingest/relations/frames/word-cue';
import { bracketUnits } from './bracket-units';

describe('anyWordOf', () => {
  const cue = anyWordOf([/^(merge|merged)$/, /^fusion$/u, /^co-?found/u]);

  it('matches a word when any one cue does', () => {
    expect(['merge', 'merged', 'fusion', 'cofounded', 'co-founder'].filter((w) => cue.test(w))).toHaveLength(
      5,
    );
  });

  it('matches no other word, nor a cue word inside a longer one', () => {
    expect(['merger', 'fusions', 'founded', 'remerge', ''].some((w) => cue.test(w))).toBe(false);
  });

  it('refuses cues whose flags would change their meaning in the union', () => {
    expect(() => anyWordOf([/^a$/i])).toThrow(/flag/);
    expect(() => anyWordOf([/^a$/g])).toThrow(/flag/);
  });
});

/** Whether the screen lets rule `id` of the English list read the sentence. */
function screened(id: string, text: string): number {
  const list = rulesFor('en');
  const r = list.findIndex((rule) => rule.id === id);
  expect(r).toBeGreaterThanOrEqual(0);
  // a LEADS or FOUNDED reader is held back from a sentence naming no person (speed-screens-day14): its names are
  // read as people here, so only the cue words decide
  const personal = list[r].type === 'LEADS' || list[r].type === 'FOUNDED';
  const units = bracketUnits(text).map((u) =>
    personal && u.kind === 'ent' ? { ...u, orgs: false, persons: true } : u,
  );
  return ruleScreen(list).passing(units, true)[r];
}

describe('readers screened by their cue words', () => {
  it.each([
    ['any.merged.frame', '[Arvel] and [Coltrane] will merge .'],
    ['any.merged.frame', 'The merger of [Arvel] and [Coltrane] closed .'],
    ['any.merged.shapes', '[Arvel] , [Coltrane] agree to merge'],
    ['any.funded.frame-backer', '[Arvel] invested in [Coltrane] .'],
    ['any.funded.frame-raiser', '[Coltrane] raised $ 5 million from [Arvel] .'],
    ['any.competes.frame-contest-together', '[Arvel] and [Coltrane] compete for customers .'],
    ['any.competes.frame-owned-rivals', "[Arvel]'s rivals include [Coltrane] ."],
    ['frame.founded.passive', '[Coltrane] was founded by [Arvel] .'],
    ['frame.leads.active', '[Arvel] runs [Coltrane] .'],
  ])('%s reads "%s"', (id, text) => {
    expect(screened(id, text)).toBe(1);
  });

  it.each([
    ['any.merged.frame', '[Arvel] and [Coltrane] signed a supply deal .'],
    ['any.merged.shapes', '[Arvel] and [Coltrane] signed a supply deal .'],
    ['any.funded.frame-backer', '[Arvel] visited [Coltrane] in Paris .'],
    ['any.competes.frame-contest-together', '[Arvel] and [Coltrane] opened offices .'],
    ['any.competes.frame-owned-rivals', "[Arvel]'s clients include [Coltrane] ."],
    ['frame.founded.passive', '[Coltrane] was bought by [Arvel] .'],
    ['frame.leads.active', '[Arvel] supplies [Coltrane] .'],
  ])('%s is skipped on "%s"', (id, text) => {
    expect(screened(id, text)).toBe(0);
  });
});
