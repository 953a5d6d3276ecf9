import { extract } from '../../src/ingest/extract';
import { isCollegialBody } from '../../src/ingest/role-convention';
import { cstoGazetteer, describeFact } from '../support/ingest';

const facts = (text: string, published = '2026-11-20') => extract(text, { gazetteer: cstoGazetteer, published }).proposals.map(describeFact);
const leads = (text: string) => facts(text).filter((fact) => /^(?:HEADS|CHAIRS) /u.test(fact) && !/→ (?:russia|csto) /u.test(`${fact} `));

describe('ingest: a person leading a body, by the convention (the chairman of a collegial body CHAIRS it, a chief HEADS his body)', () => {
  it('tells a collegial body by its head noun, in English and Russian', () => {
    expect(['Council of Defence Ministers', 'Interstate Commission for Military-Economic Cooperation', 'CSTO Parliamentary Assembly', 'the commission', 'Межгосударственная комиссия по военно-экономическому сотрудничеству', 'Совет министров иностранных дел'].map(isCollegialBody)).toEqual([true, true, true, true, true, true]);
    expect(['CSTO Joint Staff', 'CSTO Secretariat', 'Information-analytical department of the CSTO Secretariat', 'Collective Rapid Reaction Forces', 'Объединённый штаб'].map(isCollegialBody)).toEqual([false, false, false, false, false]);
  });

  it('reads "chaired by", "heads the commission" and «которую возглавляет» of a commission or council as CHAIRS', () => {
    expect(leads('The work is overseen by the Interstate Commission for Military-Economic Cooperation, which is chaired by Russian Deputy Prime Minister Denis Manturov.')).toEqual(['CHAIRS denis-manturov → icmec [chair]']);
    expect(leads('At that time the Collective Security Council, chaired by Prime Minister Nikol Pashinyan, met twice.')).toEqual(['CHAIRS nikol-pashinyan → collective-security-council [chair]']);
    expect(leads('Закупки ведёт Межгосударственная комиссия по военно-экономическому сотрудничеству, которую возглавляет вице-премьер Денис Мантуров.')).toEqual(['CHAIRS denis-manturov → icmec [chair]']);
  });

  it('keeps HEADS for a chief of the Joint Staff or the Secretariat, whatever the verb', () => {
    expect(leads('The CSTO Joint Staff is headed by Colonel General Andrey Serdyukov.')).toEqual(['HEADS andrey-serdyukov → csto-joint-staff']);
    expect(leads('Объединённый штаб ОДКБ возглавляет генерал-полковник Андрей Сердюков.')).toEqual(['HEADS andrey-serdyukov → csto-joint-staff']);
  });
});
