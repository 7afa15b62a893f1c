/**
 * Person → Event roles from the verbs that follow a person or a list of
 * persons in the same clause:
 *
 *   …市总林长韦韬出席并讲话          → ATTENDED, SPOKE_AT
 *   市领导杨继承、卢秋生…出席         → ATTENDED for each
 *   会议由市委副书记陈澄主持          → PRESIDED
 *   张新伟在主持会议时指出            → PRESIDED, SPOKE_AT
 *   在林武和蓝佛安陪同下              → ATTENDED for the companions
 *   韦韬强调，… (paragraph opening)   → SPOKE_AT
 *
 * The event is the one named in the clause (出席X, 在X上), else the event
 * the article is reporting at that point.
 */
import type { Article, PersonMention, Span } from '../document.js';
import type { Stage } from '../stage.js';
import { lexicons } from '../lexicons/index.js';
import { alternation, inOrder } from '../lexicons/patterns.js';
import { evidenceWithin, firstStartingAt, indexContaining, lastEndingBy, sentenceSpan } from '../spans.js';
import { resolvedMentions, resolvedVisits } from './where.js';

type Role = 'PRESIDED' | 'SPOKE_AT' | 'ATTENDED';

/** Text allowed between two persons of one group: separators and the second one's titles. */
const GROUP_GAP = /^[、和及与以及,，\s]*(?:[^，。；：、\n在到赴陪]{0,30})?$/;
/** Text allowed between a group and its verb. */
const VERB_GAP_MAX = 40;
/** 会前，/ 会后，: what follows happened outside the meeting. */
const OUTSIDE_THE_MEETING = /^(?:会前|会后|会议前|会议后|会议结束后)[，,]/;
/** X先生的…, X的…: the person owns what follows, in a noun phrase. */
const OWNER_OF = /^(?:先生|女士|同志|同学|老师|教授|院士)?的/;
/** 张小容、邹政分别就审核评估、教学竞赛…等工作要点进行了说明: a topic phrase may hold the verb further off. */
const TOPIC_FIRST = /^(?:分别|先后|还|也)?(?:就|围绕|结合|针对)/;
/** …and across commas, for the subject of a sentence that attends or presides further on. */
const SUBJECT_GAP_MAX = 70;

let relator: RoleRelator | undefined;
export const roleStage: Stage = {
  name: 'roles',
  requires: ['furniture', 'sentences', 'persons', 'eventMentions', 'events'],
  assigns: ['facts'],
  run: (article) => (relator ??= new RoleRelator()).relate(article),
};

export class RoleRelator {
  private readonly lex = lexicons();
  private readonly verbPattern: RegExp;
  /** verbPattern without the global flag, for a plain test. */
  private readonly anyVerb: RegExp;
  private readonly roleOf = new Map<string, Role>();
  private readonly visitVerb: RegExp;
  /** 讲话精神, 讲话视频: a speech referred to, not given here. */
  private readonly referenceAfter: RegExp;
  /** 作 opens a speech when a report noun closes it: 作…的报告. */
  private readonly speechAfterZuo: RegExp;
  private readonly reportVerbs: Set<string>;
  private readonly visitVerbs: Set<string>;
  /** 督查情况汇报, 调研报告, 纪律检查委员会: what after a visit verb makes it a noun. */
  private readonly visitNounHead: RegExp;
  private readonly instructionBefore: RegExp;
  private readonly listenVerb: RegExp;
  /** 工作, 合作: the character before 作 that makes it part of a word. */
  private readonly zuoInWord: Set<string>;

  constructor() {
    const { roles } = this.lex;
    for (const role of ['PRESIDED', 'SPOKE_AT', 'ATTENDED'] as const) for (const w of roles[role]) if (!this.roleOf.has(w)) this.roleOf.set(w, role);
    // 沈春耀作的关于…的报告 / 周建平应邀作题为…的学习讲座: 作 opens a speech when a report noun closes it.
    this.roleOf.set('作', 'SPOKE_AT');
    this.verbPattern = new RegExp(alternation(this.roleOf.keys()), 'g');
    this.anyVerb = new RegExp(this.verbPattern.source);
    this.visitVerb = new RegExp(`^(?:${inOrder(roles.visitVerbs)})`);
    this.referenceAfter = new RegExp(`(?:${inOrder(roles.referenceAfter)})`);
    this.speechAfterZuo = new RegExp(`^(?:了|的)?[^，。；]{0,50}?(?:${inOrder(roles.speechNouns)})`);
    this.reportVerbs = new Set(roles.reportVerbs);
    this.visitVerbs = new Set(roles.visitVerbs);
    this.visitNounHead = new RegExp(`^(?:${inOrder(roles.visitNounHeads)})`);
    this.instructionBefore = new RegExp(`(?:${inOrder(roles.instructionBefore)})$`);
    this.listenVerb = new RegExp(inOrder(roles.listenVerbs));
    this.zuoInWord = new Set(roles.wordsEndingInZuo.map((w) => w.slice(0, -1)));
  }

