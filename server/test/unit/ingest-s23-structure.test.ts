import { proposalEndsReader } from '../support/ingest';

const { only } = proposalEndsReader('2026-11-20');

describe("an organization's bodies listed under a word of the frame (body-structure.ts)", () => {
  it('reads a run of bodies after "bodies are" / "forces:" and before "are its … bodies"', () => {
    expect(only('The CSTO Secretariat and the CSTO Joint Staff are its two permanent bodies, a spokesman for the CSTO said.', 'PART_OF')).toEqual(
      expect.arrayContaining(['PART_OF csto-secretariat → csto', 'PART_OF csto-joint-staff → csto']),
    );
    const text = 'The CSTO meets once a year at the top. There are also its forces: the Collective Rapid Reaction Forces and the Collective Peacekeeping Forces.';
    expect(only(text, 'PART_OF')).toEqual(expect.arrayContaining(['PART_OF collective-rapid-reaction-forces → csto', 'PART_OF collective-peacekeeping-forces → csto']));
  });

  it('reads the Russian frame: «действуют X, Y и Z» under a heading on the bodies, «Это X и Y» after a sentence on the troops', () => {
    const text = 'Какие органы есть у ОДКБ?\n\nКроме саммитов, действуют Совет министров обороны, Совет министров иностранных дел и Постоянный совет.';
    expect(only(text, 'PART_OF')).toEqual(
      expect.arrayContaining(['PART_OF council-of-defence-ministers → csto', 'PART_OF council-of-foreign-ministers → csto', 'PART_OF permanent-council → csto']),
    );
    const forces = 'В ОДКБ есть и собственные войска. Это Коллективные силы оперативного реагирования и Коллективные миротворческие силы.';
    expect(only(forces, 'PART_OF')).toEqual(expect.arrayContaining(['PART_OF collective-rapid-reaction-forces → csto', 'PART_OF collective-peacekeeping-forces → csto']));
  });

  it('reads no bodies without the frame, under a proposal, or with two owners', () => {
    expect(only('Units of the Collective Rapid Reaction Forces and the Collective Peacekeeping Forces took part in the CSTO drills.', 'PART_OF')).toEqual([]);
    expect(only('Russia proposed that the CSTO should create new forces, including the Collective Rapid Reaction Forces and the Council of Defence Ministers.', 'PART_OF')).toEqual([]);
    expect(only('Кто управляет ОДКБ?\n\nПо вторникам в Москве действуют Совет министров обороны и Постоянный совет.', 'PART_OF')).toEqual([]);
    expect(only('Kyrgyzstan has kept its forces ready, but it has sent no one to the Collective Rapid Reaction Forces or the CSTO Joint Staff.', 'PART_OF')).toEqual([]);
  });
});

describe("a body's seat said of the body or of a bare headquarters (body-structure.ts)", () => {
  it('reads coordinated bodies with "both housed in", «оба размещаются в», and an aside before the predicate', () => {
    expect(only('The alliance keeps the Secretariat of the CSTO and the CSTO Joint Staff, both housed in Moscow.', 'HEADQUARTERED_IN')).toEqual(
      expect.arrayContaining(['HEADQUARTERED_IN csto-secretariat → moscow', 'HEADQUARTERED_IN csto-joint-staff → moscow']),
    );
    expect(only('Работу ОДКБ ведут Секретариат ОДКБ и Объединённый штаб ОДКБ, оба размещаются в Москве.', 'HEADQUARTERED_IN')).toEqual(
      expect.arrayContaining(['HEADQUARTERED_IN csto-secretariat → moscow', 'HEADQUARTERED_IN csto-joint-staff → moscow']),
    );
  });

  it('reads a bare headquarters as the organization the article is about, and the body after an inverted «где»', () => {
    expect(only('Организация Договора о коллективной безопасности объединяет шесть государств. Штаб-квартира — в Москве.', 'HEADQUARTERED_IN')).toContain('HEADQUARTERED_IN csto → moscow');
    expect(only('The CSTO became a regional organisation in 2002, with a charter and a headquarters in Moscow.', 'HEADQUARTERED_IN')).toContain('HEADQUARTERED_IN csto → moscow');
    expect(only('Резиденция ОДКБ — в Москве, где размещается Секретариат ОДКБ.', 'HEADQUARTERED_IN')).toContain('HEADQUARTERED_IN csto-secretariat → moscow');
  });

  it("reads no seat in a meeting's place, a plan, the past, a negation, a question or another organization's headquarters", () => {
    expect(only('The CSTO Secretariat met in Minsk on Tuesday. The Council of Foreign Ministers will be based in Astana.', 'HEADQUARTERED_IN')).toEqual([]);
    expect(only('Совет министров обороны ОДКБ в Москве утвердил план. Секретариат ОДКБ не находится в Минске.', 'HEADQUARTERED_IN')).toEqual([]);
    expect(only('The CIS, whose headquarters sits in Minsk, and the CSTO signed a memorandum.', 'HEADQUARTERED_IN')).toEqual([]);
    expect(only('Is the Secretariat of the CSTO based in Moscow?', 'HEADQUARTERED_IN')).toEqual([]);
  });
});

