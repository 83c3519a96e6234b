// Academic degrees written after a name ("Budi Santoso SH", "Dewi Lestari, S.Pd., M.Si.", "Gada
// Sembada, M. Pd"): never a person, and a sign that the name before them is one. Each degree is
// written as its letters with a capital at each part ("SPd" is S + Pd); kutip finds it with or
// without dots and a space between the parts. The `dotted` ones are words or acronyms of their own
// when written without dots ("MA" is also the Supreme Court, "ST" a street), so only their dotted
// forms count ("M.A.", "S.T.").
export const degrees = {
  plain: [
    'SH', 'MH', 'SHI', 'SPd', 'MPd', 'SPdI', 'SKom', 'MKom', 'SSi', 'MSi', 'SSos', 'MSos', 'SKM', 'MKes', 'SKed', 'SKep',
    'SFarm', 'SIP', 'MIP', 'SIKom', 'MIKom', 'SAg', 'MAg', 'SHum', 'MHum', 'SSn', 'MSn', 'SPt', 'STP', 'MAP', 'MBA', 'MM',
    'PhD', 'MSc', 'BSc', 'MEng', 'MPH', 'Lc', 'MD', 'DVM',
    // Indonesian research ranks written after a name the same way ("<Name> APU": Ahli Peneliti Utama).
    'APU',
    // British honours and ranks written after a name the same way ("<Name> CB", "<Name> OBE", "<Name> QC").
    'CB', 'KCB', 'GCB', 'CBE', 'OBE', 'MBE', 'KBE', 'DBE', 'GBE', 'QC', 'KC', 'FRS',
    // Seats in a parliament written after a name the same way ("<Name> MP", "<Name> MEP"); "M.P." is also a degree.
    'MP', 'MEP', 'MSP', 'MLA',
  ],
  dotted: ['SE', 'ST', 'MT', 'MA', 'SP', 'SS', 'BA'],
  // A medical specialist's degree: these letters, then the field's capitals ("SpA", "SpOG", "SpBS").
  specialist: ['Sp'],
} as const;
