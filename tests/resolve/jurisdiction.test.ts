import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../src/resolve/graph.js';
import { analyseArticle } from '../../src/workflows/analyse.js';

const article = (id: string, title: string, body: string, source: string | null = null) => analyseArticle({ id, path: `${id}.txt`, title, date: '2024-06-13', source, url: null, body });
const personIds = (...articles: ReturnType<typeof article>[]) => {
  const b = new GraphBuilder();
  for (const a of articles) b.add(a);
  return b.build().nodes.filter((n) => n.label === 'Person').map((n) => n.id).sort();
};

describe('the jurisdiction of a local report', () => {
  it('takes the county named only in the meeting, not a same-named township elsewhere in China (三河镇, 官亭镇)', () => {
    const a = article('feixi', '肥西县召开乡村振兴工作推进会',
      '6月12日，肥西县2024年乡村振兴工作推进会召开。县委书记王立新出席会议并讲话，县长李海涛主持。会议指出，全县要抓好三河镇、官亭镇的产业发展。三河镇党委书记张华作交流发言。');
    expect(personIds(a)).toEqual(['person:张华@合肥市', 'person:李海涛@合肥市', 'person:王立新@合肥市']);
  });

  it('takes the city named only in the event, so its officials are one node with those of its other reports', () => {
    const a = article('jiaxing', '嘉兴市民营企业家座谈会召开',
      '6月12日，嘉兴市民营企业家座谈会召开。市委书记陈伟主持会议并讲话，市长李军，市委常委、秘书长王强出席。市工商联主席赵明介绍有关情况，浙江禾丰集团董事长孙立发言。');
    const b = article('jiaxing2', '全市营商环境大会召开', '全市营商环境大会在嘉兴召开。市委书记陈伟出席并讲话。');
    expect(personIds(a, b).filter((id) => id.includes('陈伟'))).toEqual(['person:陈伟@嘉兴市']);
    expect(personIds(a)).toContain('person:李军@嘉兴市');
  });
});

describe('titles that place their holder', () => {
  it('周口市委书记 in a provincial report is 周口市’s; the 副省长 stays provincial', () => {
    const a = article('henan', '全省高标准农田建设现场推进会召开', '10月22日，全省高标准农田建设现场推进会在周口市召开。副省长孙守刚出席会议并讲话，周口市委书记张建慧致辞。');
    expect(personIds(a)).toEqual(['person:孙守刚', 'person:张建慧@周口市']);
  });
  it('a county title (仁寿县委书记) places its holder in the county’s city', () => {
    const a = article('visit', '省领导到眉山调研', '6月12日，省委常委李华到眉山调研。仁寿县委书记王明陪同。');
    expect(personIds(a)).toContain('person:王明@眉山市');
  });
  it('县人大常委会主任 makes a report local; its county comes from the source line (湄潭县人大常委会)', () => {
    const a = article('npc', '县人大常委会召开第二十次会议', '9月28日，县十八届人大常委会第二十次会议召开。县人大常委会主任罗明辉主持会议。', '湄潭县人大常委会');
    expect(personIds(a)).toEqual(['person:罗明辉@遵义市']);
  });
  it('市场监管局局长 is no relative title', () => {
    const a = article('market', '国家市场监管总局召开会议', '6月12日，市场监管总局召开会议。市场监管总局局长罗文主持会议。');
    expect(personIds(a)).toEqual(['person:罗文']);
  });
});

describe('visitors and divisions of other provinces than the dev corpus\'s', () => {
  it('keeps a visiting 副省长 and 自治区党委书记 out of the county report\'s jurisdiction', () => {
    const a = article('yingshan', '副省长到营山县督导防汛工作',
      '7月14日，副省长杨志远到营山县督导防汛工作。市委副书记、市长刘建华，县委书记周光华陪同。杨志远强调，全市各级各部门要压紧压实防汛责任。');
    expect(personIds(a)).toEqual(['person:刘建华@南充市', 'person:周光华@南充市', 'person:杨志远']);
    const b = article('yangshuo', '自治区党委书记到阳朔县调研',
      '5月19日，自治区党委书记刘振宇到阳朔县调研文旅产业发展。自治区党委常委、秘书长梁文博，市委书记秦永康，县委书记黄志明陪同调研。');
    expect(personIds(b)).toEqual(['person:刘振宇', 'person:梁文博', 'person:秦永康@桂林市', 'person:黄志明@桂林市']);
  });
  it('reads a report of an autonomous prefecture (全州, 州委书记) as local to it', () => {
    const a = article('liangshan', '全州巩固拓展脱贫攻坚成果推进会召开',
      '7月2日，全州巩固拓展脱贫攻坚成果推进会在西昌召开。州委书记马志刚出席会议并讲话。会议要求，各县市要守住不发生规模性返贫底线。昭觉县副县长李国华作交流发言。');
    expect(personIds(a)).toEqual(['person:李国华@凉山彝族自治州', 'person:马志刚@凉山彝族自治州']);
  });
});

describe('the province of a provincial report', () => {
  const orgNames = (body: string) => {
    const b = new GraphBuilder();
    b.add(article('p', '', body));
    return b.build().nodes.filter((n) => n.label === 'Organization').map((n) => n.name).sort();
  };
  it('省政府 and 省工信厅 take the one province the report names (山西, 大同)', () => {
    expect(orgNames('首届山西特色专业镇博览会在大同开幕。博览会由省政府主办，省工信厅承办。')).toEqual(['山西省工信厅', '山西省政府']);
  });
  it('自治区党委 takes the autonomous region, 州委 the autonomous prefecture of a local report', () => {
    expect(orgNames('5月19日，自治区党委书记刘振宇到阳朔县调研。市委书记秦永康、县委书记黄志明陪同。')).toContain('广西壮族自治区党委');
    expect(orgNames('7月2日，全州推进会在西昌召开。州委书记马志刚出席会议并讲话，昭觉县副县长李国华发言。')).toContain('凉山彝族自治州委');
  });
  it('区域…, like 市场…, opens no relative form', () => {
    expect(orgNames('镇江市丹徒区召开全区卫生工作会议。区委书记王志国出席。区域医疗中心、区卫健委负责同志参加。')).toEqual(['丹徒区卫健委', '丹徒区委', '区域医疗中心']);
  });
  it('stay as printed when the report names places of two provinces', () => {
    expect(orgNames('合作推进会在太原召开，来自杭州的代表参加。会议由省政府主办。')).toEqual(['省政府']);
  });
});
