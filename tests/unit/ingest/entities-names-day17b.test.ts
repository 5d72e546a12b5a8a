import { splitSentences } from '../../../ingest/sentences';
import { tokenize } from '../../../ingest/tokens';
import { collectCandidates } from '../../../ingest/entities/collect';
import { clusterEntities } from '../../../ingest/resolve/cluster';
import { toEntities } from '../../../ingest/resolve/to-entities';

/**
 * Round two of day 17: a firm named by its origin adjective ("le suisse X", "les américains X et Y"), bodies closed
 * by an English institution head ("Food and Drug Administration"), and the elided particle "d'" inside a name
 * (noble surnames, brands). Every sentence is written for this file; the invented names stand for classes.
 */
function types(text: string): Map<string, string> {
  const sentences = splitSentences(text);
  const tokens = sentences.map((s) => tokenize(s.text, s.start));
  const index = clusterEntities(collectCandidates(tokens, text), tokens, text);
  return new Map(toEntities(index, new Set()).map((e) => [e.name, e.type]));
}

describe('a firm named by its origin adjective (French)', () => {
  it.each([
    ["Il aurait également approché le breton Tranvolt l'an dernier, sans succès.", 'Tranvolt'],
    ['Sur ce rayon se bousculent déjà Jay & Joy et le suisse New Roots.', 'New Roots'],
    ['Huttopia et le néerlandais Roompark guettent eux aussi les indépendants à vendre.', 'Roompark'],
    ["Le savoyard Alpivert n'a pas répondu.", 'Alpivert'],
  ])('reads the singular adjective slot in any sentence: %s', (text, name) => {
    expect(types(text).get(name)).toBe('Organization');
  });

  it('reads a plural adjective and every member of its list', () => {
    const t = types(
      '« Face aux américains Skyvio, Dronetek et AeroVentum, les Européens doivent se serrer les coudes ».',
    );
    expect(t.get('Skyvio')).toBe('Organization');
    expect(t.get('Dronetek')).toBe('Organization');
    expect(t.get('AeroVentum')).toBe('Organization');
    expect(types('Les allemands Quantix et Volaro dominent le segment.').get('Volaro')).toBe('Organization');
  });

  it('leaves players of a sports sentence, person-shaped names and capitalised nouns of origin', () => {
    expect(types('Il remplace le finlandais Petri Pasanen, blessé.').get('Petri Pasanen')).not.toBe(
      'Organization',
    );
    expect(
      types(
        'Le club enregistre les arrivées des sud-américains Enner Valencia et Mauro Zárate au mercato.',
      ).get('Enner Valencia'),
    ).not.toBe('Organization');
    expect(types("Devançant le brésilien Robinho, il est élu joueur de l'année.").get('Robinho')).not.toBe(
      'Organization',
    );
    expect(types('La famille vit dans le palais Erchanger depuis des siècles.').get('Erchanger')).not.toBe(
      'Organization',
    );
  });
});

describe('an English body closed by its institution head', () => {
  it.each([
    [
      'Both devices won clearance from the Food and Drug Administration for home use.',
      'Food and Drug Administration',
    ],
    ['Agents of the Drug Enforcement Administration seized the cargo.', 'Drug Enforcement Administration'],
    [
      'The loan is guaranteed by the Small Business Administration, the bank said.',
      'Small Business Administration',
    ],
    ['The plan was backed by the Northern Grid Authority on Monday.', 'Northern Grid Authority'],
  ])('%s', (text, name) => {
    expect(types(text).get(name)).toBe('Organization');
  });

  it("reads no president's government nor an insolvency as a body", () => {
    expect(types('The Reagan Administration opposed the bill.').get('Reagan Administration')).toBeUndefined();
    expect(
      types('It took a charge related to the Blockbuster UK Administration.').has(
        'Blockbuster UK Administration',
      ),
    ).toBe(false);
  });
});

describe("the elided particle d' inside a name", () => {
  it.each([
    [
      "Pierre-Yves d'Estienne d'Orves, qui a fondé Escapades Marines en 1998, prendra la présidence.",
      "Pierre-Yves d'Estienne d'Orves",
      'Person',
    ],
    ["Valéry Giscard d'Estaing a pris la parole.", "Valéry Giscard d'Estaing", 'Person'],
    [
      "La société Fraîcheur d'Armor a été cédée au groupe Berghof Foods.",
      "Fraîcheur d'Armor",
      'Organization',
    ],
    [
      "Thierry Vandamme, cofondateur de l'entreprise de jus de fruits Jus d'Ici, a investi.",
      "Jus d'Ici",
      'Organization',
    ],
  ])('%s', (text, name, type) => {
    expect(types(text).get(name)).toBe(type);
  });

  it('keeps a town, a known place, an acronym and a sentence-opening participle apart', () => {
    expect(types("Le groupe ferme l'usine Ferrand d'Aulnay en juin.").has("Ferrand d'Aulnay")).toBe(false);
    expect(
      types("Le pays a exporté du cacao vers la Côte d'Ivoire, selon la société Cacaolia.").has(
        "Côte d'Ivoire",
      ),
    ).toBe(false);
    expect(
      types("Les législatives ont été remportées par le PTI d'Imran Khan.").has("PTI d'Imran Khan"),
    ).toBe(false);
    expect(
      types("Diplômée d'AgroParisTech, elle a rejoint la société Vertigo.").has("Diplômée d'AgroParisTech"),
    ).toBe(false);
  });

  it('keeps a site town before the particle apart from its owner', () => {
    const found = types(
      "La société Pelvane a repris l'usine de Rennes d'Ambrosia Chimie pour un euro symbolique.",
    );
    expect(found.has("Rennes d'Ambrosia Chimie")).toBe(false);
    expect(found.get('Ambrosia Chimie')).toBe('Organization');
  });
});
