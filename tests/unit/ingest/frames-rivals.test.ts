import type { Unit } from '../../../ingest/relations/pattern';
import { RIVAL_FRAMES } from '../../../ingest/relations/frames/rivals';
import { facts, run } from './helpers';

/**
 * Units from a sentence written with spaces between every word and mark, names in brackets ("[Quorvia] outsells
 * [Demlar] ."), a person in braces: the readers are tested without the entity recogniser.
 */
function unitsOf(sentence: string): { units: Unit[]; names: string[] } {
  const names: string[] = [];
  const units: Unit[] = [];
  let pos = 0;
  for (const part of sentence.match(/\[[^\]]+\]|\{[^}]+\}|\S+/gu) ?? []) {
    const start = sentence.indexOf(part, pos);
    const end = start + part.length;
    pos = end;
    if (/^[[{]/u.test(part)) {
      const name = part.slice(1, -1);
      if (!names.includes(name)) names.push(name);
      const person = part.startsWith('{');
      const ents = [names.indexOf(name)];
      units.push({ kind: 'ent', ents, orgs: !person, persons: person, anaphor: false, start, end });
    } else {
      const kind = /^\p{L}/u.test(part) ? 'word' : /^\p{N}/u.test(part) ? 'number' : 'punct';
      units.push({ kind: 'tok', token: { text: part, lower: part.toLowerCase(), start, end, kind } });
    }
  }
  return { units, names };
}

/** Every rival pair the frame readers read in the sentence, "A ~ B" with the two names sorted. */
function rivalPairs(sentence: string, lang: 'fr' | 'en' = 'en'): string[] {
  const { units, names } = unitsOf(sentence);
  const out = new Set<string>();
  for (const rule of RIVAL_FRAMES) {
    for (const caps of rule.read!(units, lang)) {
      const a = caps[rule.source!];
      const b = caps[rule.target!];
      for (const x of a) for (const y of b) if (x !== y) out.add([names[x], names[y]].sort().join(' ~ '));
    }
  }
  return [...out].sort();
}

const p = (a: string, b: string) => [a, b].sort().join(' ~ ');

describe('a subject contesting rivals after a verb of rivalry (any inflection)', () => {
  it.each([
    ['[Quorvia] now outsells [Demlar] and the German vendor [Faltrix] in Austria .', 'en'],
    ['[Quorvia] , the Leeds firm , competed fiercely in Wales against [Demlar] and [Faltrix] .', 'en'],
    ['Le fabricant [Quorvia] talonnait déjà [Demlar] et la gamme premium de [Faltrix] .', 'fr'],
    ['[Quorvia] concurrençait sur les marchés export [Demlar] ainsi que le groupe [Faltrix] .', 'fr'],
    ['[Quorvia] se mesure aux réseaux nationaux comme [Demlar] et [Faltrix] .', 'fr'],
  ] as const)('%s', (sentence, lang) => {
    expect(rivalPairs(sentence, lang)).toEqual([p('Quorvia', 'Demlar'), p('Quorvia', 'Faltrix')].sort());
  });

  it('takes the antecedent of a relative as the subject, not the buyer before it', () => {
    const got = rivalPairs('[Orvane] a repris [Quorvia] , qui devance [Demlar] sur le segment .', 'fr');
    expect(got).toEqual([p('Quorvia', 'Demlar')]);
  });

  it('steps over a side remark inside the list of rivals', () => {
    const got = rivalPairs(
      'Il faut dire que [Quorvia] devance [Demlar] , qui lui dispute le sud , et le lyonnais [Faltrix] , troisième .',
      'fr',
    );
    expect(got).toEqual([p('Quorvia', 'Demlar'), p('Quorvia', 'Faltrix')].sort());
  });

  it('reads a subject whose predicate is an object name of another verb as no subject', () => {
    expect(rivalPairs('[Orvane] bought [Quorvia] and now outpaces [Demlar] .')).toEqual([]);
  });

  it('reads nothing when the rivalry is denied', () => {
    expect(rivalPairs('[Quorvia] does not compete with [Demlar] .')).toEqual([]);
    expect(rivalPairs('[Quorvia] ne concurrence pas [Demlar] .', 'fr')).toEqual([]);
  });

  it('reads nothing when the names after the verb are clients, partners or a contract', () => {
    expect(rivalPairs('[Quorvia] competes for contracts with clients such as [Demlar] .')).toEqual([]);
    expect(rivalPairs('[Quorvia] rivalise avec ses partenaires [Demlar] et [Faltrix] .', 'fr')).toEqual([]);
  });

  it('reads nothing across a clause break', () => {
    expect(rivalPairs('[Quorvia] raised prices ; rivals trail [Demlar] .')).toEqual([]);
  });

  it('does not take a name standing before an unresolved pronoun as the subject', () => {
    expect(rivalPairs('[Orvane] said the deal would help them compete with [Demlar] .')).toEqual([]);
  });

  it('names the possessed rival, not its owner ("B\'s successor C")', () => {
    expect(rivalPairs("[Quorvia] competes with [Orvane] 's successor [Demlar] .")).toEqual([
      p('Quorvia', 'Demlar'),
    ]);
  });
});

describe('rivalry words that are about something else', () => {
  it('reads no lawsuit, no tender run by the other company, no competition law', () => {
    expect(rivalPairs('[Quorvia] affronte [Demlar] en justice .', 'fr')).toEqual([]);
    expect(rivalPairs('[Quorvia] will compete in the tender launched by [Demlar] .')).toEqual([]);
    expect(rivalPairs("[Quorvia] a saisi l' Autorité de la concurrence contre [Demlar] .", 'fr')).toEqual([]);
  });

  it('reads a possessor followed by a plain noun as the rival itself', () => {
    expect(
      rivalPairs("[Quorvia] now trails [Demlar] 's outsourcing arm and [Faltrix] 's [Nordic] business ."),
    ).toEqual([p('Quorvia', 'Demlar'), p('Quorvia', 'Faltrix')].sort());
  });

  it("reads a clause opened by a pronoun as the main subject's", () => {
    expect(
      rivalPairs("[Quorvia] s' est implanté dans l' assurance , où il concurrence [Demlar] .", 'fr'),
    ).toEqual([p('Quorvia', 'Demlar')]);
  });
});

describe('fights and share taken or lost', () => {
  it('reads a fight with the rival as direct object, not a fight "with" someone or "off" a bid', () => {
    expect(rivalPairs('[Quorvia] is battling [Demlar] and [Faltrix] for market share .')).toEqual(
      [p('Quorvia', 'Demlar'), p('Quorvia', 'Faltrix')].sort(),
    );
    expect(rivalPairs('[Quorvia] battles with [Demlar] over fees .')).toEqual([]);
    expect(rivalPairs('[Quorvia] fought off a bid from [Demlar] .')).toEqual([]);
  });

  it('reads share or customers taken from someone or lost to them', () => {
    expect(rivalPairs('[Quorvia] has taken market share from [Demlar] and [Faltrix] .')).toEqual(
      [p('Quorvia', 'Demlar'), p('Quorvia', 'Faltrix')].sort(),
    );
    expect(rivalPairs('[Quorvia] grignote des parts de marché à [Demlar] .', 'fr')).toEqual([
      p('Quorvia', 'Demlar'),
    ]);
    expect(rivalPairs('[Quorvia] perd des clients au profit de [Demlar] .', 'fr')).toEqual([
      p('Quorvia', 'Demlar'),
    ]);
    expect(rivalPairs('[Quorvia] gained share in Europe , said [Demlar] .')).toEqual([]);
  });
});

describe('lists announced by a colon, and antecedents placed in a town', () => {
  it('reads the rivals after a colon and past a remark the list goes on after', () => {
    const got = rivalPairs(
      '[Quorvia] affronte des poids lourds : les biscuiteries [Demlar] et [Faltrix] , qui dominent le rayon , mais aussi le groupe [Orvane] .',
      'fr',
    );
    expect(got).toEqual(
      [
        p('Quorvia', 'Demlar'),
        p('Quorvia', 'Faltrix'),
        p('Quorvia', 'Orvane'),
        p('Demlar', 'Faltrix'),
      ].sort(),
    );
  });

  it('reads the company before "in <town>, which competes"', () => {
    expect(rivalPairs('[Quorvia] in Boston , which competes with [Demlar] for contracts , grew .')).toEqual([
      p('Quorvia', 'Demlar'),
    ]);
  });

  it('reads nothing after a colon of reported speech', () => {
    expect(rivalPairs('[Quorvia] said : [Demlar] is growing .')).toEqual([]);
  });
});

describe('positions, alternatives and market shares', () => {
  it('reads a market rank before "behind/devant"', () => {
    expect(rivalPairs('[Quorvia] ranked third in Spain , well behind [Demlar] .')).toEqual([
      p('Quorvia', 'Demlar'),
    ]);
    expect(rivalPairs('[Quorvia] reste numéro un , loin devant [Demlar] et [Faltrix] .', 'fr')).toEqual(
      [p('Quorvia', 'Demlar'), p('Quorvia', 'Faltrix')].sort(),
    );
  });

  it('reads no rank in a plain place ("the office behind X")', () => {
    expect(rivalPairs('[Quorvia] opened an office behind [Demlar] .')).toEqual([]);
  });

  it('reads an alternative and a comparable market share', () => {
    expect(rivalPairs('[Quorvia] pitches its app as a cheaper alternative to [Demlar] .')).toEqual([
      p('Quorvia', 'Demlar'),
    ]);
    expect(rivalPairs('[Quorvia] vise une part de marché comparable à celle de [Demlar] .', 'fr')).toEqual([
      p('Quorvia', 'Demlar'),
    ]);
  });

  it('reads a fronted "Face à" with its subject after the comma', () => {
    expect(
      rivalPairs('Face aux géants [Demlar] et [Faltrix] , [Quorvia] mise sur le service .', 'fr'),
    ).toEqual([p('Quorvia', 'Demlar'), p('Quorvia', 'Faltrix')].sort());
  });
});

describe('players told together as the leaders of one market', () => {
  it('pairs every member of a list holding a market', () => {
    const all = [p('Demlar', 'Faltrix'), p('Quorvia', 'Demlar'), p('Quorvia', 'Faltrix')].sort();
    expect(
      rivalPairs('[Quorvia] , [Demlar] et [Faltrix] se partagent le marché des galettes .', 'fr'),
    ).toEqual(all);
    expect(
      rivalPairs('[Quorvia] , [Demlar] and [Faltrix] are the three biggest players in Europe .'),
    ).toEqual(all);
    expect(
      rivalPairs(
        'Les poids lourds du secteur , [Quorvia] , [Demlar] et [Faltrix] , baissent leurs prix .',
        'fr',
      ),
    ).toEqual(all);
    expect(
      rivalPairs('The market leader [Quorvia] , followed by [Demlar] and [Faltrix] , holds 40 % .'),
    ).toEqual(all);
  });

  it('does not pair a list that shares something other than a market', () => {
    expect(rivalPairs('[Quorvia] and [Demlar] share a board member .')).toEqual([]);
    expect(rivalPairs('[Quorvia] and [Demlar] are the main shareholders of the venture .')).toEqual([]);
    expect(rivalPairs('[Quorvia] , [Demlar] and [Faltrix] announced a joint venture .')).toEqual([]);
    expect(rivalPairs('Larger players such as [Demlar] and [Faltrix] also operate in the area .')).toEqual(
      [],
    );
  });

  it('leaves giants faced by someone to that one ("face aux géants A et B" pairs no A with B)', () => {
    expect(rivalPairs('[Quorvia] résiste face aux géants [Demlar] et [Faltrix] .', 'fr')).not.toContain(
      p('Demlar', 'Faltrix'),
    );
  });

  it('does not pair a list of investors', () => {
    expect(
      rivalPairs('Les investisseurs historiques [Demlar] et [Faltrix] dominent le capital .', 'fr'),
    ).toEqual([]);
  });
});

describe('in the whole extractor', () => {
  it('reads a rivalry no pattern rule spells out', () => {
    const text =
      'Quorvia Ltd, a Leeds company, ranked third in Spain last year, some way behind Demlar Inc, the sector leader.';
    const pairs = facts(run(text), 'COMPETES_WITH').map((r) => [r.source, r.target].sort().join(' ~ '));
    expect(pairs).toContain(p('Quorvia Ltd', 'Demlar Inc'));
  });
});