describe('a membership frozen or suspended, verb or noun, in any order (frozen-membership.ts)', () => {
  it("reads the freeze of a state's participation named by its leader, the genitive, or the passive", () => {
    expect(only("Prime Minister Nikol Pashinyan announced the freezing of his country's participation in the CSTO in May 2022.", 'MEMBER_OF')).toContain('MEMBER_OF armenia → csto');
    expect(only('В марте 2022 года президент объявил о замораживании участия Таджикистана в ОДКБ.', 'MEMBER_OF')).toContain('MEMBER_OF tajikistan → csto');
    expect(only('Участие Белоруссии в работе органов ОДКБ приостановлено с апреля 2021 года.', 'MEMBER_OF')).toContain('MEMBER_OF belarus → csto');
  });

  it('reads the subject past an aside that names another state, not the state in it', () => {
    // (The relation layer's own reading of "membership" still gives the aside's state; this frame gives the subject.)
    expect(only('Kazakhstan, the Central Asian state bordering Kyrgyzstan, suspended its CSTO membership in 2019.', 'MEMBER_OF')).toContain('MEMBER_OF kazakhstan → csto');
  });

  it('reads the state a relative or a participle speaks of, not the states listed before it', () => {
    const en = only('Delegations of Belarus, Kazakhstan and Russia attended, while Kyrgyzstan, which froze its participation in the CSTO in March 2023, stayed away.', 'MEMBER_OF');
    expect(en).toContain('MEMBER_OF kyrgyzstan → csto');
    expect(en).not.toContain('MEMBER_OF russia → csto');
    const ru = only('Казахстан и Россия прислали делегации, а Киргизия, заморозившая участие в работе ОДКБ в 2023 году, никого не направила.', 'MEMBER_OF');
    expect(ru).toContain('MEMBER_OF kyrgyzstan → csto');
    expect(ru).not.toContain('MEMBER_OF russia → csto');
  });

  it('reads "its" after the state the paragraph named last', () => {
    expect(only('Kyrgyzstan sent no one to the CSTO summit. Its involvement in the bloc has been frozen since 2021, officials said.', 'MEMBER_OF')).toContain('MEMBER_OF kyrgyzstan → csto');
  });

  it('reads no freeze that is hypothetical, denied, lifted or asked about', () => {
    expect(only('Armenia could freeze its participation in the CSTO next year.', 'MEMBER_OF')).toEqual([]);
    expect(only('Armenia has not frozen its participation in the CSTO.', 'MEMBER_OF')).toEqual([]);
    expect(only('Ереван разморозил участие в ОДКБ в 2026 году.', 'MEMBER_OF')).not.toContain('MEMBER_OF armenia → csto');
    expect(only('Did Kazakhstan freeze its membership in the CSTO?', 'MEMBER_OF')).toEqual([]);
    expect(only('Россия заявила, что не будет замораживать участие в ОДКБ.', 'MEMBER_OF')).toEqual([]);
  });
});

describe('a membership said to stand beside its freeze (frozen-membership.ts, standingMemberships)', () => {
  const FROZE = 'Kyrgyzstan froze its participation in the CSTO in March 2023. ';
  const plain = (text: string) => only(text, 'MEMBER_OF').filter((fact) => fact === 'MEMBER_OF kyrgyzstan → csto').length;

  it('reads "remained formally a member" past an aside, "it remains a full member", "describe it as a full member"', () => {
    expect(plain(`${FROZE}Kyrgyzstan, the minister said, formally remained a member of the organisation.`)).toBe(2);
    expect(plain(`${FROZE}Bishkek has not left, however, and in law it remains a full member.`)).toBe(2);
    expect(plain(`${FROZE}Russian diplomats still describe it as a full member.`)).toBe(2);
  });

  it('reads «она остается полноправным членом» and «по-прежнему является членом»', () => {
    expect(only('Киргизия заморозила участие в ОДКБ в 2023 году. Масадыков подчеркнул, что она остается полноправным членом организации.', 'MEMBER_OF').filter((f) => f === 'MEMBER_OF kyrgyzstan → csto')).toHaveLength(2);
    expect(only('Киргизия заморозила участие в ОДКБ в 2023 году. Формально Киргизия по-прежнему является членом блока.', 'MEMBER_OF').filter((f) => f === 'MEMBER_OF kyrgyzstan → csto')).toHaveLength(2);
  });

  it('reads no standing membership negated, asked about, or of a state whose membership is not frozen', () => {
    expect(plain(`${FROZE}Kyrgyzstan is no longer a member, officials say.`)).toBe(1);
    expect(plain(`${FROZE}Is Kyrgyzstan still a member?`)).toBe(1);
    expect(plain(`${FROZE}Kyrgyzstan is a member of the Eurasian Economic Union, but of no other bloc.`)).toBe(1);
    expect(only('Kazakhstan remains a full member of the CSTO.', 'MEMBER_OF')).toEqual(['MEMBER_OF kazakhstan → csto']);
  });
});
