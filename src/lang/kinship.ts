// Words for a relative, in both languages ("pamannya Tomas X", "his wife, Mira X"): a name after
// one is a relative's, who may share a surname with the person a question names (answer/support-names.ts).
export const kinWords: readonly string[] = [
  'ayah', 'ayahanda', 'bapak', 'ibu', 'ibunda', 'istri', 'isteri', 'suami', 'putra', 'putera', 'putri', 'puteri', 'anak', 'adik',
  'kakak', 'kakek', 'nenek', 'paman', 'bibi', 'tante', 'sepupu', 'cucu', 'keponakan', 'menantu', 'mertua', 'pasangan',
  'saudara', 'saudari', 'keluarga', 'orangtua', 'permaisuri', 'janda', 'duda', 'leluhur', 'kerabat',
  'father', 'mother', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'uncle', 'aunt', 'cousin', 'grandson',
  'granddaughter', 'grandfather', 'grandmother', 'nephew', 'niece', 'parents', 'family', 'widow', 'grandchild',
];
