import { splitSentences } from '../../../ingest/sentences';
import { tokenize } from '../../../ingest/tokens';
import { collectCandidates } from '../../../ingest/entities/collect';
import { clusterEntities } from '../../../ingest/resolve/cluster';
import { toEntities } from '../../../ingest/resolve/to-entities';

/**
 * Entity classes of the thirteenth day, second round: French partnership names closed by "et Cie/Associés/Fils",
 * trade nouns of food and wholesale that announce a company ("la malterie X", "grocer X"), a store name with its
 * own possessive before a described second name, and towns after a workforce or production noun. Every sentence is
 * written for this file; the invented names stand for classes of naming.
 */
function types(text: string): Map<string, string> {
  const sentences = splitSentences(text);
  const tokens = sentences.map((s) => tokenize(s.text, s.start));
  const index = clusterEntities(collectCandidates(tokens, text), tokens, text);
  return new Map(toEntities(index, new Set()).map((e) => [e.name, e.type]));
}

describe('a French partnership word after "et" closes the name', () => {
  it.each([
    [
      'La start-up a été conseillée par le cabinet Vernier, Daubrac et Associés, et incubée à Lyon.',
      'Vernier, Daubrac et Associés',
    ],
    [
      'Parmi ses clients figurent les Hôtels Garnier et Cie et le réseau Gîtes du Lot.',
      'Hôtels Garnier et Cie',
    ],
    ['La maison Dufresne et Fils a été rachetée par le groupe Terrena.', 'Dufresne et Fils'],
    ['Le négociant Morand et Frères a cédé son entrepôt de Vierzon au groupe Terrena.', 'Morand et Frères'],
  ])('reads "%s" as one firm', (text, name) => {
    const found = types(text);
    expect(found.get(name)).toBe('Organization');
  });

  it.each([
    ['Airbus et Safran ont signé un accord de coopération.', ['Airbus', 'Safran']],
    ['Le groupe Vernier et Daubrac Industries ont annoncé leur fusion.', ['Vernier', 'Daubrac Industries']],
  ])('keeps two parties apart in "%s"', (text, names) => {
    const found = types(text);
    for (const n of names) expect(found.get(n)).toBe('Organization');
    expect(found.has(names.join(' et '))).toBe(false);
  });
});

describe('a food or wholesale trade noun announces a company', () => {
  it.each([
    [
      'En 2024, la coopérative avait racheté le meunier Moulins Tréval, et Vanor la malterie Orgenia.',
      ['Moulins Tréval', 'Orgenia'],
    ],
    [
      'Le fonds détient des parts dans le conserveur Océane Conserves et dans la laiterie Lait de Penhir.',
      ['Océane Conserves', 'Lait de Penhir'],
    ],
    [
      'La marque a signé un accord de distribution avec le grossiste Relais Verts, sans lien capitalistique.',
      ['Relais Verts'],
    ],
    ['Des discussions seraient en cours avec la conserverie bretonne Kermorvan.', ['Kermorvan']],
    [
      'Brantley Foods said it had approached Ohio grocer Dunwell and wholesaler Carrow.',
      ['Dunwell', 'Carrow'],
    ],
  ])('types the names of "%s"', (text, names) => {
    const found = types(text);
    for (const n of names) expect(found.get(n)).toBe('Organization');
  });

  it('keeps a trade noun before a given name and a surname a person', () => {
    expect(types('Le fromager Jean Dupont a racheté la fromagerie Verlac.').get('Jean Dupont')).toBe(
      'Person',
    );
  });
});

describe('a store name keeps its possessive before a described second name', () => {
  it.each([
    ["Its customers include supermarket chain Harlow's and logistics group Trentway.", "Harlow's"],
    ["The brand is sold at Penfold's and discount chain Lidmark across the region.", "Penfold's"],
    ["Shoppers left rivals such as Dunmore's or budget chain Kestrel Stores.", "Dunmore's"],
  ])('reads "%s"', (text, name) => {
    expect(types(text).get(name)).toBe('Organization');
  });

  it('leaves a shared possessive before a plain noun', () => {
    const found = types("Harlow's and its rivals' shares fell on Monday after Trentway Group warned.");
    expect(found.has("Harlow's and")).toBe(false);
    expect(found.has("Harlow's")).toBe(false);
  });
});

