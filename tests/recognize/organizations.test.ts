import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/workflows/analyse.js';

const analyse = (body: string) => analyseArticle({ id: 't', path: 't', title: null, date: null, source: null, url: null, body });
const orgs = (body: string) => analyse(body).organizations.map((o) => o.canonical ?? o.name);
const surfaces = (body: string) => analyse(body).organizations.map((o) => o.name);

describe('organizations', () => {
  it('finds relative local bodies and departments printed on their own', () => {
    const found = orgs('会上，市检察院、市委政法委、市中院、市公安局、市司法局等单位汇报了上半年工作。');
    expect(found).toEqual(expect.arrayContaining(['市检察院', '市委政法委', '市中院', '市公安局', '市司法局']));
  });

  it('does not count a body printed only inside a title', () => {
    const found = surfaces('市委书记王建国、市教育局局长李明出席会议。中共中央政治局委员、国务院副总理张华参加。');
    expect(found).not.toContain('市委');
    expect(found).not.toContain('市教育局');
    expect(found).not.toContain('中共中央政治局');
    expect(found).not.toContain('国务院');
  });

  it('rejects ordinary words that end like a department (部署, 大局, 部门)', () => {
    const found = surfaces('要把思想统一到党中央决策部署上来，为全国发展大局作出贡献，全市政法各部门要结合实际。');
    expect(found).toEqual(['党中央']);
  });

  it('keeps the place before a relative form and resolves the short form to it', () => {
    const article = analyse('太原市水务局负责同志作交流发言。市水务局要抓好落实。陕西省委、省政府高度重视。');
    const names = article.organizations.map((o) => o.canonical ?? o.name);
    expect(names).toContain('太原市水务局');
    expect(names).toContain('陕西省委');
    expect(names.filter((n) => n === '太原市水务局')).toHaveLength(2);
  });

  it('finds named institutions from their suffix back to the verb before them', () => {
    const found = surfaces('李强来到东莞市宇瞳光学公司，听取企业生产研发情况。他还考察了山西瑞光热电有限责任公司。');
    expect(found).toEqual(expect.arrayContaining(['东莞市宇瞳光学公司', '山西瑞光热电有限责任公司']));
  });

  it('does not take a verb phrase into an institution name', () => {
    expect(surfaces('要鼓励学校不断提升办学质量，立足人民日报社职能责任。')).toEqual(['人民日报社']);
  });

  it('a company that opens with a place of its own is only located by the divisions before it', () => {
    const a = analyse('河南平顶山市郏县河南瑞丰集团宝山煤业有限公司发生透水事故。');
    expect(a.organizations.map((o) => o.name)).toEqual(['河南瑞丰集团宝山煤业有限公司']);
    expect(a.locations.map((l) => l.name)).toEqual(expect.arrayContaining(['平顶山市', '郏县']));
    expect(surfaces('国家电网河南省电力公司和郑州市金水区实验中学参加活动。')).toEqual(['国家电网河南省电力公司', '郑州市金水区实验中学']);
    expect(surfaces('他来到郑州市金水区中心敬老院看望老人。')).toEqual(['郑州市金水区中心敬老院']);
  });

  it('an institution suffix after words that only tell what is done or what kind it is names none (希望学校, 现代大学)', () => {
    expect(orgs('他希望学校再接再厉，要紧紧围绕学校中心工作，推进现代大学制度建设。')).toEqual([]);
    expect(orgs('代表团参观了北京联合大学和国家开放大学。')).toEqual(['北京联合大学', '国家开放大学']);
  });

  it('skips a body that is only part of an event name or a document title', () => {
    const found = surfaces('十四届全国人大常委会第三次会议在京举行。会议审议通过《中国人民政治协商会议全国委员会工作规则》。');
    expect(found).toEqual([]);
  });

  it('reads a bracketed second name as an alias', () => {
    const article = analyse('中央组织部、中央党校（国家行政学院）负责同志作交流发言。');
    const inner = article.organizations.find((o) => o.name === '国家行政学院');
    expect(inner?.canonical).toBe('中央党校');
  });

  it('an autonomous region writes its bodies as a province does (自治区党委, 内蒙古自治区人民政府), and 和 before 自治区 joins two bodies', () => {
    expect(surfaces('自治区党委、自治区政府高度重视。内蒙古自治区人民政府召开常务会议。')).toEqual(['自治区党委', '自治区政府', '内蒙古自治区人民政府']);
    expect(surfaces('他在海拉尔区政协和自治区政协调研。')).toEqual(['海拉尔区政协', '自治区政协']);
  });

  it('an inspection or inquiry team right after a body is part of it (全国人大常委会|执法检查组)', () => {
    expect(surfaces('王平率全国人大常委会执法检查组来到云南。')).toEqual(['全国人大常委会执法检查组']);
  });

  it('a national bureau (国家医保局, 国家粮食和物资储备局), never an ordinary word ending in 局 (国家发展大局, 全国开放大局)', () => {
    expect(surfaces('国家医保局、国家粮食和物资储备局负责同志参加。')).toEqual(['国家医保局', '国家粮食和物资储备局']);
    expect(surfaces('要服务国家发展大局，融入全国开放大局。')).toEqual([]);
  });

  it('a national inquiry or inspection team (国务院事故调查组), not the verb that set it up', () => {
    expect(surfaces('国务院事故调查组已进驻现场。')).toEqual(['国务院事故调查组']);
    expect(surfaces('国务院成立事故调查组。')).toEqual(['国务院']);
  });

  it('extends a national body by its sub-unit and by 机关', () => {
    const found = surfaces('禁毒工作受到了省公安厅和公安部禁毒局的褒奖。会议在全国政协机关设主会场。');
    expect(found).toEqual(expect.arrayContaining(['省公安厅', '公安部禁毒局', '全国政协机关']));
  });
});

describe('organizations at the start of the text', () => {
  it('an organ prefix is never looked for before the text starts', () => {
    const a = analyse('中共中央办公厅印发《事业单位领导人员管理规定》。');
    for (const o of a.organizations) expect(o.start).toBeGreaterThanOrEqual(0);
  });
});

describe('kinds of institution, not institutions', () => {
  it('an item of a list a quantifier opens: 培育一批林业产业龙头企业、林业示范合作社等新型经营主体', () => {
    expect(orgs('全市工作会议召开。会议要求，培育一批林业产业龙头企业、林业示范合作社等新型经营主体。')).toEqual([]);
    expect(orgs('市委书记王建国来到绍兴市林业示范合作社调研。')).toContain('绍兴市林业示范合作社');
  });
});
