import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/workflows/analyse.js';

const analyse = (body: string) => analyseArticle({ id: 't', path: 't', title: null, date: null, source: null, url: null, body });
const names = (body: string) => analyse(body).policies.map((p) => p.canonical ?? p.name);
const surfaces = (body: string) => analyse(body).policies.flatMap((p) => [p.name, p.canonical ?? p.name]);

describe('policies: quoted names', () => {
  it('takes a quoted name followed by a policy noun, with and without the noun', () => {
    const body = '5月8日，全县植树造林工作会议召开。会议要求，常态化开展河道“清五乱”行动，不断拓展“林长+”工作模式。';
    expect(names(body)).toEqual(expect.arrayContaining(['清五乱', '林长+']));
    expect(surfaces(body)).toEqual(expect.arrayContaining(['清五乱行动', '林长+工作模式']));
  });

  it('takes a quoted name after an implementing verb and a numbered formula', () => {
    const body = '王明强调，要全面贯彻“以水定产”原则，守住耕地保护“三条底线”，扎实做好“六稳”工作。';
    expect(names(body)).toEqual(expect.arrayContaining(['以水定产', '三条底线', '六稳']));
  });

  it('keeps the words between the quote and a policy head: “五星”迭代行动', () => {
    expect(surfaces('会议强调，要深入实施“三星”提升行动，推动基层党建全面进步。')).toContain('三星提升行动');
  });

  it('gives a campaign plan its own policy: “X”大宣讲活动实施方案', () => {
    expect(surfaces('会上通报了我县“四讲四比”大宣讲活动实施方案。')).toEqual(
      expect.arrayContaining(['四讲四比', '四讲四比大宣讲活动实施方案']),
    );
  });

  it('leaves out metaphors, themes, qualities and loyalty formulas', () => {
    const body =
      '会议指出，要算好“生态账”，打好“特色牌”，为发展注入新的“源头活水”。活动以“创新引领、共享未来”为主题。' +
      '要推动“山清、水秀、人和”的美丽乡村建设，坚决做到“两个维护”，增强“一盘棋”意识，确保“开门红”。';
    expect(names(body)).toEqual([]);
  });

  it('takes a quoted rule the work follows: 按照“…”的要求, 坚持“…”的原则, 以“…”为总抓手', () => {
    const body = '要按照“一村一品、一镇一业”的要求推进产业发展，坚持“三不减”的原则，以“双百提升”为总抓手。';
    expect(names(body)).toEqual(['一村一品、一镇一业', '三不减', '双百提升']);
    expect(names('要按照“脏、乱、差”的要求整改，以“绿色发展”为主题。')).toEqual([]);
  });

  it('leaves out a run of quoted topics framed by 参观 or 等主题', () => {
    const body = '与会人员参观了“数字乡村”“科技惠民”等展区，并围绕“乡村旅游发展路径”“文旅融合案例”等主题进行交流。';
    expect(names(body)).toEqual([]);
  });
});

describe('policies: 《》 documents', () => {
  it('takes a short law name without book marks after a verb that carries it out', () => {
    expect(names('要认真实施好草原法，实施修改后的代表法。')).toEqual(['草原法', '代表法']);
    expect(names('要严格执行办法，实施依法行政，检查站点检疫执法。')).toEqual([]);
    expect(names('要检查特种设备安全法实施情况。')).toEqual(['特种设备安全法']);
    expect(names('执法检查组检查草原法实施情况。')).toEqual(['草原法']);
  });

  it('merges a bare 《条例》 into the document it abbreviates', () => {
    const a = analyse('会议强调，要制定出台《防范化解金融风险问责规定（试行）》，切实抓好《规定》的贯彻落实。');
    expect(new Set(a.policies.map((p) => p.canonical ?? p.name))).toEqual(new Set(['防范化解金融风险问责规定（试行）']));
  });

  it('takes a document being carried out or adopted', () => {
    const body = '会议审议通过了《全县河道管理条例》。要认真落实《乡村振兴促进法》。';
    expect(names(body)).toEqual(expect.arrayContaining(['全县河道管理条例', '乡村振兴促进法']));
  });

  it('leaves out drafts only reviewed, reports heard and speech titles', () => {
    const body =
      '会议讨论了《关于加快发展数字经济的意见（征求意见稿）》，听取了《关于开展民生实事督查工作情况》的汇报。' +
      '张华作了题为《奋力开创发展新局面》的报告。';
    expect(names(body)).toEqual([]);
  });

  it('marks a document that is only studied as not mandated', () => {
    const p = analyse('会议传达学习了《关于开展作风建设年活动的实施方案》。').policies;
    expect(p).toHaveLength(1);
    expect(p[0]!.mandated).toBe(false);
  });

  it('marks a policy to be drawn up (研究制定, 研究部署) as mandated, unlike one only studied', () => {
    const p = analyse('要抓紧研究制定耕地保护责任制。会议研究了乡村振兴战略。').policies;
    expect(p.map((x) => [x.name, x.mandated])).toEqual([
      ['耕地保护责任制', true],
      ['乡村振兴战略', false],
    ]);
  });
});

