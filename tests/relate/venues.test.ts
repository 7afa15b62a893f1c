import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/document.js';
import { analyseArticle } from '../../src/workflows/analyse.js';

const analyse = (body: string) => analyseArticle({ id: 't', path: 't', title: null, date: null, source: null, url: null, body });
const facts = (a: Article, type: 'HELD_IN' | 'ORGANIZED_BY') =>
  a.facts.filter((f) => f.type === type).map((f) => `${a.events[(f.from as { index: number }).index]?.name}>${(f.to as { name: string }).name}`);

describe('venues', () => {
  it('HELD_IN: event named first, then 在<place>召开', () => {
    const a = analyse('全国宣传部长会议18日在京召开。');
    expect(facts(a, 'HELD_IN')).toEqual(['全国宣传部长会议>北京市']);
  });

  it('HELD_IN: not from …将于8月29日在<place>举行, a place still to come', () => {
    const a = analyse('2020年全国科技活动周23日在北京启动。2020年全国科技活动周闭幕式将于8月29日在湖北武汉举行。');
    expect(facts(a, 'HELD_IN').map((f) => f.split('>')[1])).not.toContain('武汉市');
  });

  it('HELD_IN: 在<place chain>主持召开<event> gives every place of the chain', () => {
    const a = analyse('习近平12日下午在甘肃省兰州市主持召开全面推动黄河流域生态保护和高质量发展座谈会并发表重要讲话。');
    expect(facts(a, 'HELD_IN').sort()).toEqual(['全面推动黄河流域生态保护和高质量发展座谈会>兰州市', '全面推动黄河流域生态保护和高质量发展座谈会>甘肃省']);
  });

  it('ORGANIZED_BY: the body that convenes the event', () => {
    const a = analyse('全国人大常委会17日上午在北京召开黄河保护法实施座谈会。');
    expect(facts(a, 'ORGANIZED_BY')).toEqual(['黄河保护法实施座谈会>全国人民代表大会常务委员会']);
    expect(facts(a, 'HELD_IN')).toEqual(['黄河保护法实施座谈会>北京市']);
  });

  it('ORGANIZED_BY: every body of a 由…共同主办 list', () => {
    const a = analyse('首届特色专业镇投资贸易博览会在大同开幕。本届博览会由省工信厅、省农业农村厅、省商务厅共同主办。');
    expect(facts(a, 'ORGANIZED_BY').map((f) => f.split('>')[1]).sort()).toEqual(['省农业农村厅', '省商务厅', '省工信厅']);
  });
});

describe('who organized it', () => {
  it('由A、B主办，C、D承办: hosts and co-hosts; 协办 is no host', () => {
    const a = analyse('全市产业投资推介会在武汉举行。推介会由中共黄石市委、黄石市人民政府主办，黄石市招商服务中心承办，黄石市驻汉办协办。');
    expect(facts(a, 'ORGANIZED_BY').map((f) => f.split('>')[1]).sort()).toEqual(['中共黄石市委', '黄石市人民政府', '黄石市招商服务中心'].sort());
  });

  it('将由…承办 is an event still to come', () => {
    const a = analyse('全市工作会议召开。第六届大会将由绍兴市教育局承办，将于7月底举行。');
    expect(facts(a, 'ORGANIZED_BY')).toEqual([]);
  });

  it('the body where it was held or that was visited does not convene it', () => {
    const a = analyse('国务院总理李克强30日到人民银行、外汇管理局考察并主持召开座谈会。');
    expect(facts(a, 'ORGANIZED_BY')).toEqual([]);
    const b = analyse('24日，文化和旅游部为尼日利亚举办的研修班在中央文化和旅游管理干部学院举办线上开班仪式。');
    expect(facts(b, 'ORGANIZED_BY').map((f) => f.split('>')[1])).not.toContain('中央文化和旅游管理干部学院');
  });
});

describe('buildings where an event is held', () => {
  const places = (a: Article) => a.locations.map((l) => l.name);

  it('座谈会在树兰楼圆桌会议室举行 / 在我校养新书藏（图书馆）二号报告厅正式举行: the building is a venue Location and HELD_IN', () => {
    const a = analyse('青年师生代表座谈会在树兰楼圆桌会议室举行。十九大精神宣讲会在我校养新书藏（图书馆）二号报告厅正式举行。');
    expect(places(a)).toEqual(expect.arrayContaining(['树兰楼圆桌会议室', '养新书藏（图书馆）二号报告厅']));
    expect(facts(a, 'HELD_IN')).toEqual(expect.arrayContaining(['青年师生代表座谈会>树兰楼圆桌会议室', '十九大精神宣讲会>养新书藏（图书馆）二号报告厅']));
  });

  it('在<building>设主会场: the building is where the meeting was held; 设分会场 names no venue', () => {
    const a = analyse('全县防汛工作电视电话会议召开。会议在县政府二楼会议室设主会场，各乡镇设分会场。');
    expect(facts(a, 'HELD_IN')).toEqual(['全县防汛工作电视电话会议>县政府二楼会议室']);
  });

  it('a numbered hall right before the verb, not a shorter building inside it (图书馆报告厅二)', () => {
    const a = analyse('专题宣讲会在学校养新书藏图书馆报告厅二举行。');
    expect(places(a)).toEqual(['养新书藏图书馆报告厅二']);
  });

  it('divisions that open the building stay places of their own; a gazetteer venue is not doubled', () => {
    const a = analyse('全省工作座谈会在四川省成都市金牛宾馆举行。');
    expect(places(a)).toEqual(['四川省', '成都市', '金牛宾馆']);
    const b = analyse('庆祝大会在北京人民大会堂举行。');
    expect(places(b)).toEqual(['北京', '人民大会堂']);
  });

  it('no building without a head word, or behind 的', () => {
    expect(places(analyse('推进会在市检察院召开。'))).toEqual([]);
    expect(places(analyse('纪念活动在平壤市中心的金日成广场举行。'))).not.toContain('平壤市中心的金日成广场');
  });
});

