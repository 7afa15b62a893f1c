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

describe('the province of a provincial report', () => {
  const orgNames = (body: string) => {
    const b = new GraphBuilder();
    b.add(article('p', '', body));
    return b.build().nodes.filter((n) => n.label === 'Organization').map((n) => n.name).sort();
  };
  it('省政府 and 省工信厅 take the one province the report names (山西, 大同)', () => {
    expect(orgNames('首届山西特色专业镇博览会在大同开幕。博览会由省政府主办，省工信厅承办。')).toEqual(['山西省工信厅', '山西省政府']);
  });
  it('stay as printed when the report names places of two provinces', () => {
    expect(orgNames('合作推进会在太原召开，来自杭州的代表参加。会议由省政府主办。')).toEqual(['省政府']);
  });
});