describe('a town after a workforce or production noun is where a company sits', () => {
  it.each([
    [
      "La société Aérolite emploie 85 salariés à Mérignac. L'entreprise investira 7 millions d'euros.",
      'Mérignac',
    ],
    ['Les fonds de la société Avenor serviront à une seconde ligne de production à Loudéac.', 'Loudéac'],
    ['The company now has 40 staff in Gorsley after the deal.', 'Gorsley'],
    ['The firm Brantley Foods has 40 staff in Doncaster after the deal.', 'Doncaster'],
  ])('drops the town of "%s"', (text, town) => {
    expect(types(text).has(town)).toBe(false);
  });

  it('keeps the party a company sells to', () => {
    const found = types('Le groupe Avenor a cédé sa filiale de production à Lactalis pour 40 millions.');
    expect(found.get('Lactalis')).toBe('Organization');
  });
});

describe('the other side of a partnership or of talks is a party', () => {
  it.each([
    [
      'Separately, Castell said it had signed a distribution partnership with Acastra, which will sell its ads.',
      'Acastra',
    ],
    ["Des pourparlers avec Exalia ont été rompus à l'automne, selon la société.", 'Exalia'],
    ['Elle mène des négociations exclusives avec Vantalis depuis mars, a indiqué la société.', 'Vantalis'],
  ])('types the partner of "%s"', (text, name) => {
    expect(types(text).get(name)).toBe('Organization');
  });

  it('leaves the surname of a person the article names a person', () => {
    const found = types('Tom Brennan joined the board. The company held talks with Brennan about the seat.');
    expect(found.get('Tom Brennan')).toBe('Person');
    expect(found.get('Brennan')).toBeUndefined();
  });

  it('reads no party after talks outside a business sentence', () => {
    expect(types('Le roi mena des négociations avec Villandry pendant trois ans.').has('Villandry')).toBe(
      false,
    );
  });

  it('reads no party after a partnership noun that a capitalised word separates', () => {
    expect(types('Le partenariat signé en Bretagne avec Kervella reste confidentiel.').has('Kervella')).toBe(
      false,
    );
  });
});

describe('a lone given name said before the full name is that person', () => {
  it.each([
    [
      "Paul Darrieux, qui a fondé l'entreprise avec son frère Luc, cède la main. Luc Darrieux était parti en 2010.",
      'Luc',
    ],
    ['Anna Ferris founded the firm in 2004 with her brother Tobias. Tobias Ferris left in 2012.', 'Tobias'],
    ["Elle a créé la société avec son mari Hugo. Hugo Lambert en reste l'actionnaire.", 'Hugo'],
  ])('joins the given name of "%s"', (text, given) => {
    expect(types(text).has(given)).toBe(false);
  });

  it('keeps a given name two people share apart', () => {
    const found = types('Her brother Luc joined later. Luc Martin and Luc Bernard both sit on the board.');
    expect(found.get('Luc Martin')).toBe('Person');
    expect(found.get('Luc Bernard')).toBe('Person');
  });
});

describe("an acronym in brackets after an event's name is the event's", () => {
  it.each([
    ["Il présentera ses fromages au Salon international de l'agriculture (SIA), fin février à Paris.", 'SIA'],
    ['The brand will launch the drink at the Grocery Trade Show (GTS) next month.', 'GTS'],
    ['La marque sera présente à la Foire internationale de Lyon (FIL) en mars.', 'FIL'],
    ['The start-up won a prize at the Nordic Fintech Summit (NFS) last week.', 'NFS'],
  ])('drops the acronym of "%s"', (text, acronym) => {
    expect(types(text).has(acronym)).toBe(false);
  });

  it('keeps the acronym of a body', () => {
    expect(types('Its founder spoke at the World Economic Forum (WEF) in Davos.').get('WEF')).toBe(
      'Organization',
    );
  });
});

describe('a place after a qualified trade noun says where a firm comes from', () => {
  it.each([
    ["La banque s'invite au tour de table de l'entreprise familiale de Quimperlé avec 25 %.", 'Quimperlé'],
    [
      'La coopérative affronte Biscuits Penhoët et Maison Kerbriant, deux entreprises familiales du Finistère.',
      'Finistère',
    ],
    [
      'Terralis, coopérative céréalière de la Marne, et Vanor, son homologue, ont annoncé leur fusion.',
      'Marne',
    ],
    [
      'Marie Dupont prend la présidence de la société familiale de Montélimar, a annoncé lundi le groupe.',
      'Montélimar',
    ],
  ])('drops the place of "%s"', (text, place) => {
    expect(types(text).has(place)).toBe(false);
  });

  it('keeps an acronym after the article a body', () => {
    expect(
      types("Il tente de faire rallier le Mouvement Bleu au groupe de l'ADLE, en vain.").get('ADLE'),
    ).toBe('Organization');
  });

  it('keeps the party a relation noun names', () => {
    const found = types('La société mère de Vantalis a racheté la filiale française de Siemens.');
    expect(found.get('Vantalis')).toBe('Organization');
    expect(found.get('Siemens')).toBe('Organization');
  });
});