  relate(article: Article): void {
    const { text } = article;
    if (!article.events.length) return;
    const persons = article.persons.filter((p) => !inFurniture(article, p.start));
    const seen = new Set<string>();
    const emit = (type: Role, person: PersonMention, event: number, sentence: Span, bareVerb = false) => {
      const key = `${type}|${person.name}|${event}`;
      if (seen.has(key)) return;
      seen.add(key);
      article.facts.push({
        type,
        from: { label: 'Person', name: person.name },
        to: { label: 'Event', index: event },
        evidence: evidenceWithin(sentence, person.start),
      });
      // 到X考察，主持召开座谈会。他强调… / A、B参加。: the leader's words and a bare attendance at a
      // meeting held during a visit are the visit's too.
      const visit = visitHolding(article, event);
      if (visit === undefined) return;
      if ((type === 'SPOKE_AT' && seen.has(`ATTENDED|${person.name}|${visit}`)) || (type === 'ATTENDED' && bareVerb)) emit(type, person, visit, sentence);
    };

    let lastSubject: PersonMention | undefined;
    let next = 0; // first person not yet behind the current sentence
    for (const sentence of article.sentences) {
      while (next < persons.length && persons[next]!.start < sentence.start) next++;
      let stop = next;
      while (stop < persons.length && persons[stop]!.end <= sentence.end) stop++;
      const inSentence = persons.slice(next, stop);
      const slice = text.slice(sentence.start, sentence.end);
      if (!inSentence.length && !/[他她]/.test(slice)) continue;
      // 金一鸣在听取汇报后，对…表示肯定。他强调…: 他 is whoever the last sentence opened with, speaking or not.
      const opener = this.sentenceSubject(text, sentence, inSentence);
      if (opener) lastSubject = opener;
      for (const m of slice.matchAll(this.verbPattern)) {
        const verbStart = sentence.start + m.index!;
        const verb = m[0];
        const role = this.roleOf.get(verb)!;
        // 作出重要指示 makes a decision or an instruction, not a speech.
        if (verb === '作' && (this.zuoInWord.has(text[verbStart - 1]!) || text[verbStart + 1] === '出' || !this.speechAfterZuo.test(text.slice(verbStart + 1, verbStart + 60)))) continue;
        // 听取综合督查情况汇报: the visit verb heads a noun, nobody visits here.
        if (this.visitVerbs.has(verb) && this.visitNounHead.test(text.slice(verbStart + verb.length, verbStart + verb.length + 4))) continue;
        // 按照李强总理等中央领导同志批示要求: a written instruction referred to, not words spoken here.
        if (role === 'SPOKE_AT' && this.instructionBefore.test(text.slice(Math.max(0, verbStart - 2), verbStart))) continue;
        // 他强调 / 他要求: the pronoun speaks for the last person the article made a subject.
        if (role === 'SPOKE_AT' && /[他她]$/.test(text.slice(verbStart - 1, verbStart)) && lastSubject) {
          const event = this.eventFor(article, verbStart, verb);
          if (event !== undefined) emit('SPOKE_AT', lastSubject, event, sentence);
          continue;
        }
        const group = this.listAfterVerb(text, inSentence, verbStart + verb.length, role) ?? this.subjectGroup(text, inSentence, sentence, verbStart, role);
        if (!group.length) continue;
        if (this.reportVerbs.has(verb) && !this.givesReport(text, group[group.length - 1]!, verbStart)) continue;
        const event = this.eventFor(article, verbStart, verb);
        if (event === undefined) continue;
        const accompanied = /陪同/.test(verb) || role === 'ATTENDED';
        // 他/她 later refer to the sentence's subject, not to its companions.
        lastSubject = inSentence[0] ?? lastSubject;
        // 习近平总书记在广东考察时的重要讲话精神, 讲话视频: a speech referred to, not given here.
        if (this.referenceAfter.test(text.slice(verbStart, verbStart + 40).split(/[，。；]/)[0]!)) continue;
        if (/陪同/.test(verb)) for (const p of this.accompaniedBy(text, inSentence, group[0]!, verbStart + verb.length)) emit('ATTENDED', p, event, sentence);
        for (const p of group) {
          if (/^同志为核心/.test(text.slice(p.end, p.end + 5))) continue;
          // 习近平总书记指出 inside a speech quotes him; he is not speaking at this event.
          if (role === 'SPOKE_AT' && isQuotedLeader(p)) continue;
          emit(role, p, event, sentence, BARE_VERB_END.test(text.slice(verbStart + verb.length, verbStart + verb.length + 1)));
          // 在…主持会议时指出: presiding and speaking in one clause.
          if (role === 'PRESIDED' && /并(?:讲话|致辞|作[^，。]{0,6}讲话)/.test(text.slice(verbStart, verbStart + 16))) emit('SPOKE_AT', p, event, sentence);
          if (accompanied && /^[^，。；]{0,12}?并(?:讲话|致辞|发言|作[^，。；]{0,40}?(?:讲话|报告|发言))/.test(text.slice(verbStart, verbStart + 60))) emit('SPOKE_AT', p, event, sentence);
        }
      }
    }
  }

