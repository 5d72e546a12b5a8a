import { madePairs } from './helpers';

const PUBLISHED = '2026-05-20';

const made = (text: string, type = 'ACQUIRED'): string[] => madePairs(text, PUBLISHED, type).sort();

describe('a plural deal noun whose "of/de" lists what was bought, each with its year', () => {
  it.each([
    'Kestrel Freight grew quickly following the purchases of Northway Cold Chain in 2022 and Swiftline Parcels in 2023.',
    'Kestrel Freight grew quickly after its acquisitions of Northway Cold Chain in 2022 and Swiftline Parcels in 2023.',
    'Le groupe Kestrel Freight a grandi grâce aux rachats de Northway Cold Chain en 2022 et de Swiftline Parcels en 2023.',
    'Le groupe Kestrel Freight a grandi grâce à ses acquisitions de Northway Cold Chain en 2022, puis Swiftline Parcels.',
  ])('reads every listed purchase: %s', (text) => {
    expect(made(text)).toEqual([
      'Kestrel Freight -> Northway Cold Chain',
      'Kestrel Freight -> Swiftline Parcels',
    ]);
  });

  it.each([
    'Kestrel Freight welcomed the purchases of Northway Cold Chain and Swiftline Parcels by Anglia Pallets Ltd.',
    'Le groupe Kestrel Freight a salué les rachats de Northway Cold Chain et de Swiftline Parcels par Anglia Pallets.',
    'Kestrel Freight is weighing potential acquisitions of Northway Cold Chain and Swiftline Parcels.',
  ])('reads no purchase by the subject when an agent or a mere possibility is told: %s', (text) => {
    expect(made(text).filter((p) => p.startsWith('Kestrel Freight'))).toEqual([]);
  });
});