describe('policies: programmes and unquoted names', () => {
  it('takes well-known national programmes from the lexicon', () => {
    expect(names('会议强调，要全面推进乡村振兴，积极融入共建一带一路。')).toEqual(expect.arrayContaining(['乡村振兴', '一带一路']));
  });

  it('does not take a programme named only as achieved results (脱贫攻坚成果)', () => {
    expect(names('要巩固拓展脱贫攻坚成果。')).toEqual([]);
  });

  it('takes a city-title campaign (…城市创建) and a quoted crackdown after 重拳出击', () => {
    expect(names('要常态化推进卫生城市创建，加大森林城市创建宣传力度。')).toEqual(['卫生城市创建', '森林城市创建']);
    expect(names('各地要重拳出击“打非治违”。')).toEqual(['打非治违']);
  });

  it('takes a …工程 programme only in a clause that implements it, not works (水毁工程修复, 在建工程)', () => {
    expect(names('要深入实施古村落保护工程，全面开展文化惠民工程。')).toEqual(['古村落保护工程', '文化惠民工程']);
    expect(names('要加强水毁工程修复，保障在建工程度汛安全，与河道排涝工程有效衔接。')).toEqual([]);
  });

  it('takes a name closed by a policy head, back to the verb before it', () => {
    const body = '李军指出，要深入实施人才强省战略和县域经济振兴行动，全面推行田长制，深化集体林权制度改革。';
    expect(names(body)).toEqual(expect.arrayContaining(['人才强省战略', '县域经济振兴行动', '田长制', '集体林权制度改革']));
  });

  it('takes a fixed qualifier, 的 and a 政策/制度 head, but neither head alone', () => {
    const body = '会议要求，要实施更加积极的财政政策和稳健的货币政策，落实最严格的耕地保护制度，完善惠企政策和考核制度。';
    expect(names(body)).toEqual(['更加积极的财政政策', '稳健的货币政策', '最严格的耕地保护制度']);
  });

  it('reaches over a 和 to the verb that carries out both phrases, unless the first is a name of its own', () => {
    expect(names('要深入实施老旧管网改造和城乡供水提质工程，切实抓好农村人居环境和村容村貌集中整治。')).toEqual([
      '老旧管网改造和城乡供水提质工程',
      '农村人居环境和村容村貌集中整治',
    ]);
    expect(names('要深入实施科教兴国战略和人才强国战略，加快产业转型和乡村旅游品牌行动。')).toEqual(['科教兴国战略', '人才强国战略', '乡村旅游品牌行动']);
  });

  it('takes 重大/重点 after a topic before a programme head, and a generic word only as a word of its own', () => {
    expect(names('要实施乡村数字治理重大行动，推进老旧设备更新行动。')).toEqual(['乡村数字治理重大行动', '老旧设备更新行动']);
    expect(names('要服务国家重大战略，宣布八项重大行动，推进协同创新方案。')).toEqual([]);
  });

  it('takes an aid programme for a region: sector, 援/润/兴 and the region', () => {
    expect(names('要深化对口援藏工作，推进产业援疆和文化润疆，开通援疆专列。')).toEqual(['对口援藏', '产业援疆', '文化润疆']);
  });

  it('takes a package of policies named by its aim (…一揽子政策), back to the verb that puts it out', () => {
    expect(names('省政府及时推出稳就业一揽子政策措施，要狠抓稳外贸一揽子政策落地见效。')).toEqual(['稳就业一揽子政策措施', '稳外贸一揽子政策']);
  });

  it('takes the items put to use before 等政策, but not fields or tasks', () => {
    expect(names('要用好稳岗返还、创业担保贷款等政策，落实了已出台的农机购置补贴等支持政策。')).toEqual(['稳岗返还', '创业担保贷款', '农机购置补贴']);
    expect(names('要落实好财税、金融等支持政策，实施推动企业复工达产等政策。')).toEqual([]);
  });

  it('joins a chain of heads: 综合改革试点', () => {
    expect(names('考察组听取了数字政府综合改革试点情况介绍。')).toContain('数字政府综合改革试点');
  });

  it('leaves out generic heads: 实际行动, 工作方案, 重大工程, 这个战略', () => {
    const body = '要以实际行动抓好落实，制定工作方案，推进一批重大工程，牢牢扭住扩大内需这个战略基点。';
    expect(names(body)).toEqual([]);
  });

  it('does not read 工程师 or 计划生育 as policy heads', () => {
    expect(names('全市高级工程师和计划生育专干参加培训。')).toEqual([]);
  });

  it('takes …许可制 and …教育实践活动 heads, and stops at 这次 or a collective like 全军', () => {
    const body = '会议要求，全面实行排污许可制，深入开展政法干警核心价值观教育实践活动。要充分认清这次教育实践活动的重要意义，推动全军教育实践活动取得实效。';
    expect(names(body)).toEqual(['排污许可制', '政法干警核心价值观教育实践活动']);
  });

  it('takes a rule mentioned as its spirit (中央八项规定精神), but not a campaign named after that spirit', () => {
    expect(names('要严格落实中央八项规定精神，坚决整治形式主义。')).toEqual(['中央八项规定']);
    expect(names('要深入贯彻中央八项规定精神学习教育。')).toEqual(['中央八项规定精神学习教育']);
  });

  it('takes an excluded formula once a campaign head joins it, merged with the head alone', () => {
    const p = analyse('中条林局召开“不忘初心、牢记使命”主题教育集体学习研讨会。要借主题教育契机，建立长效机制。').policies;
    expect(p.map((x) => x.canonical ?? x.name)).toEqual(['不忘初心、牢记使命主题教育', '不忘初心、牢记使命主题教育']);
  });

  it('leaves out a period (“十五五”时期) and a campaign reporting progress (脱贫攻坚战取得…)', () => {
    expect(names('科学谋划“十五五”时期经济社会发展。脱贫攻坚战取得决定性进展。')).toEqual([]);
  });

  it('merges two forms of one policy in an article', () => {
    const p = analyse('要实施乡村振兴战略。全面推进乡村振兴。').policies;
    expect(new Set(p.map((x) => x.canonical ?? x.name)).size).toBe(1);
  });
});