describe('where a tour went', () => {
  it('the places after 来到 in the framing sentence of a visit', () => {
    const a = analyseArticle({ id: 't', path: 't', title: null, date: null, source: null, url: null, body: '1月26日至27日，习近平来到临汾、晋中等地考察调研。26日下午，习近平来到汾西县僧念镇考察调研。' });
    const held = a.facts.filter((f) => f.type === 'HELD_IN').map((f) => (f.to as { name: string }).name);
    expect(held).toEqual(['临汾市', '晋中市']);
  });

  it('到<place chain>调研 names where the visit went, as 在 does', () => {
    const a = analyse('国务院副总理韩立28日到山西太原调研，主持召开煤炭清洁高效利用专题座谈会并讲话。');
    expect(facts(a, 'HELD_IN')).toEqual(expect.arrayContaining(['山西太原调研>山西省', '山西太原调研>太原市']));
  });

  it('<leader>一行先后来到A、B: every site the delegation went to is where its visit was held', () => {
    const a = analyse('3月5日，县委书记王明到城关镇调研乡村振兴工作。王明一行先后来到城关镇桃花村、城关镇电子产业园，实地察看产业发展情况。');
    expect(facts(a, 'HELD_IN').sort()).toEqual(['城关镇调研>城关镇', '城关镇调研>桃花村', '城关镇调研>电子产业园']);
    const b = analyse('省教育厅副厅长李红一行调研我校办学工作。李红一行来到我校，首先参观了我校校史博物馆和鲁迅纪念馆。');
    expect(facts(b, 'HELD_IN').map((f) => f.split('>')[1]).sort()).toEqual(['校史博物馆', '鲁迅纪念馆'].sort());
  });

  it('他先后来到A、B / 调研组一行 / 代表们: a pronoun before 先后 or a collective subject heads the stops of the visit', () => {
    const a = analyse('11月3日，省委书记刘建国在赣州市调研乡村振兴工作。他先后来到于都县、瑞金市，深入企业、农村，实地察看产业发展情况。');
    expect(facts(a, 'HELD_IN').sort()).toEqual(['赣州市调研>于都县', '赣州市调研>瑞金市', '赣州市调研>赣州市']);
    const b = analyse('9月8日，省农业农村厅调研组到平阳县调研粮食生产工作。调研组先后来到萧江镇、鳌江镇，了解晚稻长势。');
    expect(facts(b, 'HELD_IN').sort()).toEqual(['平阳县调研>平阳县', '平阳县调研>萧江镇', '平阳县调研>鳌江镇']);
    const c = analyse('6月12日，部分省人大代表到鹿城区调研民生实事项目。代表们先后来到南湖社区、城西产业园，实地察看项目推进情况。');
    expect(facts(c, 'HELD_IN').sort()).toEqual(['鹿城区调研>南湖社区', '鹿城区调研>城西产业园', '鹿城区调研>鹿城区']);
  });

  it('他来到<site> alone is one stop of the tour, not where the visit was held', () => {
    const a = analyse('11月3日，省委书记刘建国在赣州市调研乡村振兴工作。他来到瑞金市，察看产业发展情况。');
    expect(facts(a, 'HELD_IN')).toEqual(['赣州市调研>赣州市']);
  });

  it('与会人员实地观摩了A、B: the places an on-site meeting observed are where it was held', () => {
    const a = analyse('全省高标准农田建设现场推进会9月20日在衢州市召开。与会人员实地观摩了龙游县、江山市高标准农田建设情况。');
    expect(facts(a, 'HELD_IN').sort()).toEqual(['全省高标准农田建设现场推进会>江山市', '全省高标准农田建设现场推进会>衢州市', '全省高标准农田建设现场推进会>龙游县']);
  });

  it('参会人员实地察看了A、B: the sites a meeting went to see, whatever verb of seeing', () => {
    const a = analyse('全市美丽乡村建设现场会3月18日在新昌县召开。参会人员实地察看了澄潭街道、南明街道美丽乡村建设情况。');
    expect(facts(a, 'HELD_IN').sort()).toEqual(['全市美丽乡村建设现场会>南明街道', '全市美丽乡村建设现场会>新昌县', '全市美丽乡村建设现场会>澄潭街道']);
  });

  it('与会人员先后观摩了A县<site>、B市<site>: a site the gazetteer does not know does not end the list; a verb of what was done there does', () => {
    const a = analyse('全省高标准农田建设现场推进会9月20日在衢州市召开。与会人员先后观摩了龙游县高标准农田示范基地、江山市数字农业工厂。');
    expect(facts(a, 'HELD_IN').sort()).toEqual(['全省高标准农田建设现场推进会>江山市', '全省高标准农田建设现场推进会>衢州市', '全省高标准农田建设现场推进会>龙游县']);
    const b = analyse('全省高标准农田建设现场推进会9月20日在衢州市召开。与会人员观摩了龙游县实地察看灌溉设施、江山市数字农业工厂。');
    expect(facts(b, 'HELD_IN').sort()).toEqual(['全省高标准农田建设现场推进会>衢州市', '全省高标准农田建设现场推进会>龙游县']);
  });

  it('在<county><town><village>，X察看… opening a sentence of a visit report: the most specific division is where the visit went', () => {
    const a = analyse('5月6日，省长王浩到瑞金市调研。当天下午，在于都县梓山镇潭头村，王浩察看了富硒蔬菜产业基地。');
    expect(facts(a, 'HELD_IN').sort()).toEqual(['瑞金市调研>潭头村', '瑞金市调研>瑞金市']);
  });

  it('在<site>，… alone, or 在<place>，… in a meeting report, adds no place', () => {
    const a = analyse('7月2日，中央纪委书记李明到山西调研。在平遥古城，李明要求严肃查处文化遗产保护领域违纪违法问题。');
    expect(facts(a, 'HELD_IN')).toEqual(['山西调研>山西省']);
    const b = analyse('全省农业工作会议5月6日在南昌召开。在南昌市红谷滩区，与会人员观看了展览。');
    expect(facts(b, 'HELD_IN')).toEqual(['全省农业工作会议>南昌市']);
  });

  it('在<village>，… adds no place when no visitor opens the clause, or when the visit tours a province', () => {
    const a = analyse('5月6日，省长王浩到瑞金市调研。在叶坪乡洋溪村，村民们正忙着采摘蔬菜。');
    expect(facts(a, 'HELD_IN')).toEqual(['瑞金市调研>瑞金市']);
    const b = analyse('7月12日至15日，国务院总理李明在江西调研。在于都县梓山镇潭头村，李明指出，要把特色产业做大做强。');
    expect(facts(b, 'HELD_IN')).toEqual(['江西调研>江西省']);
  });

  it('代表们来到<site> during a congress is no place of the congress; only the people at a meeting tour for it', () => {
    const a = analyse('中国共产党温州市第十三次代表大会10月8日在市行政中心召开。会议间隙，代表们来到市规划展览馆，观看城市建设成就展。');
    expect(facts(a, 'HELD_IN').map((f) => f.split('>')[1])).not.toContain('市规划展览馆');
  });

  it('在A、B和C调研: every place listed in the name of the visit', () => {
    const a = analyse('5月6日至8日，国务院副总理王平在浙江杭州、宁波和温州调研。');
    expect(facts(a, 'HELD_IN').map((f) => f.split('>')[1]).sort()).toEqual(['宁波市', '杭州市', '浙江省', '温州市'].sort());
  });

  it('先后到A、B考察调研 in the second paragraph, under a summary lead, frames the tour too', () => {
    const a = analyseArticle({
      id: 't', path: 't', title: '习近平在山西考察', date: null, source: null, url: null,
      body: '央视网消息：习近平近日在山西考察时强调，要推动高质量发展。\n7月7日至8日，习近平在省委书记唐登杰陪同下，先后到阳泉、太原考察调研。\n8日上午，习近平来到晋中考察调研。',
    });
    const held = a.facts.filter((f) => f.type === 'HELD_IN').map((f) => (f.to as { name: string }).name);
    expect(held).toEqual(expect.arrayContaining(['阳泉市', '太原市']));
    expect(held).not.toContain('晋中市');
  });

  it('来到A、B等地，深入农村、企业等考察调研: the last go verb that names a place', () => {
    const a = analyse('1月26日至27日，习近平在省委书记林武陪同下，来到临汾、晋中等地，深入农村、企业等考察调研。');
    expect(a.facts.filter((f) => f.type === 'HELD_IN').map((f) => (f.to as { name: string }).name)).toEqual(['临汾市', '晋中市']);
  });

  it('在前往陕西途中…考察 is not held in 陕西', () => {
    const a = analyse('5月16日下午，在前往陕西途中，习近平走下列车，先后考察了运城博物馆和运城盐湖。');
    expect(a.facts.filter((f) => f.type === 'HELD_IN').map((f) => (f.to as { name: string }).name)).not.toContain('陕西省');
  });
});