  /**
   * 出席座谈会的还有A、B、C / 参加会议的有A、B / 陪同调研的有A: the verb comes first and the list after
   * 的(…)还有/有; undefined when the verb is not written this way.
   */
  private listAfterVerb(text: string, persons: PersonMention[], verbEnd: number, role: Role): PersonMention[] | undefined {
    if (role !== 'ATTENDED') return undefined;
    const frame = LIST_AFTER_VERB.exec(text.slice(verbEnd, verbEnd + 40));
    if (!frame) return undefined;
    const listStart = verbEnd + frame[0].length;
    let first = persons.findIndex((p) => p.start >= listStart);
    if (first < 0 || !TITLE_PREFIX.test(text.slice(listStart, persons[first]!.start).replace(persons[first]!.titles.join('、'), ''))) return [];
    let last = first;
    while (last + 1 < persons.length && this.joinsList(text, persons[last]!, persons[last + 1]!)) last++;
    return persons.slice(first, last + 1);
  }

  /** Two neighbours of one list: 、/和/及 with the second one's titles, or a comma list of titled items. */
  private joinsList(text: string, p: PersonMention, next: PersonMention): boolean {
    const between = afterHonorific(text.slice(p.end, next.start));
    return (GROUP_GAP.test(between) && /^[、和及与]/.test(between)) || isTitledListItem(between, next);
  }

  /** 李克强在陈敏尔和唐良智陪同下，在重庆考察: the one accompanied, named before the 在 that opens 在…陪同下. */
  private accompaniedBy(text: string, persons: PersonMention[], firstCompanion: PersonMention, verbEnd: number): PersonMention[] {
    if (text[verbEnd] !== '下') return [];
    const before = persons.filter((p) => p.end <= firstCompanion.start);
    const principal = before[before.length - 1];
    if (!principal || !/^(?:同志)?(?:一行)?[，,]?在[^，。；在]{0,40}$/.test(text.slice(principal.end, firstCompanion.start).replace(firstCompanion.titles.join('、'), ''))) return [];
    return this.listEndingAt(text, persons, persons.indexOf(principal));
  }

  /**
   * The person a sentence opens with as its subject: only a time or place phrase (5月16日上午，/ 随后，/
   * 在听取汇报后，) and the person's titles stand before the name. 习近平总书记 quoted in a speech is no subject.
   */
  private sentenceSubject(text: string, sentence: Span, persons: PersonMention[]): PersonMention | undefined {
    const first = persons[0];
    if (!first || isQuotedLeader(first)) return undefined;
    const before = text.slice(sentence.start, first.start);
    const titles = first.titles.join('、');
    return SUBJECT_OPENING.test(before.endsWith(titles) ? before.slice(0, before.length - titles.length) : before) ? first : undefined;
  }

