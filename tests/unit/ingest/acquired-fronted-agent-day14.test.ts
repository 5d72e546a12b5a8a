import { dealStatus } from '../../../ingest/modality';
import { madePairs } from './helpers';

const PUBLISHED = '2026-04-17';

const made = (text: string): string[] => madePairs(text, PUBLISHED, 'ACQUIRED');

describe('a fronted "since its takeover by X" phrase: X bought the subject the comma opens on', () => {
  it.each([
    [
      'Depuis son rachat par le fonds Héliade Capital en 2020, Santéa a doublé de taille.',
      'Héliade Capital -> Santéa',
    ],
    [
      'Since its acquisition by Bramwell Capital in 2019, Halcrest Renewables has doubled in size.',
      'Bramwell Capital -> Halcrest Renewables',
    ],
    [
      'Following its 2021 takeover by Crestline Equity, Sunvista Holidays moved upmarket.',
      'Crestline Equity -> Sunvista Holidays',
    ],
    [
      'Après son acquisition par Dufresne Participations, Transalpe Logistique a ouvert six entrepôts.',
      'Dufresne Participations -> Transalpe Logistique',
    ],
    [
      'After its buyout by Oréus Capital last year, Arvéa Industries hired 200 engineers.',
      'Oréus Capital -> Arvéa Industries',
    ],
  ])('%s', (text, expected) => {
    expect(made(text)).toEqual([expected]);
  });

  it.each([
    // no deal noun: a partnership or a listing since which the subject grew
    'Depuis son partenariat avec Doctolib, Santéa a doublé de taille.',
    'Since its listing by Euronext in 2019, Halcrest Renewables has doubled in size.',
    // the subject after the comma is a person, not the company bought
    'Depuis son rachat par Héliade Capital, Hélène Carrasco dirige la clinique.',
  ])('reads no purchase: %s', (text) => {
    expect(made(text)).toEqual([]);
  });

  it('keeps the opposite shape to the subject as buyer ("Since its acquisition of Y, X …")', () => {
    expect(made('Since its acquisition of Solvik in 2022, Norvane Energy has doubled in size.')).toEqual([
      'Norvane Energy -> Solvik',
    ]);
  });
});

describe('a fronted participle of passing under control may carry its year before "sous"', () => {
  it.each([
    [
      'Passée en 2021 sous le contrôle de Dufresne Participations, Transalpe Logistique a ouvert six entrepôts.',
      'Dufresne Participations -> Transalpe Logistique',
    ],
    [
      'Transalpe Logistique vise le Nord. Passée en 2021 sous le contrôle de la holding familiale Dufresne Participations, la société a ouvert six entrepôts.',
      'Dufresne Participations -> Transalpe Logistique',
    ],
    [
      "Tombée dès 2019 dans l'escarcelle de Héliade Capital, Santéa a doublé de taille.",
      'Héliade Capital -> Santéa',
    ],
  ])('%s', (text, expected) => {
    expect(made(text)).toEqual([expected]);
  });

  it('reads no purchase when the year is followed by no passage under control', () => {
    expect(
      made('Passée en 2021 sous la barre des cent salariés, Transalpe Logistique a ouvert six entrepôts.'),
    ).toEqual([]);
  });
});

describe("a deal closed or agreed after another bidder's failure keeps its own status", () => {
  it.each([
    [
      'Sunvista Holidays said it had completed its takeover of Alpine Trails, after a rival offer from Granite Peak Partners lapsed.',
      'completed',
    ],
    ['Norvane Energy agreed to buy Halcrest Wind after a competing bid from Iberwind collapsed.', 'pending'],
    [
      "Transalpe Logistique a finalisé le rachat de Frigonord, après le retrait de l'offre concurrente de STEF.",
      'completed',
    ],
    ['Arvéa Industries won control of Optisys after a counterbid from Protelis was withdrawn.', 'announced'],
  ])('%s', (text, status) => {
    expect(dealStatus(text)).toBe(status);
  });

  it.each([
    // the deal's own head ends it: the rival after "after" changes nothing
    'Sunvista Holidays walked away from its takeover of Alpine Trails after a rival offer from Granite Peak Partners.',
    // no rival or earlier round named after "after": the failure may be this deal's
    'Sunvista Holidays completed the takeover of Alpine Trails after the offer lapsed.',
  ])('stays abandoned: %s', (text) => {
    expect(dealStatus(text)).toBe('abandoned');
  });
});
