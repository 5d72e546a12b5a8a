import { scoreEntities } from '../../../eval/score-entities';
import type { GoldEntity } from '../../../eval/gold';
import { entity } from './fixtures';

const gold = (
  name: string,
  type: GoldEntity['type'] = 'Organization',
  aliases: string[] = [],
): GoldEntity => ({
  name,
  type,
  aliases,
});

describe('scoreEntities', () => {
  it('matches names that differ only by case, accents and legal form', () => {
    const s = scoreEntities([gold('Téléperformance')], [entity('TELEPERFORMANCE SE')]);
    expect(s.overall).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('matches a predicted name against a gold alias and a predicted alias against the gold name', () => {
    const s = scoreEntities(
      [gold('Compagnie des Machines Bull', 'Organization', ['Bull']), gold('Honeywell Information Systems')],
      [entity('Bull'), entity('HIS', 'Organization', ['Honeywell Information Systems'])],
    );
    expect(s.overall).toEqual({ tp: 2, fp: 0, fn: 0 });
  });

  it('requires the same type', () => {
    const s = scoreEntities([gold('Lino Ventura', 'Person')], [entity('Lino Ventura', 'Organization')]);
    expect(s.overall).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(s.byType.Person.fn).toBe(1);
    expect(s.byType.Organization.fp).toBe(1);
  });

  it('counts a second prediction of the same gold entity as spurious and keeps the full name as the match', () => {
    const s = scoreEntities(
      [gold('Lino Ventura', 'Person', ['Ventura'])],
      [entity('Ventura', 'Person'), entity('Lino Ventura', 'Person')],
    );
    expect(s.overall).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(s.spurious.map((e) => e.name)).toEqual(['Ventura']);
  });

  it('finds the assignment that matches the most gold entities', () => {
    // "Beta" is the first candidate of both gold entities; only giving it to the second lets both match.
    const s = scoreEntities(
      [gold('Alpha', 'Organization', ['Beta']), gold('Beta')],
      [entity('Beta'), entity('Alpha Beta', 'Organization', ['Alpha'])],
    );
    expect(s.overall).toEqual({ tp: 2, fp: 0, fn: 0 });
  });

  it('lists missed gold entities', () => {
    const s = scoreEntities([gold('Webhelp'), gold('Acticall')], [entity('Webhelp')]);
    expect(s.missed.map((g) => g.name)).toEqual(['Acticall']);
    expect(s.overall).toEqual({ tp: 1, fp: 0, fn: 1 });
  });
});
