// Words that place one event before or after another ("setelah", "sebelum"): answer/gaps.ts reads
// them in a very long Indonesian question as the start of a clause of context ("… membatalkan
// kunjungan X setelah Perdana Menteri Y pergi ke Z"), which the answer's passage need not repeat,
// where it writes no other relation in their stead. Indonesian only: English "after" of a long
// question ("Where did troops remain stationed after X's defeat?") more often is what it asks, and
// leaving it out answered an unanswerable SQuAD dev question.
export const temporalRelations: readonly string[] = [
  'sebelum', 'sebelumnya', 'setelah', 'setelahnya', 'sesudah', 'sesudahnya', 'seusai', 'menjelang',
];
