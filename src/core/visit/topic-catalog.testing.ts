// Test data: the topics of the Cái Nước visit of 17/11/2023 as the article's agenda lists them, written out
// by hand (fixtures/cai-nuoc-2023-11-17.txt, paragraph 3), so tests do not read them back from the catalog.
export const CAI_NUOC_TOPIC_CODES = [
  'party_building',
  'inspection_followup',
  'working_rules',
  'area_assignment',
  'cadres',
  'mass_mobilisation',
  'internal_affairs',
  'party_finance',
] as const;