describe('policies: the topic a meeting is named after', () => {
  it('takes the work a meeting drives forward, without year, jurisdiction or opening place', () => {
    const a = analyse('3月5日，全县2024年农村人居环境整治推进会召开。5月9日，城关镇老旧街区改造现场推进会召开。');
    expect(a.policies.map((p) => p.name)).toEqual(['农村人居环境整治', '老旧街区改造']);
    expect(a.policies.every((p) => p.mandated)).toBe(true);
  });

  it('keeps a river or region inside the topic, and takes only the part after 暨', () => {
    expect(names('全省工作会议暨长江流域生态保护民主监督启动会在省城召开。')).toEqual(['长江流域生态保护民主监督']);
  });

  it('leaves out meetings named after routine work or by a plain 座谈会', () => {
    expect(names('全市党风廉政建设工作会议召开。全县乡村建设座谈会召开。全市重点项目建设推进会召开。')).toEqual([]);
  });
});

describe('policies: what is not a policy', () => {
  it('leaves out books, papers and programmes in 《》', () => {
    expect(names('《求是》杂志发表重要文章。观众收看《新闻联播》。要认真落实《安全生产条例》。')).toEqual(['安全生产条例']);
  });

  it('leaves out a head word inside a longer phrase: verbs, 战略意图, 行动措施, 解决方案, 一切行动', () => {
    const body =
      '王明走访学习教育工作专班，要求及时总结学习教育成效。要深刻领会党中央战略意图，落实应急预案行动措施，' +
      '找到生态修复的最佳解决方案，一切行动听指挥。';
    expect(names(body)).toEqual([]);
  });

  it('leaves out a strategy word that opens another phrase: 战略合作, 战略引领, 战略对接, 战略共识', () => {
    const body = '市政府与省投资集团签署战略合作协议。在两国元首战略引领下，推动共建倡议同各国发展战略对接，凝聚双方战略共识。';
    expect(names(body)).toEqual([]);
  });

  it('leaves out military operations, honours and strategic partnerships', () => {
    const body = '俄方宣布结束特别军事行动。她获得“五一”劳动奖章。两国战略伙伴关系不断深化。';
    expect(names(body)).toEqual([]);
  });
});
