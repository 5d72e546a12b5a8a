/**
 * French regional adjectives that no demonym ending reads ("breton", "vendéen", "savoyard"). Shared by the readers
 * that take a lower-case origin adjective before a name for "le groupe" (demonym-slot.ts, demonym-complement.ts).
 */
export const REGIONAL_ADJECTIVES: ReadonlySet<string> = new Set([
  'breton',
  'bretonne',
  'bretons',
  'normand',
  'normande',
  'normands',
  'savoyard',
  'savoyarde',
  'savoyards',
  'vendéen',
  'vendéenne',
  'vendéens',
  'basque',
  'basques',
  'corse',
  'provençal',
  'provençale',
  'picard',
  'picarde',
  'auvergnat',
  'auvergnate',
  'nordiste',
  'nordistes',
]);