  /** The persons a verb is said of: the nearest person before it in the clause, plus the list it ends. */
  private subjectGroup(text: string, persons: PersonMention[], sentence: Span, verbStart: number, role: Role): PersonMention[] {
    const lastIndex = lastEndingBy(persons, verbStart);
    const last = persons[lastIndex];
    if (!last) return [];
    const gap = text.slice(last.end, verbStart);
    if (gap.length > SUBJECT_GAP_MAX || /[。；！？\n]/.test(gap)) return [];
    // 对鲁家贤先生和其子高央先生的助学义举表示敬意: a person before 的 is part of what is spoken of.
    if (role === 'SPOKE_AT' && OWNER_OF.test(gap)) return [];
    // 肖捷作的关于检查…的报告: a visit verb behind 的 sits inside a noun phrase.
    if (role === 'ATTENDED' && /的/.test(gap) && this.visitVerb.test(text.slice(verbStart, verbStart + 2))) return [];
    if (/[，,：:]/.test(gap) && !/^[，,]?(?:并|随后|还|也|同时)/.test(gap) && gap.length > 2 && !(role === 'ATTENDED' && LIST_TAIL.test(gap))) {
      // 习近平、李强…韩正等集体乘车，来到…，同首都群众一起参加义务植树: the subject of the
      // sentence goes on attending across commas; speech verbs after a comma are someone's quote.
      const opening = text.slice(sentence.start, persons[0]!.start);
      const attendsLater = role !== 'SPOKE_AT' && !/[“”"]/.test(gap) && !/由/.test(opening) && !MADE_BY.test(gap) && this.isSentenceSubjectGroup(text, persons, lastIndex);
      const spokeAfterHearing = role === 'SPOKE_AT' && lastIndex === 0 && hasHeardFirst(opening, gap);
      if (!attendsLater && !spokeAfterHearing && !APPOSITION_THEN_TOPIC.test(gap) && !TOPIC_THEN_VERB.test(gap) && !this.isOwnClauseContinuation(gap)) return [];
    } else if (gap.length > (TOPIC_FIRST.test(gap) ? SUBJECT_GAP_MAX : VERB_GAP_MAX)) return [];
    return this.listEndingAt(text, persons, lastIndex);
  }

  /** The list that ends with persons[lastIndex]: 市领导A、B、C / 县委书记A，县长B. */
  private listEndingAt(text: string, persons: PersonMention[], lastIndex: number): PersonMention[] {
    let first = lastIndex;
    while (first > 0) {
      const p = persons[first - 1]!;
      const next = persons[first]!;
      const between = afterHonorific(text.slice(p.end, next.start));
      const listed = GROUP_GAP.test(between) && /^[、和及与]/.test(between);
      if (!listed && !isTitledListItem(between, next)) break;
      first--;
    }
    return persons.slice(first, lastIndex + 1);
  }

  /** The list ending at lastIndex is the one that opens the sentence. */
  private isSentenceSubjectGroup(text: string, persons: PersonMention[], lastIndex: number): boolean {
    const group = this.listEndingAt(text, persons, lastIndex);
    return group[0] === persons[0];
  }

  /** "韦韬出席并讲话,强调要…": the verb after a comma still belongs to the subject when the clause has no new subject. */
  private isOwnClauseContinuation(gap: string): boolean {
    const clauses = gap.split(/[，,]/);
    const doneAtEvent = this.anyVerb.test(clauses[0]!);
    return doneAtEvent && clauses.length <= 2 && clauses[clauses.length - 1]!.length <= 2;
  }

  /**
   * 王琛汇报了开学工作 / 听取了朱雯关于…的汇报: the person reports; 彭佳学听取了…汇报 / 向总书记汇报 /
   * 汇报会: the person listens, is reported to, or the word names a meeting.
   */
  private givesReport(text: string, person: PersonMention, verbStart: number): boolean {
    if (/^会/.test(text.slice(verbStart + 2, verbStart + 3))) return false;
    if (/向$/.test(text.slice(person.start - 1, person.start))) return false;
    return !this.listenVerb.test(text.slice(person.end, verbStart));
  }

  /** The event a verb at `pos` refers to: one named right after it, or the event being reported there. */
  private eventFor(article: Article, pos: number, verb: string): number | undefined {
    const { text } = article;
    const mentions = resolvedMentions(article);
    const verbEnd = pos + verb.length;
    // 主持中国－中亚峰会前夕: the verb's object is an event the article only refers to; a speech's
    // object is what it was about (传达了省委全会精神), so a speech stays at the event reported here.
    const object = article.eventMentions[firstStartingAt(article.eventMentions, verbEnd)];
    if (object && object.start - verbEnd <= 2 && object.event === undefined && this.roleOf.get(verb) !== 'SPOKE_AT') return undefined;
    // 作了题为《…》的讲座: a speech whose noun is an event's own (讲座, 报告会) is given at that event.
    const given = verb === '作' ? this.speechAfterZuo.exec(text.slice(verbEnd, verbEnd + 60)) : null;
    if (given) {
      const speech = lastEndingBy(mentions, verbEnd + given[0].length);
      if (speech >= 0 && mentions[speech]!.end === verbEnd + given[0].length && mentions[speech]!.start >= verbEnd) return mentions[speech]!.event;
    }
    // 李克强到人民银行考察 / 丁薛祥在河北涿州调研: the verb closes the event's own name.
    const covering = lastEndingBy(mentions, verbEnd);
    if (covering >= 0 && mentions[covering]!.start < pos && mentions[covering]!.end === verbEnd) return mentions[covering]!.event;
    // 由赵浪平主讲的“青春·奋斗”团课宣讲会: the verb is the head of the event's own name.
    const inside = indexContaining(mentions, pos);
    if (inside >= 0) return mentions[inside]!.event;
    // 出席X / 主持会议 (the verb may include the noun) / 陪同下，先后考察…: the event named just after the verb.
    const window = /陪同/.test(verb) ? 40 : 12;
    const after = mentions[firstStartingAt(mentions, pos)];
    if (after && after.start - verbEnd <= window) {
      const between = text.slice(pos, after.start);
      if (!/[。；]/.test(between) && (window > 12 || !/[，]/.test(between))) return after.event;
    }
    // 李希还来到山西博物院，参观…: a visit verb goes on with the visit, not with a 座谈会 named in between;
    // 会前，马卫光还参观了校园: before or after the meeting, with no visit reported, it is not the meeting.
    if (this.visitVerbs.has(verb)) {
      const visits = resolvedVisits(article);
      const v = lastEndingBy(visits, pos);
      if (v >= 0) return visits[v]!.event;
      if (OUTSIDE_THE_MEETING.test(text.slice(sentenceSpan(article, pos).start, pos))) return undefined;
    }
    // Else the event named earlier in the clause, earlier in the article, or the first one; but
    // 省委书记赵一德汇报，省长赵刚等参加汇报会: one named right after, across a comma, when none is named before in the sentence.
    const i = lastEndingBy(mentions, pos);
    const sentenceStart = sentenceSpan(article, pos).start;
    if (after && after.start - verbEnd <= window && !/[。；]/.test(text.slice(pos, after.start)) && (i < 0 || mentions[i]!.end <= sentenceStart)) return after.event;
    if (i >= 0) return mentions[i]!.event;
    return mentions[0]?.event;
  }

}

/** 刘鹤、何立峰参加。: a verb with no object, whatever the sentence reports. */
const BARE_VERB_END = /^(?:[。；;]|$)/;

/**
 * The visit during which a meeting was held: one reported before the meeting in the sentence that
 * reports it (到人民银行考察，主持召开座谈会 / 在涿州调研，并主持召开座谈会); undefined for any other event.
 */
function visitHolding(article: Article, event: number): number | undefined {
  let perEvent = holdingCache.get(article);
  if (!perEvent) holdingCache.set(article, (perEvent = new Map()));
  if (perEvent.has(event)) return perEvent.get(event);
  let visit: number | undefined;
  const meeting = article.events[event];
  const first = meeting?.kind === 'meeting' ? meeting.mentions.find((m) => m.reported) : undefined;
  if (first) {
    const sentence = sentenceSpan(article, first.start);
    const before = resolvedVisits(article).filter((v) => v.start >= sentence.start && v.end <= first.start && v.event !== event);
    visit = before[before.length - 1]?.event;
  }
  perEvent.set(event, visit);
  return visit;
}
const holdingCache = new WeakMap<Article, Map<number, number | undefined>>();

/** 出席座谈会的党外人士还有 / 参加会议的有 / 陪同调研的有: after the verb, what opens a list of who did it. */
const LIST_AFTER_VERB = /^[^，。；、]{0,20}?的(?:[^，。；、的]{0,10}?)?还?有[：:]?/;

/**
 * A、B等7位委员，围绕…作了发言 / A、B作为委员代表，在主会场和分会场作了发言: the group's apposition, a
 * comma, then a clause with no subject of its own that leads to the verb.
 */
const APPOSITION_THEN_TOPIC = /^(?:等[^，,。；“”"]{0,12}|作为[^，,。；“”"]{1,16})[，,](?:分别|先后|还|也)?(?:就|围绕|结合|针对|在|从)[^，,。；：“”"]{0,70}$/;

/** X同志以“…”为主题，首先作了交流发言: the topic the person chose, a comma, then a short clause that leads to the verb. */
const TOPIC_THEN_VERB = /^(?:同志|同学|老师|教授)?以(?:“[^”\n]{1,60}”|[^，,。；：]{1,40}?)为(?:主题|题|切入点)[，,][^，,。；：“”"]{0,10}$/;

/** 会议听取了X作的说明，…到会: X only made what the sentence is about, so X is no subject going on across commas. */
const MADE_BY = /^(?:同志)?所?[作做]的/;

/** A list that closes on people named by what they are: A、B，以及中国、东盟等国家工商界代表等约1200人(出席). */
const LIST_TAIL = /^等?[，,](?:以及|及)[^，,。；：“”"]{1,40}$/;

/**
 * What may open a sentence before its subject's titles: a time, a connective or 在…后/时/上, then a comma,
 * and a body's place (我校, 绍兴市); not a preposition, which makes the name its object (在村民蔡文明家中).
 */
const SUBJECT_OPENING = /^(?:[^，,。；：“”"]{0,16}[，,])?[^，,。；：“”"\d在向对和与同把被让给从于据经由]{0,3}$/;

/** A group of people named by what they are, inside a list of names: 市直机关单位主要负责人, 各处室负责人. */
const COLLECTIVE_ITEM = /^[^，,。；：\d“”"]{2,24}?(?:负责人|负责同志|代表|领导|同志|干部|人员|嘉宾|成员)(?:等)?[，,、]/;
/** What may stand before a name's own titles in a comma-separated list: the body's place (黄石市委副书记 → 市委副书记). */
const TITLE_PREFIX = /^[^，,、。；：\d“”"的在到赴陪]{0,8}$/;

/**
 * 县委书记杨跃民，县委副书记、县长谢喜来，…参加 / 万鼎等，市直机关单位负责人，董事长魏华山等参加:
 * a comma-separated list whose items are title chains and names, with groups named by what they are between them.
 */
function isTitledListItem(between: string, next: PersonMention): boolean {
  let rest = between.replace(/^等?[，,、]/, '');
  if (rest === between) return false;
  const titles = next.titles.join('、');
  const endsInTitles = (item: string) => item.endsWith(titles) && TITLE_PREFIX.test(item.slice(0, item.length - titles.length)) && (titles.length > 0 || item === '');
  // 院党组成员、政治部主任C: a title chain may open with what a collective item ends in (成员, 代表).
  if (endsInTitles(rest)) return true;
  for (let m = COLLECTIVE_ITEM.exec(rest); m; m = COLLECTIVE_ITEM.exec(rest)) rest = rest.slice(m[0].length);
  return endsInTitles(rest);
}

/**
 * 姚国海在听取汇报后，对…予以肯定，对…表示可行 / 在听取汇报后，周苏红对…表示满意: after hearing a report the
 * sentence's subject answers it, so a speech verb across the commas is theirs, not a quote's.
 */
function hasHeardFirst(opening: string, gap: string): boolean {
  const heard = HEARD_FIRST.exec(gap);
  const rest = heard ? gap.slice(heard[0].length) : HEARD_FIRST.test(opening) ? gap : undefined;
  return rest !== undefined && !/[“”"：:]/.test(rest) && rest.split(/[，,]/).length <= 3;
}
const HEARD_FIRST = /^[^，,。；]{0,4}?在(?:认真)?听取[^，,。；]{0,40}?(?:后|之后|以后)[，,]/;

/** 阮可颖同学，谌驰同学分别…: a word of address after a name does not break the list it is in. */
function afterHonorific(between: string): string {
  return between.replace(HONORIFIC_AFTER_NAME, '');
}
const HONORIFIC_AFTER_NAME = /^(?:同学|老师|同志|先生|女士|教授)(?=[、，,和及与])/;

/** 习近平总书记指出 inside a speech: the leader quoted by title, not a speaker at this event. */
function isQuotedLeader(p: PersonMention): boolean {
  return p.titles.length === 1 && p.titles[0] === '总书记' && p.via === 'title';
}

function inFurniture(article: Article, pos: number): boolean {
  return article.furniture.some((f) => pos >= f.start && pos < f.end);
}

