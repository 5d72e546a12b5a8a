import { run } from './helpers';

/** A name first kept with the cue noun in front of it ("Journal Le Veilleur") is the same entity told without it. */
describe('a name told with and without its cue noun', () => {
  it('joins the bare name to the one that carried the cue', () => {
    const a = run(
      'Article publié par Journal Quarvel-Hebdo.\n\nLe journal Quarvel-hebdo consacre un dossier à Brivane, qui rachète Colmex.',
    );
    const quarvel = a.entities.filter((e) => /quarvel/i.test(e.name));
    expect(quarvel).toHaveLength(1);
    expect([quarvel[0].name, ...quarvel[0].aliases].map((n) => n.toLowerCase())).toEqual(
      expect.arrayContaining(['journal quarvel-hebdo', 'quarvel-hebdo']),
    );
  });

  it('does not join two names that share only their last word', () => {
    const a = run('Orvane Systems rachète Delta Systems. Orvane Systems paiera 12 millions d’euros.');
    const names = a.entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Orvane Systems', 'Delta Systems']));
  });
});
