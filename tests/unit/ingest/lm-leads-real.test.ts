import { facts, run } from './helpers';

/** LEADS facts of one text as "person -> org", sorted. */
function leaders(text: string): string[] {
  return facts(run(text), 'LEADS')
    .map((r) => `${r.source} -> ${r.target}`)
    .sort();
}

describe('LEADS told as a post held or given', () => {
  it('reads a list of titles running over commas', () => {
    expect(
      leaders(
        'Between 2001 and 2005, Mr. Tobias Rennard was President, Chief Executive Officer and a Director of Quillon Foods Inc.',
      ),
    ).toEqual(['Tobias Rennard -> Quillon Foods Inc']);
  });

  it('reads "previously served as" and steps over the chair\'s board', () => {
    expect(
      leaders(
        'Mr. Tobias Rennard previously served as Chairman of the Board, President and Chief Executive Officer of Quillon Foods Inc from 2008 to 2011.',
      ),
    ).toEqual(['Tobias Rennard -> Quillon Foods Inc']);
  });

  it('reads "has been promoted to president of X"', () => {
    expect(
      leaders('Susan Oyelaran has been promoted to president of Quillon Foods Inc, its snacks arm.'),
    ).toEqual(['Susan Oyelaran -> Quillon Foods Inc']);
  });

  it('does not read a vice-president promoted', () => {
    expect(leaders('Susan Oyelaran has been promoted to vice president of Quillon Foods Inc.')).toEqual([]);
  });
});

describe('LEADS told by a speaker attribution', () => {
  it('gives the titled speaker the subject company', () => {
    expect(
      leaders(
        'BERLIN, May 4 - Varnholt Stahl AG expects weaker orders this year, chief executive Henrik Ollenburg said.',
      ),
    ).toEqual(['Henrik Ollenburg -> Varnholt Stahl AG']);
  });

  it('reads "its governor, P, said"', () => {
    expect(
      leaders(
        'The Norland Reserve Bank does not plan to cut rates soon, its governor, Amadeo Ferrante, said.',
      ),
    ).toEqual(['Amadeo Ferrante -> Norland Reserve Bank']);
  });

  it('does not give a union president the subject company', () => {
    expect(
      leaders('Varnholt Stahl AG plans to cut shifts next month, union president Henrik Ollenburg said.'),
    ).toEqual([]);
  });

  it("does not take a company named inside an opening quote as the speaker's", () => {
    expect(
      leaders('"The Orwin Corp proposal suits our owners better," chief executive Henrik Ollenburg said.'),
    ).toEqual([]);
  });

  it('does not read a speaker without a leader title', () => {
    expect(
      leaders('Varnholt Stahl AG expects weaker orders this year, spokesman Henrik Ollenburg said.'),
    ).toEqual([]);
  });
});

describe('heads of departments are no leaders', () => {
  it('does not read a function head placed by a possessive', () => {
    expect(
      leaders("Varnholt Stahl AG's Hamburg treasury head Henrik Ollenburg told reporters rates would rise."),
    ).toEqual([]);
  });

  it('does not read "head of sales at X"', () => {
    expect(leaders('Henrik Ollenburg, head of sales at Varnholt Stahl AG, said orders fell.')).toEqual([]);
  });

  it("still reads the company's own head", () => {
    expect(leaders("Varnholt Stahl AG's head, Henrik Ollenburg, said orders fell.")).toEqual([
      'Henrik Ollenburg -> Varnholt Stahl AG',
    ]);
  });
});

describe('a name after a title in a list', () => {
  it('gives the title to the name after it, not to the name before the company', () => {
    expect(
      leaders(
        'The minister met Mr. Alvar Kessling, Norbury Trust Corp chairman Ida Pelt and other officials.',
      ),
    ).toEqual(['Ida Pelt -> Norbury Trust Corp']);
  });

  it('does not read a buyout led by a person as his company', () => {
    expect(
      leaders(
        'Last year Corlay Bank Inc was bought by Drummond Acquisition Corp in a buyout transaction led by Dr. Ivo Pascoe.',
      ),
    ).toEqual([]);
  });
});
