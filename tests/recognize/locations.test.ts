import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/workflows/analyse.js';

const analyse = (body: string) => analyseArticle({ id: 't', path: 't', title: null, date: null, source: null, url: null, body });
const locs = (body: string) => analyse(body).locations.map((l) => l.name);
const canon = (body: string) => analyse(body).locations.map((l) => l.canonical ?? l.name);

describe('locations', () => {
  it('finds divisions and resolves 在京 to the same node as 北京市', () => {
    expect(canon('全国宣传部长会议18日在京召开。')).toEqual(['北京市']);
    expect(locs('习近平在湖南省长沙市主持召开座谈会。')).toEqual(['湖南省', '长沙市']);
  });

  it('skips a place that only begins a compound name or slogan', () => {
    expect(locs('坚持以习近平新时代中国特色社会主义思想为指导，推进中国式现代化，建设美丽中国，弘扬延安精神。')).toEqual([]);
    expect(locs('中国同湄公河国家双边贸易逆势增长。')).toEqual(['中国', '湄公河']);
  });

  it('skips a place inside an organization or a title', () => {
    expect(locs('浙江大学教授张明、山西省委书记李华出席。老挝总理通伦共同主持会议。')).toEqual([]);
  });

  it('skips a place that is only a word of an event or a policy name, not the place a visit went', () => {
    expect(locs('韩正1日以视频形式出席2022年太原能源低碳发展论坛开幕式。')).toEqual([]);
    expect(locs('会议强调，要全面贯彻实施黄河保护法，推动长江经济带发展。')).toEqual([]);
    expect(canon('赵乐际在山西调研。')).toEqual(['山西省']);
    expect(canon('2022年太原能源低碳发展论坛在太原开幕。')).toEqual(['太原市']);
  });

  it('skips datelines, document titles and places cut out of longer words', () => {
    expect(locs('本报北京8月23日电 会议审议了《中华人民共和国民用航空法》，保持人民币汇率在合理均衡水平上的基本稳定。')).toEqual([]);
  });

  it('reads X流域 as the river and a nickname as its province', () => {
    expect(canon('推动黄河流域生态保护。黄河安澜。')).toEqual(['黄河', '黄河']);
    expect(canon('三晋大地')).toEqual(['山西省']);
  });

  it('skips a place in brackets between two parts of one name (…电梯（中国）有限公司), not one that closes a list item', () => {
    expect(locs('他来到西门子电气（中国）有限公司，又考察了中国（广西）自由贸易试验区。')).toEqual([]);
    expect(locs('他先后到广西（南宁）、云南考察。')).toContain('南宁');
  });

  it('skips a place that only opens a longer common word (长治久安, 文山会海)', () => {
    expect(locs('确保边疆长治久安，力戒文山会海。')).toEqual([]);
    expect(canon('李明到长治调研。')).toEqual(['长治市']);
  });

  it('writes an autonomous prefecture short, without its peoples (伊犁, 恩施州), where the province is named too, but not an autonomous county', () => {
    expect(canon('代表团先后到新疆伊犁、湖北恩施州考察。')).toEqual(['新疆维吾尔自治区', '伊犁哈萨克自治州', '湖北省', '恩施土家族苗族自治州']);
    expect(locs('加快建设海西现代农业示范区。')).toEqual([]);
    expect(locs('加强沿河环湖地区治理。')).toEqual([]);
  });

  it('a county written short needs the county in full, the city or province above it, or the source to name it', () => {
    expect(locs('要推动科普惠民，坚持实业兴国。')).toEqual([]);
    expect(canon('河北涿州遭受洪灾。')).toEqual(['河北省', '涿州市']);
    const own = analyseArticle({ id: 't', path: 't', title: null, date: null, source: '清徐新闻网', url: null, body: '清徐加快发展醋产业。' });
    expect(own.locations.map((l) => l.canonical)).toEqual(['清徐县']);
  });

  it('…or to stand where an event is held or a visit goes (在诸暨召开, 在西昌举行)', () => {
    expect(canon('全县工作会议在诸暨召开。')).toEqual(['诸暨市']);
    expect(canon('全州推进会在西昌举行。')).toEqual(['西昌市']);
  });

  it('a listed lake is read before a county written short (太湖, not 太湖县)', () => {
    expect(canon('加强太湖水环境治理。')).toEqual(['太湖']);
  });

  it('writes counties short only where jieba reads a name', () => {
    expect(canon('诸暨市委常委出席。太原市领导在清徐调研。')).toContain('清徐县');
    expect(locs('要节约资源，加强合作。')).toEqual([]);
  });

  it('finds named sites by their venue suffix, after the division that holds them', () => {
    const found = locs('赵乐际来到麻田镇南会村，参观了运城博物馆，又到原平市沙河生态公园。');
    expect(found).toEqual(expect.arrayContaining(['南会村', '运城博物馆', '沙河生态公园']));
    expect(locs('全面推进乡村振兴，建设美丽乡村，加快农业农村现代化。')).toEqual([]);
  });
});

describe('kinds of place, not places', () => {
  it('a two-character division name jieba knows as a common word (城区, 矿区) counts only behind its city', () => {
    expect(locs('要做好城区管理和矿区治理。')).toEqual([]);
    expect(locs('阳泉市城区召开会议。')).toEqual(['阳泉市', '城区']);
    expect(locs('来到位于该县果园乡的渑池南站附近。')).toContain('果园乡');
  });
  it('a long site name runs back over whole words (山西建筑产业现代化潇河园区), never part of one', () => {
    expect(locs('他来到河南纺织服装产业现代化龙湖园区考察。')).toEqual(['河南纺织服装产业现代化龙湖园区']);
  });

  it('right after a township or county written in full, the few characters before 村 name the village, however jieba cuts them', () => {
    expect(locs('李华走进运城市夏县瑶峰镇任村，察看村容村貌。')).toEqual(['运城市', '夏县', '瑶峰镇', '任村']);
    expect(locs('王强来到大同市云州区吉家新村调研。')).toEqual(['大同市', '云州区', '吉家新村']);
  });
  it('a site suffix after words that only describe (贫困社区, 薄弱村) names no site', () => {
    expect(locs('帮扶贫困社区和薄弱村。')).toEqual([]);
    expect(locs('听取镇村两级工作汇报。')).toEqual([]);
    expect(locs('在冯南垣村调研。')).toEqual(['冯南垣村']);
  });
});
