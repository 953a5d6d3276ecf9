import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

const facts = (text: string) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-15' })
    .proposals.map(describeFact)
    .map((fact) => fact.replace(/ \S*\.\.\S*/u, ''))
    .sort();

describe('ingest (ru): parties to a treaty, a suspended membership, the chairmanship passed on and chaired by a leader', () => {
  it('reads a state that signs a treaty as its signatory and one that ratifies it as its party, also in a participle before the states', () => {
    expect(facts('Белоруссия и Таджикистан подписали Договор о коллективной безопасности.')).toEqual([
      'SIGNED belarus → collective-security-treaty',
      'SIGNED tajikistan → collective-security-treaty',
    ]);
    expect(facts('Ратифицировавшие Договор о коллективной безопасности Киргизия и Казахстан направили делегации.')).toEqual([
      'MEMBER_OF kazakhstan → collective-security-treaty',
      'MEMBER_OF kyrgyzstan → collective-security-treaty',
    ]);
    expect(facts('Азербайджан не подписал Договор о коллективной безопасности повторно.')).toEqual([]);
  });

  it('reads a state that joins a programme as taking part in it, and one that joins a treaty as its party', () => {
    expect(facts('Казахстан присоединился к Межгосударственной программе ОДКБ по военно-экономическому и военно-техническому сотрудничеству.')).toEqual([
      'PARTICIPATES_IN kazakhstan → interstate-program',
    ]);
    expect(facts('Узбекистан присоединился к Договору о коллективной безопасности.')).toEqual(['MEMBER_OF uzbekistan → collective-security-treaty']);
    expect(facts('Армения не присоединилась к Межгосударственной целевой программе по укреплению таджикско-афганской границы.')).toEqual([]);
  });

  it('reads a suspended membership named by its noun, in the organization, not in the body that decided it', () => {
    expect(facts('Членство Армении в ОДКБ было приостановлено.')).toEqual(['MEMBER_OF armenia → csto {participation suspended}']);
    expect(facts('Решение о приостановлении членства Еревана принял Совет коллективной безопасности.')).toEqual([]);
  });

  it('reads the baton of the chairmanship passed to the state named after it, and not where a relative clause turns it round', () => {
    expect(facts('Белоруссия, председательствовавшая в ОДКБ в 2023 году, передала эстафету Казахстану.')).toEqual([
      'CHAIRS belarus → csto [chair]',
      'CHAIRS kazakhstan → csto [chair]',
    ]);
    const turned = extract('Казахстан, которому передаст эстафету Белоруссия, готовит программу ОДКБ.', { gazetteer: cstoGazetteer, published: '2026-11-15' }).proposals;
    expect(turned.filter((fact) => fact.rule === 'ru.chair.baton')).toEqual([]);
  });

  it('reads a head of state who leads a body as chairing it, a standing head as heading it', () => {
    expect(facts('Эмомали Рахмон возглавит Совет коллективной безопасности в 2027 году.')).toEqual(['CHAIRS emomali-rahmon → collective-security-council [chair]']);
    expect(facts('Денис Мантуров возглавляет МКВЭС.')).toEqual(['HEADS denis-manturov → icmec']);
  });

  it('reads the head of a state, named or by its adjective («глава таджикского государства»), as holding a post in it', () => {
    expect(facts('Глава таджикского государства Эмомали Рахмон открыл саммит.').filter((fact) => fact.includes('tajikistan'))).toEqual([
      'HOLDS_POSITION emomali-rahmon → tajikistan [Head]',
    ]);
    expect(facts('Глава Армении Никол Пашинян остался в Ереване.')).toEqual(['HOLDS_POSITION nikol-pashinyan → armenia [Head]']);
    expect(facts('Таджикское государство направило делегацию.')).toEqual([]);
  });
});
