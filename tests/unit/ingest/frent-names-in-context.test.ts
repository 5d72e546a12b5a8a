import { orgMentions } from './frent-helpers';
import { run } from './helpers';

/** Channels, numbered names, English-article bands and names after an article by topic; invented names. */
describe('a number as the last word of a name', () => {
  it('keeps the number of a channel or a club and types a place with a number', () => {
    expect(orgMentions('La série est diffusée sur France 5 depuis le printemps.')).toContain('France 5');
    expect(orgMentions('Il est prêté au Dunmore 05 pour cinq mois.')).toContain('Dunmore 05');
  });

  it('leaves dates, chart positions and quantities out', () => {
    expect(orgMentions('Le 11, Brevalia annonce des réparations.')).not.toContain('11');
    const chart = orgMentions('La chanson se classe 2 aux Pays-Bas 3 en Norvège.');
    expect(chart).not.toContain('Pays-Bas 3');
  });
});

describe('the channel a show is aired on', () => {
  it('types the name after "sur" in a broadcasting sentence', () => {
    expect(orgMentions('La série a été diffusée à partir de 1998 sur Télévarn.')).toContain('Télévarn');
    expect(orgMentions('Le film passe ensuite sur la chaîne Varnavision.')).toContain('Varnavision');
  });

  it('needs a broadcasting word', () => {
    expect(orgMentions('Il a écrit un long essai sur Montaigne.')).not.toContain('Montaigne');
  });
});

describe('a foreign name with its English article in French text', () => {
  it('is a group outside quotes', () => {
    expect(orgMentions('Elle chante depuis 2001 avec The Marble Owls à Londres.')).toContain(
      'The Marble Owls',
    );
  });

  it('is no group for a singular ring name', () => {
    expect(orgMentions('Le public acclame ensuite The Brute après le combat.')).not.toContain('The Brute');
  });

  it('leaves English copy as it was', () => {
    const a = run('Acme Corp said it acquired The Marble Group for 5 mln dlrs.');
    expect(a.entities.flatMap((e) => e.mentions.map((m) => m.text))).not.toContain('The Marble Group');
  });
});

describe('a name of several words after an article, by topic', () => {
  it('is a party in a political sentence and a club in a sports one', () => {
    expect(orgMentions('Aux élections législatives, le Tavi Larsa obtient douze sièges.')).toContain(
      'Tavi Larsa',
    );
    expect(orgMentions('Il termine la saison avec l’Eskar Trondvik après dix buts.')).toContain(
      'Eskar Trondvik',
    );
  });

  it('is no organisation for a venue, a period or an article-less name', () => {
    expect(orgMentions('Le match se joue au Dunmore Stadium devant dix mille spectateurs.')).not.toContain(
      'Dunmore Stadium',
    );
    expect(orgMentions('Pendant la Première Guerre, le parti perd ses députés.')).not.toContain(
      'Première Guerre',
    );
    expect(orgMentions('Aux élections, Tavi Larsa obtient douze sièges.')).not.toContain('Tavi Larsa');
  });
});
