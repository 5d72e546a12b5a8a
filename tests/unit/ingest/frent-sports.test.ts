import { orgMentions } from './frent-helpers';

/** Clubs and national sides in encyclopaedic French; invented names, one class of phrasing per test. */
describe('a club in the slot of a player move', () => {
  it('types the club after a move verb and an article', () => {
    expect(orgMentions('Après deux saisons, il signe un contrat de trois ans avec le Brevik.')).toContain(
      'Brevik',
    );
    expect(
      orgMentions('Le défenseur évolue actuellement au Marvenna depuis le début du championnat.'),
    ).toContain('Marvenna');
  });

  it('types the club after "au club … du"', () => {
    expect(orgMentions('Il dispute vingt matchs au club norvégien du Skarvik.')).toContain('Skarvik');
  });

  it('leaves a team-mate without an article and a sentence without sport alone', () => {
    expect(orgMentions('Il joue avec Marcelin lors du match retour de la saison.')).not.toContain('Marcelin');
    expect(orgMentions('Elle rejoint le Valdor en voiture avec sa sœur.')).not.toContain('Valdor');
  });

  it('does not take a competition for a club', () => {
    expect(orgMentions('Il est sélectionné pour la Coupe du monde avant son transfert.')).not.toContain(
      'Coupe',
    );
  });
});

describe('a singular club named after its town', () => {
  it('keeps "de <town>" in the name after an article, in a sports sentence', () => {
    expect(orgMentions('La saison suivante, il est transféré au Progrès de Dunmore.')).toContain(
      'Progrès de Dunmore',
    );
  });

  it('does not read an event or a title as a club', () => {
    const found = orgMentions('Après la saison, le joueur assiste au Festival de Dunmore.');
    expect(found.some((m) => m.startsWith('Festival'))).toBe(false);
  });

  it('needs a sports sentence for a French-looking head', () => {
    expect(orgMentions('Elle visite le Progrès de Dunmore avec ses parents.')).not.toContain(
      'Progrès de Dunmore',
    );
  });
});

describe('a national side', () => {
  it('takes the team noun, the country and the sport', () => {
    expect(orgMentions('Il joue son premier match avec l’équipe du Japon de baseball en 2004.')).toContain(
      'équipe du Japon de baseball',
    );
    expect(orgMentions('Il est le capitaine de l’Équipe de Norvège de hockey sur glace.')).toContain(
      'Équipe de Norvège de hockey sur glace',
    );
  });

  it('is no name without the sport', () => {
    const found = orgMentions('Il rêve de jouer pour l’équipe de France un jour.');
    expect(found.some((m) => m.startsWith('équipe'))).toBe(false);
  });
});
