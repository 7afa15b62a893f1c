import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article, SourceRecord } from '../../src/document.js';
import { checkStages, type Stage } from '../../src/stage.js';
import { analyseArticle, STAGES } from '../../src/workflows/analyse.js';
import { articleRecords } from '../../src/workflows/extract.js';
import { analyseOnly, stagesFor } from '../helpers/analyse.js';

const stage = (name: string): Stage => STAGES.find((s) => s.name === name)!;
const names = (stages: readonly Stage[]) => stages.map((s) => s.name);
const facts = (a: Article) =>
  a.facts.map((f) => {
    const end = (e: (typeof f)['from']) => (e.label === 'Event' ? a.events[e.index]!.name : e.label === 'Target' ? a.targets[e.index]!.text : e.name);
    return `${f.type} ${end(f.from)} → ${end(f.to)}`;
  });

describe('the stage contract', () => {
  it('the built-in list passes the check: every requirement is assigned by an earlier stage', () => {
    expect(() => checkStages(STAGES)).not.toThrow();
    expect(names(STAGES)).toContain('persons');
  });

  it('refuses a list in which a stage comes before what it requires, naming both', () => {
    const roles = stage('roles');
    const early = [stage('sentences'), stage('persons'), roles, stage('event mentions'), stage('events')];
    expect(() => checkStages(early)).toThrow('pipeline: stage "roles" requires eventMentions, events, which no earlier stage assigns');
    // analyseArticle checks a list on first use, before any stage runs.
    const record: SourceRecord = { id: 't', path: 't.txt', title: null, date: null, source: null, url: null, body: '市委书记韦韬出席。' };
    expect(() => analyseArticle(record, early)).toThrow(/stage "roles" requires/);
  });

  it('refuses two stages of one name', () => {
    expect(() => checkStages([stage('sentences'), stage('sentences')])).toThrow('two stages are named "sentences"');
  });

  it('a stage needs only the stages that assign what it requires', () => {
    expect(names(stagesFor('persons'))).toEqual(['sentences', 'persons']);
    expect(names(stagesFor('positions'))).toEqual(['sentences', 'persons', 'organizations', 'positions']);
    expect(names(stagesFor('targets'))).toEqual(['sentences', 'targets']);
  });
});

/** Each recognizer and relator on its own: only the stages it declares it needs run before it. */
describe('each stage on its own', () => {
  it('sentences', () => {
    expect(analyseOnly('sentences', '会议召开。韦韬讲话！').sentences.map((s) => [s.start, s.end])).toEqual([
      [0, 5],
      [5, 10],
    ]);
  });

  it('persons', () => {
    const a = analyseOnly('persons', '市委副书记、市长张新伟主持。');
    expect(a.persons.map((p) => [p.name, p.titles])).toEqual([['张新伟', ['市委副书记', '市长']]]);
  });

  it('locations', () => {
    expect(analyseOnly('locations', '韦韬在清徐县调研。').locations.map((l) => l.canonical ?? l.name)).toEqual(['清徐县']);
  });

  it('organizations', () => {
    expect(analyseOnly('organizations', '市水务局负责同志作交流发言。').organizations.map((o) => o.name)).toEqual(['市水务局']);
  });

  it('event mentions', () => {
    const a = analyseOnly('event mentions', '6月29日,全市河湖长制林长制工作会议召开。');
    expect(a.eventMentions.map((m) => [m.name, m.kind, m.reported])).toEqual([['全市河湖长制林长制工作会议', 'meeting', true]]);
    expect(a.events).toEqual([]);
  });

  it('policies', () => {
    expect(analyseOnly('policies', '全面推行河湖长制。').policies.map((p) => [p.name, p.kind])).toEqual([['河湖长制', 'programme']]);
  });

  it('places inside names: a place that is only a word of an event name is dropped', () => {
    const body = '2022年太原能源低碳发展论坛开幕。';
    expect(analyseOnly('locations', body).locations.map((l) => l.name)).toEqual(['太原']);
    expect(analyseOnly('places inside names', body).locations).toEqual([]);
  });

  it('targets', () => {
    const a = analyseOnly('targets', '年内完成国土绿化10万亩以上。');
    expect(a.targets.map((t) => [t.value, t.unit, t.deadline])).toEqual([[10, '万亩', '年内']]);
  });

  it('events: mentions of one meeting become one event, dated from the article', () => {
    const a = analyseOnly('events', '6月29日,全市安全生产工作会议召开。会议强调，要压实责任。', '2023-06-30');
    expect(a.events.map((e) => [e.name, e.date, e.mentions.length])).toEqual([['全市安全生产工作会议', '2023-06-29', 2]]);
  });

  it('roles', () => {
    const a = analyseOnly('roles', '全市工作会议召开。市委书记韦韬出席并讲话。');
    expect(facts(a)).toEqual(['ATTENDED 韦韬 → 全市工作会议', 'SPOKE_AT 韦韬 → 全市工作会议']);
  });

  it('mandates', () => {
    const a = analyseOnly('mandates', '全市安全生产工作会议召开。会议要求，全面推行河湖长制。');
    expect(facts(a)).toEqual(['MANDATES 全市安全生产工作会议 → 河湖长制']);
  });

  it('venues', () => {
    expect(facts(analyseOnly('venues', '全国宣传部长会议18日在京召开。'))).toEqual(['HELD_IN 全国宣传部长会议 → 北京市']);
  });

  it('positions', () => {
    const a = analyseOnly('positions', '市委召开全市工作会议。市委书记盛阅春强调，要抓好落实。', '2021-12-06');
    expect(facts(a)).toEqual(['HOLDS_POSITION 盛阅春 → 市委']);
    expect(a.facts[0]!.properties).toEqual({ title: '市委书记', date: '2021-12-06' });
  });
});

describe('what a stage declares is what it reads', () => {
  // An annotation assigned twice (locations: found, then pruned) is compared after the last stage that assigns it.
  const lastAssigner = new Map(STAGES.flatMap((s) => s.assigns.map((a) => [a, s.name] as const)));
  it('on the sample page, each stage on its own assigns what it assigns in the whole pipeline', async () => {
    const records: SourceRecord[] = [];
    for await (const r of articleRecords([resolve(__dirname, '../../data/sample')], [], {})) records.push(r);
    expect(records.length).toBe(2);
    for (const record of records) {
      const whole = analyseArticle(record);
      const factsAlone: Article['facts'] = [];
      for (const s of STAGES) {
        const alone = analyseArticle(record, stagesFor(s.name));
        for (const annotation of s.assigns) {
          if (annotation === 'facts') factsAlone.push(...alone.facts);
          else if (lastAssigner.get(annotation) === s.name) expect(alone[annotation], `${s.name}: ${annotation}`).toEqual(whole[annotation]);
        }
      }
      expect(factsAlone).toEqual(expect.arrayContaining(whole.facts));
      expect(factsAlone.length).toBe(whole.facts.length);
    }
  });
});
