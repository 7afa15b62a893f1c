/**
 * Person recognition from how the genre prints people, not from a name list:
 *
 *   title chains      省委常委、市委书记、市总河湖长韦韬出席        → 韦韬 [省委常委, 市委书记, 市总河湖长]
 *   a title over a list 全国政协副主席沈跃跃、王勇、邵鸿作了交流发言  → each gets 全国政协副主席
 *   title after name  彭佳学书记调研 / 于学军副主任出席              → 彭佳学 [书记]
 *   collective lists  市领导杨继承、卢秋生、裴耀军出席               → three persons, no titles
 *   role patterns     张新伟主持 / 由陈澄主持 / 韦韬在…上强调         → bare names before role verbs
 *   credits           本报讯(记者 殷雪莺 胡引平) / …会场。梁琛 摄
 *   known names       later bare mentions of any name found above
 *
 * A candidate name must start with a surname, end before a word that can
 * follow a name, and agree with jieba's word boundaries. Right after a title,
 * a name that ends where the genre ends one (a clause break, a role verb) may
 * also have no listed surname or read as a rare word (岩温, 扎西多吉, 方明).
 */
import type { Article, PersonMention, Token } from '../document.js';
import type { Stage } from '../stage.js';
import { ArticleContext, CLAUSE_BREAK, isHan } from './context.js';
import { gazetteer } from '../lexicons/gazetteer.js';
import { lexicons } from '../lexicons/index.js';
import { readLexicon } from '../lexicons/load.js';
import { alternation, inOrder, longestPrefixAt } from '../lexicons/patterns.js';
import { PersonsLexicon } from '../lexicons/schemas.js';
import { countOf, tagOf } from '../segment/dictionary.js';

const personWords = readLexicon('persons.json', PersonsLexicon);
/** Last characters of organization and place words, never of a personal name. */
const NOT_NAME_END = new Set([...personWords.notNameEnd]);
/** Single characters that follow a name as function words: 韦韬在…, 林武和…. */
const FUNCTION_FOLLOWERS = new Set([...personWords.functionFollowers]);
/** Tags of words that may be part of an organization prefix in a title. */
const TITLE_PREFIX_TAGS = /^(n|nt|ns|nz|j|b|x|m|a|f|s|l|vn|ng|an)$/;
const ORG_SUFFIX = new RegExp(`(${inOrder(personWords.orgSuffixes)})$`);
const titleWords = lexicons().titles;
/** One-character bodies and places that open a title prefix (县|人大常委会副主任, 校|党委书记). */
const PREFIX_CHARACTERS = new Set([...titleWords.prefixCharacters]);
/** Words jieba tags outside the prefix tags that still open a title (青年|联合会委员, 我校|党委书记). */
const PREFIX_WORDS = new Set(titleWords.prefixWords);
/** Last characters of a unit that jieba fuses with the head (业务|处处长, 巡视|组组长). */
const UNIT_CHARACTERS = new Set([...titleWords.unitCharacters]);
/** 林业和草原局党组: an organization ending somewhere after a conjunction. */
const ORG_SUFFIX_INSIDE = new RegExp(`(?:${inOrder(personWords.orgSuffixes)})`);
/** Dates, counts and 时任 that open no title: 2012年|时任|国家副主席, 另一位|航天员. */
const LEADING_DATE_OR_COUNT = /^(?:[0-9０-９]+[年月日]|另?[一二两三四五六七八九十几]+[名位]|时任)/;
/** Prepositions jieba fuses with a body's first character (由校). */
const FUNCTION_WORD_CHARACTERS = new Set([...'由在向对与和同被把为从经']);
/** Characters of NOT_NAME_END that still end a three-character name (范付中). */
const GIVEN_NAME_ENDS = new Set([...personWords.givenNameEnds]);
/** Function words that follow a name and never end one when jieba reads them on their own (陈希|在, 路|就, 党|的). */
const PARTICLE_NAME_ENDS = new Set([...personWords.functionFollowers, '了'].filter((ch) => !personWords.conjunctionNameEnds.includes(ch)));
/** 魏凤和出席 / 林小同等: 和, 同 end a name when a verb or 等 follows. */
const CONJUNCTION_NAME_ENDS = new Set([...personWords.conjunctionNameEnds]);
/** Collective nouns jieba tags as names (师生代表). */
const NOT_NAMES = new Set(personWords.notNames);
const NAMES_AFTER_TITLE_VETO = new Set(personWords.namesAfterTitleVeto);
const HONORIFIC = new RegExp(alternation(personWords.honorifics), 'g');
const ROLE_NOUN = new RegExp(alternation(personWords.roleNouns), 'g');
const HOME_WORDS = new Set(personWords.homeWords);
/** 等人, 等43位: the end of a list of people. */
const PEOPLE_LIST_END = /等(?=人(?![员民才口])|[0-9０-９一二三四五六七八九十两百]+[位名])/g;
/** Single characters that end the words before a country (同越南总理, 和泰国总理). */
const COUNTRY_STOPS = new Set([...'、和及与同向对在']);
/** A congress's personnel decision names the person right after its verb: 撤销|钱某某第十三届全国政协委员资格. */
const PERSONNEL_DECISION = new RegExp(alternation(personWords.personnelDecisions), 'g');
const PERSONNEL_OBJECT = new RegExp(alternation(personWords.personnelObjects));
/** After two bare names that open a clause: a verb of attending, right away, after 等, or after 及 and a group. */
const PAIR_ATTENDS = /^(?:等|(?:以及|及|和)[^，,。；、]{2,30}?)?(?:参加|出席|陪同|列席)/;
/** 何立峰及…负责同志陪同: a conjunction between a leading name and the group that attends with them. */
const COMPANY_JOIN = /以及|及|和|与/g;
/** How far after the conjunction the clause may name what the leader and the group did. */
const MAX_COMPANY_LENGTH = 30;
/** The longest unit opening a clause before a bare name (学校团委|金笛). */
const MAX_UNIT_LENGTH = 8;
/** Words that appoint the names after them to the post after 为. */
const APPOINTMENT = /任命|提名|选举|推选|增补/g;
/** The longest list item (a unit and a name) read before 等人. */
const MAX_ITEM_LENGTH = 40;
/** Separators between the items of a list of names. */
const LIST_JOINS = new Set(['、', '和', '及']);
/** Tags of a single character that is a function word, not a surname, at the start of a candidate (向王老师, 从市教育局). */
const FUNCTION_WORD_TAGS = /^(p|c|u|uj|ul|uz|ud|ug|r|d)$/;
const NAME_TAG = /^(nr|nrfg|nrt|x)$/;
/** Tags of a unit's last word before a bare name (团委/n, 安理会/nt, 政协/j). */
const UNIT_NOUN_TAG = /^(n|nt|nz|j)$/;

/** Characters that end a name printed right after a title: a clause break, or 、 before the next item. */
const NAME_BREAKS_AFTER_TITLE = new Set([...'，,。；;、']);
/** The longest word that ends a name after a title (主持并作总结讲话 and shorter). */
const MAX_NAME_END_LENGTH = 8;
/** Tags of words no name is made of: verbs, adverbs, times, directions, numbers, measures, pronouns, function words, adjectives, idioms. */
const NOT_NAME_TAGS = /^(v|vn|vd|vg|d|dg|t|tg|f|m|mq|q|r|p|c|u|uj|ul|uz|ud|ug|a|ad|an|ag|l|i|z|e|y|o)$/;

/** Tags of a character that opens no name jieba does not know: a verb, pronoun or function word (获邀, 此访, 要学). */
const NOT_NAME_OPENING_TAGS = /^(v|r|zg|p|d|c|u)/;
/** Tags of words jieba reads as a name or a place: pieces of a longer name (扎西/ns|多吉/nrt). */
const NAME_PIECE_TAG = /^(nr|nrfg|nrt|ns)$/;

/** jieba's dictionary knows the span as a personal name (习近平/nrfg). */
function isDictionaryName(ctx: ArticleContext, start: number, end: number): boolean {
  const t = ctx.words.tokenStartingAt(start);
  return !!t && t.end === end && /^nr/.test(t.tag);
}

/** Characters that never occur inside a transliterated name and start the next word. */
const FOREIGN_NAME_STOPS = new Set([...personWords.foreignNameStops]);
const FOREIGN_NAME_STOP_WORDS = new RegExp(`^(?:${inOrder(personWords.foreignNameStopWords)})`);

/**
 * 航天员朱杨|柱身着: jieba joined a name's last character to the next word, so
 * the mention was cut short; where the text goes on into a longer name found
 * elsewhere in the article (朱杨柱), the mention is that name.
 */
export function extendToLongerNames(found: PersonMention[], text: string, taken: Uint8Array): void {
  const names = new Set(found.map((m) => m.name));
  // Each name's longer names, from its prefixes: comparing every mention with every name was quadratic on long lists.
  const longerNames = new Map<string, string[]>();
  for (const n of names) {
    for (let len = 2; len < n.length; len++) {
      const prefix = n.slice(0, len);
      if (names.has(prefix)) longerNames.set(prefix, [...(longerNames.get(prefix) ?? []), n]);
    }
  }
  if (!longerNames.size) return;
  for (const m of found) {
    const longer = longerNames.get(m.name)?.find((n) => text.startsWith(n, m.start));
    if (!longer || taken.subarray(m.end, m.start + longer.length).some((x) => x === 1)) continue;
    taken.fill(1, m.end, m.start + longer.length);
    m.name = longer;
    m.end = m.start + longer.length;
  }
}

let recognizer: PersonRecognizer | undefined;
export const personStage: Stage = {
  name: 'persons',
  requires: ['furniture', 'sentences'],
  assigns: ['persons'],
  run: (article, ctx) => (recognizer ??= new PersonRecognizer()).recognize(article, ctx),
};

interface NameMatch {
  name: string;
  end: number;
}

export class PersonRecognizer {
  private readonly lex = lexicons();
  private readonly headPattern: RegExp;
  private readonly collectivePattern: RegExp;
  private readonly rolePattern: RegExp;
  private readonly attendPattern: RegExp;
  private readonly headSet: Set<string>;
  private readonly nameEndAfterTitlePattern: RegExp;

  constructor() {
    const { titles, roles } = this.lex;
    const heads = [...titles.heads].sort((a, b) => b.length - a.length);
    this.headSet = new Set(heads);
    this.headPattern = new RegExp(
      heads
        .map((h) => {
          const not = titles.notFollowedBy[h];
          return h + (not ? `(?!${alternation(not)})` : '');
        })
        .join('|'),
      'g',
    );
    this.collectivePattern = new RegExp(`(?:${alternation(titles.collectiveTitles)})(?=[\\u4e00-\\u9fff])`, 'g');
    const roleVerbs = [...roles.PRESIDED, ...roles.SPOKE_AT, ...roles.ATTENDED, '在'].filter((w) => w.length > 1 || w === '在');
    this.rolePattern = new RegExp(`(?:${alternation(roleVerbs)})`, 'g');
    this.attendPattern = new RegExp(alternation(roles.ATTENDED.filter((w) => w.length > 1)));
    const nameEnds = [...roles.PRESIDED, ...roles.SPOKE_AT, ...roles.ATTENDED, ...this.lex.followers].filter((w) => w.length > 1).concat(personWords.namesAfterTitleEnd);
    this.nameEndAfterTitlePattern = new RegExp(`^(?:${alternation(nameEnds)})`);
  }

  recognize(article: Article, ctx: ArticleContext): void {
    const found: PersonMention[] = [];
    const known = new Set<string>();
    // Spans taken so far, as a mask: checking each mention against every earlier one was quadratic.
    const taken = new Uint8Array(ctx.text.length);
    const add = (m: PersonMention) => {
      for (let i = m.start; i < m.end; i++) if (taken[i]) return;
      taken.fill(1, m.start, m.end);
      found.push(m);
      known.add(m.name);
    };
    for (const m of this.fromCredits(ctx)) add(m);
    for (const m of this.fromTitles(ctx, known)) add(m);
    for (const m of this.fromAppointments(ctx, known)) add(m);
    for (const m of this.fromPersonnelDecisions(ctx, known)) add(m);
    for (const m of this.fromCollectiveLists(ctx, known)) add(m);
    for (const m of this.fromRolePatterns(ctx, known)) add(m);
    for (const m of this.fromBareLists(ctx, known)) add(m);
    for (const m of this.fromUnitLists(ctx, known)) add(m);
    for (const m of this.fromHonorifics(ctx, known)) add(m);
    for (const m of this.fromRoleNouns(ctx, known)) add(m);
    for (const m of this.fromLeadersWithCompany(ctx, known)) add(m);
    for (const m of this.fromUnitNames(ctx, known)) add(m);
    for (const m of this.fromListNeighbours(ctx, found, known)) add(m);
    for (const m of this.fromKnownNames(ctx, known)) add(m);
    // 学校领导班子王琛、蒋明、俞奇弘: a list whose first name is known only from a later title.
    const namesBefore = known.size;
    for (const m of this.fromListNeighbours(ctx, found, known)) add(m);
    if (known.size > namesBefore) for (const m of this.fromKnownNames(ctx, known)) add(m);
    extendToLongerNames(found, ctx.text, taken);
    article.persons = found.sort((a, b) => a.start - b.start);
  }

  /** Reporters and photographers in bylines and captions: 记者 殷雪莺 胡引平 / 梁琛 摄. */
  private *fromCredits(ctx: ArticleContext): Generator<PersonMention> {
    const { text } = ctx;
    for (const f of ctx.article.furniture) {
      if (f.kind !== 'byline' && f.kind !== 'caption' && f.kind !== 'dateline') continue;
      const span = text.slice(f.start, f.end);
      const creditRuns =
        f.kind === 'caption'
          ? [...span.matchAll(/((?:[\u4e00-\u9fff·]{2,4}\s*){1,3})摄/g)]
          : [...span.matchAll(/(?:(?:^\s*[(（]\s*)?(?:记者|通讯员|实习生|摄影|摄|编辑|撰稿)|^\s*[(（])[\s:：]*((?:[\u4e00-\u9fff·]{2,4}[\s、]*)+)/g)];
      for (const run of creditRuns) {
        let offset = f.start + run.index! + run[0].indexOf(run[1]!);
        for (const part of run[1]!.split(/([\s、]+)/)) {
          // （宣传部）: an office credited for the text is no person.
          if (part && !/^[\s、]+$/.test(part) && this.hasNameShape(part) && !this.headSet.has(part) && this.endsLikeName(ctx, offset, offset + part.length)) {
            yield { name: part, start: offset, end: offset + part.length, titles: [], via: 'credit' };
          }
          offset += part.length;
        }
      }
    }
  }

  /** Title chains, titles over lists, and titles printed after a name. */
  private *fromTitles(ctx: ArticleContext, known: Set<string>): Generator<PersonMention> {
    const { text } = ctx;
    let chain: string[] = [];
    let chainEnd = -1;
    let chainForeign = false;
    let limit = 0;
    for (const m of text.matchAll(this.headPattern)) {
      const head = m[0];
      const headStart = m.index!;
      const headEnd = headStart + head.length;
      if (headStart < limit || ctx.inFurniture(headStart)) continue;
      if (this.precededByExcluded(text, headStart, head)) continue;

      const prefixStart = this.titlePrefixStart(ctx, headStart, Math.max(limit, chainEnd === -1 ? 0 : chainEnd));
      const prefix = text.slice(prefixStart, headStart);

      // Title after the name: 彭佳学书记, 于学军副主任, 习近平总书记.
      // jieba tags many foreign country names as person names (马拉维/nr): read the country from the clause.
      const countryPrefix = prefix || text.slice(this.countryStart(ctx, headStart, limit), headStart);
      const foreign = this.isForeignTitle(countryPrefix + head, head) && !this.chineseNameBeforeHead(ctx, prefix, headStart, head);
      const before = foreign ? undefined : this.nameEndingAt(ctx, headStart, prefixStart, known);
      if (before && (this.followsAsName(text, headEnd) || isDictionaryName(ctx, before.start, headStart))) {
        yield { name: before.name, start: before.start, end: headStart, titles: [head], via: 'title' };
        limit = headEnd;
        chain = [];
        chainEnd = -1;
        continue;
      }

      // 代表, 委员, 教授 alone are role nouns, not titles; a name may still follow them.
      const bareRole = !prefix && this.lex.titles.headsNeedingPrefix.includes(head);
      const continuesChain = chainEnd >= 0 && text[chainEnd] === '、' && prefixStart === chainEnd + 1;
      // 泰国副总理兼商业部长普坦, 全国政协副主席兼秘书长王东峰: 兼 joins two posts into one title.
      // 航天员大队特级航天员, 全国人大常委会代表资格审查委员会主任委员: a head with no name after it,
      // right before the next title's prefix, was part of that title's organization.
      const joinsTitle =
        chain.length > 0 && ((text[chainEnd] === '兼' && prefixStart === chainEnd + 1) || (prefixStart === chainEnd && prefixStart < headStart));
      const joiner = prefixStart === chainEnd + 1 ? '兼' : '';
      const title = (foreign ? countryPrefix : prefix) + head;
      // Extend in place (the array is not shared until a name is yielded): copying made long chains quadratic.
      if (joinsTitle) chain[chain.length - 1] += joiner + title;
      else if (bareRole) chain = [];
      else if (continuesChain) chain.push(title);
      else chain = [title];
      chainForeign = joinsTitle ? chainForeign || foreign : foreign;
      chainEnd = headEnd;

      const name = chainForeign
        ? this.readForeignName(ctx, headEnd)
        : (this.readName(ctx, headEnd, known, true) ??
          this.nameAfterTitleByWords(ctx, headEnd) ??
          (chain.length && !this.headRunsInto(ctx, head, headEnd) ? this.nameAfterTitleByShape(ctx, headEnd) : undefined) ??
          this.fourCharacterNameAt(ctx, headEnd));
      if (!name) continue;
      yield { name: name.name, start: headEnd, end: name.end, titles: chain, via: 'title' };
      known.add(name.name);
      limit = name.end;
      // A title before a list covers every bare name in it: 全国政协副主席A、B、C.
      let pos = name.end;
      while (text[pos] === '、') {
        const next = this.readName(ctx, pos + 1, known) ?? (chain.length ? this.nameAfterTitleByShape(ctx, pos + 1) : undefined) ?? this.fourCharacterNameAt(ctx, pos + 1);
        if (!next || this.headStartsAt(text, next.end)) break;
        yield { name: next.name, start: pos + 1, end: next.end, titles: chain, via: 'list' };
        known.add(next.name);
        pos = next.end;
      }
      limit = pos;
      chain = [];
      chainEnd = -1;
    }
  }

  /** 市领导杨继承、卢秋生、裴耀军出席: a collective word opens a list of bare names. */
  private *fromCollectiveLists(ctx: ArticleContext, known: Set<string>): Generator<PersonMention> {
    const { text } = ctx;
    for (const m of text.matchAll(this.collectivePattern)) {
      let pos = m.index! + m[0].length;
      if (ctx.inFurniture(pos)) continue;
      for (;;) {
        const name = this.readName(ctx, pos, known);
        if (!name) break;
        yield { name: name.name, start: pos, end: name.end, titles: [], via: 'list' };
        known.add(name.name);
        const sep = text[name.end];
        if (sep !== '、' && sep !== '和' && sep !== '及') break;
        pos = name.end + 1;
      }
    }
  }

  /** Bare names at a clause start before a role verb: 张新伟主持 / 由陈澄主持 / 韦韬在…上强调. */
  private *fromRolePatterns(ctx: ArticleContext, known: Set<string>): Generator<PersonMention> {
    const { text } = ctx;
    for (const m of text.matchAll(this.rolePattern)) {
      // 何立峰等出席: the list marker 等 (or 同志) may stand between the name and the verb.
      const marker = /(?:等同志|同志|等)$/.exec(text.slice(Math.max(0, m.index! - 3), m.index!));
      const verbStart = m.index! - (marker ? marker[0].length : 0);
      if (ctx.inFurniture(verbStart)) continue;
      for (const len of [3, 2, 4]) {
        const start = verbStart - len;
        if (start < 0) continue;
        const opener = text[start - 1];
        const atClauseStart = start === 0 || CLAUSE_BREAK.has(opener!) || opener === '由' || opener === '、' || opener === '“';
        if (!atClauseStart) continue;
        // 楸树、栾树等在…: after 、 the item before must read as a name too.
        if (opener === '、' && !this.nameItemEndsAt(ctx, start - 1, known)) continue;
        const name = text.slice(start, verbStart);
        if (![...name].every(isHan) || !this.endsLikeName(ctx, start, verbStart)) continue;
        // 赵乐际还参观: a known name plus an adverb is not a longer name.
        if ([...known].some((k) => name.startsWith(k) && k !== name)) break;
        if (len === 4 && !this.lex.compoundSurnames.has(name.slice(0, 2))) continue;
        if (this.headSet.has(name.slice(1)) || this.headSet.has(name.slice(-2))) continue;
        if (!this.hasNameShape(name) || !ctx.nameFitsWords(start, verbStart) || this.endsInFunctionWord(ctx, start, verbStart)) continue;
        // 全面动员部署, 安全性要求: ordinary words before a verb are not names.
        if (!known.has(name) && (!this.strongNameEvidence(ctx, start, verbStart) || this.opensWithFunctionWord(ctx, start, verbStart))) continue;
        yield { name, start, end: verbStart, titles: [], via: 'role' };
        known.add(name);
        break;
      }
    }
  }

  /** A list item ending at `end` reads as a name: a name found before, a word jieba tags as a name, or single characters (蒋|明). */
  private nameItemEndsAt(ctx: ArticleContext, end: number, known: Set<string>): boolean {
    for (const n of known) if (ctx.text.endsWith(n, end)) return true;
    const last = ctx.words.tokenEndingAt(end);
    return !!last && (last.word.length === 1 || NAME_TAG.test(last.tag));
  }

  /**
   * 丁薛祥、刘鹤、陈希、何立峰和…陪同: three or more bare names in a list, each read by jieba as a name or unknown
   * string; two are enough when they open a clause and attend (李干杰、何立峰及…负责同志陪同考察, 王毅、何立峰等参加).
   */
  private *fromBareLists(ctx: ArticleContext, known: Set<string>): Generator<PersonMention> {
    const { text } = ctx;
    for (const m of text.matchAll(/(?:[\u4e00-\u9fff]{2,3}、)+[\u4e00-\u9fff]{2,3}(?=[和及等，,。、]|出席|参加|陪同)/g)) {
      if (m[0].split('、').length < 3 && !this.pairOpensAttendingClause(ctx, m.index!, m.index! + m[0].length)) continue;
      if (ctx.inFurniture(m.index!)) continue;
      const items: PersonMention[] = [];
      let pos = m.index!;
      for (const name of m[0].split('、')) {
        const end = pos + name.length;
        const ok =
          known.has(name) ||
          (this.hasNameShape(name) && this.endsLikeName(ctx, pos, end) && ctx.nameFitsWords(pos, end) && this.strongNameEvidence(ctx, pos, end));
        if (!ok) break;
        items.push({ name, start: pos, end, titles: [], via: 'list' });
        pos = end + 1;
      }
      if (items.length !== m[0].split('、').length) continue;
      for (const item of items) {
        known.add(item.name);
        yield item;
      }
    }
  }

  /** [start, end) opens its clause, and what follows it attends: 等参加, 出席, 及…负责同志陪同. */
  private pairOpensAttendingClause(ctx: ArticleContext, start: number, end: number): boolean {
    if (start > 0 && !CLAUSE_BREAK.has(ctx.text[start - 1]!)) return false;
    return PAIR_ATTENDS.test(ctx.text.slice(end, end + MAX_COMPANY_LENGTH + 4));
  }

  /** 任命刘俊臣、郭振华…为十四届全国人大常委会副秘书长: the names after 任命 (提名, 选举) take the post after 为. */
  private *fromAppointments(ctx: ArticleContext, known: Set<string>): Generator<PersonMention> {
    const { text } = ctx;
    for (const m of text.matchAll(APPOINTMENT)) {
      if (ctx.inFurniture(m.index!)) continue;
      const names: PersonMention[] = [];
      for (let pos = m.index! + m[0].length; ; ) {
        const name = this.readName(ctx, pos, known);
        // 罗小云为/x: jieba may fuse the name with 为.
        if (!name || (!known.has(name.name) && !this.untitledNameEvidence(ctx, pos, name.end))) break;
        names.push({ name: name.name, start: pos, end: name.end, titles: [], via: 'title' });
        if (text[name.end] !== '、') break;
        pos = name.end + 1;
      }
      const last = names.at(-1);
      const post = last && text.startsWith('为', last.end) ? this.postAt(text, last.end + 1) : undefined;
      if (!post) continue;
      for (const n of names) {
        known.add(n.name);
        yield { ...n, titles: [post] };
      }
    }
  }

  /**
   * 撤销钱某某第十三届全国政协委员资格, 罢免王某某的代表资格, 接受李某某辞去…职务的请求:
   * a personnel decision names the persons right after its verb, in a clause
   * that goes on to the status or post it concerns.
   */
  private *fromPersonnelDecisions(ctx: ArticleContext, known: Set<string>): Generator<PersonMention> {
    const { text } = ctx;
    for (const m of text.matchAll(PERSONNEL_DECISION)) {
      let pos = m.index! + m[0].length;
      if (ctx.inFurniture(m.index!) || !PERSONNEL_OBJECT.test(text.slice(pos, this.clauseEndAfter(text, pos, MAX_ITEM_LENGTH)))) continue;
      for (;;) {
        // 撤销许可资格: what the decision takes right after its verb is no person's.
        const name = this.untitledNameStartingAt(ctx, pos, known, (end) => ctx.words.tokenStartingAt(end) !== undefined && !personWords.personnelObjects.some((o) => text.startsWith(o, end)));
        if (!name) break;
        yield name;
        known.add(name.name);
        if (text[name.end] !== '、') break;
        pos = name.end + 1;
      }
    }
  }

  /**
   * 何立峰及中央和国家机关有关部门负责同志陪同考察: a bare name opening a clause,
   * joined by 及 (和, 以及, 与) to a group that the clause has attend.
   */
  private *fromLeadersWithCompany(ctx: ArticleContext, known: Set<string>): Generator<PersonMention> {
    const { text } = ctx;
    for (const m of text.matchAll(COMPANY_JOIN)) {
      const joinStart = m.index!;
      const start = ctx.clauseStart(joinStart, 5);
      if (joinStart - start < 2 || (start > 0 && !CLAUSE_BREAK.has(text[start - 1]!)) || ctx.inFurniture(start)) continue;
      const companyStart = joinStart + m[0].length;
      const verb = this.attendPattern.exec(text.slice(companyStart, this.clauseEndAfter(text, companyStart, MAX_COMPANY_LENGTH)));
      // 魏凤和出席: a verb right after the conjunction leaves no group to join.
      if (!verb || verb.index < 2) continue;
      const name = this.untitledNameEndingAt(ctx, joinStart);
      // 劳尔还和李希一同参观: a known name plus an adverb is not a longer name.
      if (name?.start === start && ![...known].some((k) => name.name.startsWith(k) && k !== name.name)) yield name;
    }
  }

  /**
   * 团委金笛就…作了汇报: a unit opening a clause (团委, 学校团委, 教务处) and a bare
   * name right after it, before a word that follows a name.
   */
  private *fromUnitNames(ctx: ArticleContext, known: Set<string>): Generator<PersonMention> {
    const { text } = ctx;
    for (let start = 0; start < text.length; start = this.clauseEndAfter(text, start, text.length) + 1) {
      if (ctx.inFurniture(start)) continue;
      for (let nameStart = start + 2; nameStart <= start + MAX_UNIT_LENGTH && nameStart < text.length; nameStart++) {
        if (!isHan(text[nameStart - 1]) || !ORG_SUFFIX.test(text.slice(start, nameStart)) || !this.lex.surnames.has(text[nameStart]!)) continue;
        if (!this.unitSpans(ctx, start, nameStart)) continue;
        const name = this.untitledNameStartingAt(ctx, nameStart, known, (end) => ctx.words.tokenStartingAt(end) !== undefined && this.followsAsName(text, end));
        if (name && this.strongNameEvidence(ctx, nameStart, name.end)) yield name;
        break;
      }
    }
  }

  /** [start, end) is read by jieba as the words of a unit, the last one a body's noun (学校|团委; not 实行, 签署, 东北部). */
  private unitSpans(ctx: ArticleContext, start: number, end: number): boolean {
    const last = ctx.words.tokenEndingAt(end);
    if (!last || last.word.length < 2 || !UNIT_NOUN_TAG.test(last.tag) || !ORG_SUFFIX.test(last.word)) return false;
    for (let pos = start; pos < last.start; ) {
      const t = ctx.words.tokenStartingAt(pos);
      if (!t || !this.isPrefixWord(ctx, t, t.end)) return false;
      pos = t.end;
    }
    return true;
  }

  /**
   * A bare name starting at `pos` (a name found before, or two or three
   * characters, four with a compound surname, of a name's shape and words)
   * whose end `endsWell` accepts. It does not end in a function word (郭雷|的,
   * 成员向), nor where jieba joined its last character with 的 (许安标的 is 许|安|标的).
   */
  private untitledNameStartingAt(ctx: ArticleContext, pos: number, known: Set<string>, endsWell: (end: number) => boolean): PersonMention | undefined {
    const { text } = ctx;
    for (const n of known) if (text.startsWith(n, pos) && endsWell(pos + n.length)) return { name: n, start: pos, end: pos + n.length, titles: [], via: 'role' };
    for (const len of [3, 2, 4]) {
      const end = pos + len;
      const name = text.slice(pos, end);
      if (name.length < len || (len === 4 && !this.lex.compoundSurnames.has(name.slice(0, 2)))) continue;
      if (![...name].every(isHan) || !this.hasNameShape(name) || !this.endsLikeName(ctx, pos, end)) continue;
      if (this.headSet.has(name.slice(1)) || this.headSet.has(name.slice(-2)) || FUNCTION_FOLLOWERS.has(name[len - 1]!)) continue;
      if (!ctx.nameFitsWords(pos, end) || !endsWell(end) || /^[\u4e00-\u9fff]的$/.test(ctx.words.tokenStartingAt(end)?.word ?? '')) continue;
      if (this.untitledNameStart(ctx, pos, end) && this.untitledNameEvidence(ctx, pos, end)) return { name, start: pos, end, titles: [], via: 'role' };
    }
    return undefined;
  }

  /** Where the clause that `pos` is in ends (its break, or the end of the text), looking ahead at most `maxAhead` characters. */
  private clauseEndAfter(text: string, pos: number, maxAhead: number): number {
    const limit = Math.min(text.length, pos + maxAhead);
    let i = pos;
    while (i < limit && !CLAUSE_BREAK.has(text[i]!)) i++;
    return i;
  }

  /** A title from `pos` to the first head that ends its clause: 为|江西省人民政府副省长。 */
  private postAt(text: string, pos: number): string | undefined {
    for (let i = pos; i < Math.min(text.length, pos + MAX_ITEM_LENGTH) && !CLAUSE_BREAK.has(text[i]!) && text[i] !== '、'; i++) {
      for (let len = 5; len >= 2; len--) {
        const after = text[i + len];
        if (this.headSet.has(text.slice(i, i + len)) && (after === undefined || CLAUSE_BREAK.has(after) || after === '、')) return text.slice(pos, i + len);
      }
    }
    return undefined;
  }

  /**
   * 绍兴市第七人民医院田国强、市教育教学研究院徐伟英…章惠珍等43位心理医生: a
   * list closed by 等人 or 等 and a count of people is a list of people when
   * each item is a name after its unit, or a name already found.
   */
  private *fromUnitLists(ctx: ArticleContext, known: Set<string>): Generator<PersonMention> {
    const { text } = ctx;
    for (const m of text.matchAll(PEOPLE_LIST_END)) {
      if (ctx.inFurniture(m.index!)) continue;
      const items: PersonMention[] = [];
      for (let end = m.index!; ; ) {
        // Items are short; the window keeps a long run without separators from being rescanned at every 等人.
        const windowStart = Math.max(0, end - MAX_ITEM_LENGTH);
        const itemStart = Math.max(windowStart + text.slice(windowStart, end).lastIndexOf('、') + 1, ctx.clauseStart(end, MAX_ITEM_LENGTH));
        const item = this.nameAfterUnit(ctx, itemStart, end, known);
        if (!item) {
          items.length = 0;
          break;
        }
        items.push(item);
        if (text[itemStart - 1] !== '、') break;
        end = itemStart - 1;
      }
      for (const item of items) {
        known.add(item.name);
        yield item;
      }
    }
  }

  /** The name that ends a list item [itemStart, end): a name already found, or a name right after a unit's word (进修学校|章惠珍). */
  private nameAfterUnit(ctx: ArticleContext, itemStart: number, end: number, known: Set<string>): PersonMention | undefined {
    const { text } = ctx;
    for (const n of known) if (text.endsWith(n, end) && end - n.length >= itemStart) return { name: n, start: end - n.length, end, titles: [], via: 'list' };
    for (const len of [3, 2]) {
      const start = end - len;
      if (start <= itemStart) continue;
      const name = text.slice(start, end);
      const unit = ctx.words.tokenEndingAt(start);
      if (!unit || unit.word.length < 2 || NAME_TAG.test(unit.tag) || !ORG_SUFFIX.test(unit.word)) continue;
      if (![...name].every(isHan) || !this.hasNameShape(name) || !this.endsLikeName(ctx, start, end)) continue;
      if (ctx.nameFitsWords(start, end) && this.strongNameEvidence(ctx, start, end)) return { name, start, end, titles: [], via: 'list' };
    }
    return undefined;
  }

  /**
   * 追授崔煜忠同志, 鲁家贤、车越乔先生, 王月琴老师: an honorific after a name
   * marks a person without a title, and covers the bare names listed before it.
   */
  private *fromHonorifics(ctx: ArticleContext, known: Set<string>): Generator<PersonMention> {
    const { text } = ctx;
    for (const m of text.matchAll(HONORIFIC)) {
      if (ctx.inFurniture(m.index!) || !this.standsAsWord(ctx, m.index!, m.index! + m[0].length)) continue;
      let name = this.untitledNameEndingAt(ctx, m.index!);
      while (name) {
        yield name;
        known.add(name.name);
        name = LIST_JOINS.has(text[name.start - 1]!) ? this.untitledNameEndingAt(ctx, name.start - 1) : undefined;
      }
    }
  }

  /** 村民蔡文明家中, 学生廖妍婷说: a word for what a person is, right before a name, marks a person without a title. */
  private *fromRoleNouns(ctx: ArticleContext, known: Set<string>): Generator<PersonMention> {
    for (const m of ctx.text.matchAll(ROLE_NOUN)) {
      const pos = m.index! + m[0].length;
      if (ctx.inFurniture(m.index!) || !this.standsAsWord(ctx, m.index!, pos)) continue;
      // 运动员陆续到来: the name may not cross into the next word, except into the home word (师红|兵家中).
      const read = this.readName(ctx, pos, known, true);
      const name = read && ctx.nameFitsWords(pos, read.end) ? read : this.nameBeforeHome(ctx, pos);
      if (!name || !this.untitledNameStart(ctx, pos, name.end) || this.opensWithFunctionWord(ctx, pos, name.end)) continue;
      yield { name: name.name, start: pos, end: name.end, titles: [], via: 'role' };
      known.add(name.name);
    }
  }

  /** 蔡文明|家中: a name followed by a word for the person's home. */
  private nameBeforeHome(ctx: ArticleContext, pos: number): NameMatch | undefined {
    const { text } = ctx;
    for (const len of [3, 2]) {
      const end = pos + len;
      const name = text.slice(pos, end);
      if (name.length < len || ![...name].every(isHan) || !this.hasNameShape(name) || !this.endsLikeName(ctx, pos, end)) continue;
      if ([...HOME_WORDS].some((w) => text.startsWith(w, end)) && ctx.nameFitsWords(pos, end, true)) return { name, end };
    }
    return undefined;
  }

  /** [start, end) is a word of its own in jieba's reading, or fused only with a name (乔先生). */
  private standsAsWord(ctx: ArticleContext, start: number, end: number): boolean {
    const first = ctx.words.tokenAt(start);
    const last = ctx.words.tokenAt(end - 1);
    return !!first && !!last && (first.start === start || NAME_TAG.test(first.tag)) && (last.end === end || NAME_TAG.test(last.tag));
  }

  /** A name of two or three characters (four with a compound surname) ending at `end`, with nothing but the name's own words in it. */
  private untitledNameEndingAt(ctx: ArticleContext, end: number): PersonMention | undefined {
    const { text } = ctx;
    for (const len of [3, 2, 4]) {
      const start = end - len;
      if (start < 0) continue;
      const name = text.slice(start, end);
      if (len === 4 && !this.lex.compoundSurnames.has(name.slice(0, 2))) continue;
      if (![...name].every(isHan) || !this.hasNameShape(name) || !this.endsLikeName(ctx, start, end)) continue;
      if (this.headSet.has(name.slice(1)) || this.headSet.has(name.slice(-2))) continue;
      if (this.untitledNameStart(ctx, start, end) && this.untitledNameEvidence(ctx, start, end)) return { name, start, end, titles: [], via: 'role' };
    }
    return undefined;
  }

  /** A name starts a word, and not with a function word jieba reads there (向王老师, 从市教育局获悉). */
  private untitledNameStart(ctx: ArticleContext, start: number, end: number): boolean {
    const first = ctx.words.tokenStartingAt(start);
    // 生物组赵正瑜老师: jieba fuses an organization's last character with the unknown name (组赵|正瑜).
    if (!first) return NOT_NAME_END.has(ctx.text[start - 1]!) && ctx.words.tokenAt(start)?.tag === 'x';
    if (first.word.length === 1 && FUNCTION_WORD_TAGS.test(first.tag)) return false;
    return first.end !== end || NAME_TAG.test(first.tag);
  }

  /**
   * jieba reads [start, end) as a name, an unknown string, or a surname plus
   * words; its last word may run on into an honorific only as a name (车越乔先生
   * is 车|越|乔先生).
   */
  private untitledNameEvidence(ctx: ArticleContext, start: number, end: number): boolean {
    if (this.givenNameIsVerb(ctx, start, end)) return false;
    for (let pos = start; pos < end; ) {
      const t = ctx.words.tokenAt(pos);
      if (!t) return false;
      if (t.end > end && !NAME_TAG.test(t.tag)) return false;
      if (pos === start && t.word.length > 1 && !/^(nr|nrfg|nrt|x|ns|nz)$/.test(t.tag)) return false;
      pos = t.end;
    }
    return true;
  }

  /** 边学习、边实践: a one-character "surname" before a verb is an adverb, not a name. */
  private givenNameIsVerb(ctx: ArticleContext, start: number, end: number): boolean {
    const given = ctx.words.tokenStartingAt(start + 1);
    return !!given && given.end === end && given.word.length > 1 && given.tag === 'v';
  }

  /** Bare names listed next to a found person: 丁薛祥、刘鹤、黄坤明、肖捷、何立峰参加. */
  private *fromListNeighbours(ctx: ArticleContext, found: PersonMention[], known: Set<string>): Generator<PersonMention> {
    const { text } = ctx;
    const queue = [...found];
    const seen = new Set(found.map((m) => m.start));
    while (queue.length) {
      const m = queue.pop()!;
      const neighbours: PersonMention[] = [];
      if (text[m.start - 1] === '、') {
        const before = this.bareNameEndingAt(ctx, m.start - 1, known);
        if (before) neighbours.push(before);
      }
      if (text[m.end] === '、') {
        const next = this.readName(ctx, m.end + 1, known);
        if (next && !this.headStartsAt(text, next.end)) neighbours.push({ name: next.name, start: m.end + 1, end: next.end, titles: [], via: 'list' });
      }
      const last = this.lastListItemAfter(ctx, m.end, known);
      if (last) neighbours.push(last);
      for (const n of neighbours) {
        if (seen.has(n.start) || ctx.inFurniture(n.start)) continue;
        seen.add(n.start);
        known.add(n.name);
        queue.push(n);
        yield n;
      }
    }
  }

  /**
   * 高央、朱雯和卢燎亚分别代表: the last item of a list, joined by 和, 及 or 以及,
   * ends the list before 等 or a word that follows a name.
   */
  private lastListItemAfter(ctx: ArticleContext, pos: number, known: Set<string>): PersonMention | undefined {
    const { text } = ctx;
    const join = /^(?:以及|和|及)/.exec(text.slice(pos, pos + 2));
    if (!join) return undefined;
    const start = pos + join[0].length;
    const next = this.readName(ctx, start, known);
    if (!next || this.headStartsAt(text, next.end) || (text[next.end] !== '等' && this.followerScore(text, next.end) < 2)) return undefined;
    if (!known.has(next.name) && !this.strongNameEvidence(ctx, start, next.end)) return undefined;
    return { name: next.name, start, end: next.end, titles: [], via: 'list' };
  }

  /** A bare list item ending at `end`, opened by 、, a clause break or a collective word. */
  private bareNameEndingAt(ctx: ArticleContext, end: number, known: Set<string>): PersonMention | undefined {
    const { text } = ctx;
    for (const len of [3, 2, 4]) {
      const start = end - len;
      if (start < 0) continue;
      const name = text.slice(start, end);
      const opener = text[start - 1];
      const opened = start === 0 || opener === '、' || CLAUSE_BREAK.has(opener!) || this.lex.titles.collectiveTitles.some((c) => text.endsWith(c, start));
      if (!opened || ![...name].every(isHan) || !this.endsLikeName(ctx, start, end)) continue;
      if (!known.has(name) && (!this.hasNameShape(name) || !ctx.nameFitsWords(start, end))) continue;
      return { name, start, end, titles: [], via: 'list' };
    }
    return undefined;
  }

  /** Every later bare mention of a name already found. */
  private *fromKnownNames(ctx: ArticleContext, known: Set<string>): Generator<PersonMention> {
    const { text } = ctx;
    const names = [...known].sort((a, b) => b.length - a.length);
    if (!names.length) return;
    const pattern = new RegExp(alternation(names), 'g');
    for (const m of text.matchAll(pattern)) {
      const end = m.index! + m[0].length;
      // 王勇 inside 王勇军 is another person.
      if (isHan(text[end]) && !this.followsAsName(text, end)) continue;
      yield { name: m[0], start: m.index!, end, titles: [], via: 'known' };
    }
  }

  /** Where the organization prefix of a title starts: 山西省委|书记, 工业和信息化部|部长. */
  private titlePrefixStart(ctx: ArticleContext, headStart: number, limit: number): number {
    const { text } = ctx;
    let start = headStart;
    const floor = Math.max(limit, headStart - 24);
    // A head can sit inside a jieba word (省委书记), or a unit's last character fuse with it (业务|处处长): start from that word.
    const inside = ctx.words.tokenAt(headStart);
    if (inside && inside.start < headStart && inside.start >= floor) {
      if (TITLE_PREFIX_TAGS.test(inside.tag) || (headStart - inside.start === 1 && UNIT_CHARACTERS.has(text[inside.start]!))) start = inside.start;
    }
    while (start > floor) {
      const prev = ctx.words.tokenEndingAt(start);
      if (!prev || prev.start < floor || CLAUSE_BREAK.has(prev.word[0]!) || prev.word === '、') break;
      // 仪式由校党委书记, 4日同越南总理: jieba fused a preposition with a neighbour into an unknown word.
      const preposition = prev.tag === 'x' ? Math.max(...[...prev.word].map((ch, i) => (FUNCTION_WORD_CHARACTERS.has(ch) ? i : -1))) : -1;
      if (preposition >= 0) {
        start = Math.min(start, prev.start + preposition + 1);
        break;
      }
      if (this.isPrefixWord(ctx, prev, start)) {
        start = prev.start;
        continue;
      }
      // 工业和信息化部部长, 省林业和草原局党组书记: a conjunction between a field and an organization.
      if (/^[和与及]$/.test(prev.word) && ORG_SUFFIX_INSIDE.test(text.slice(prev.end, headStart)) && start < headStart) {
        const field = ctx.words.tokenEndingAt(prev.start);
        if (field && field.start >= floor && TITLE_PREFIX_TAGS.test(field.tag) && [...field.word].every(isHan) && !ORG_SUFFIX.test(field.word) && !this.headSet.has(field.word.slice(-2))) {
          start = prev.start;
          continue;
        }
      }
      // 香港中文大学（深圳）…院长: a short bracketed place inside an organization name.
      const bracketed = /[（(][\u4e00-\u9fff]{1,6}[）)]$/.exec(text.slice(Math.max(floor, start - 8), start));
      if (bracketed && isHan(text[start - bracketed[0].length - 1])) {
        start -= bracketed[0].length;
        start = prev.start;
        continue;
      }
      break;
    }
    while (start < headStart && /[“"、]/.test(text[start]!)) start++;
    return this.titleStartAfterFragments(ctx, start, headStart);
  }

  /**
   * A title starts at a real title start, not at words the prefix walk took
   * along before it: a function word jieba reads on its own (丁晓燕和|市教育局局长,
   * 经|中央军委主席…批准), a date or a count (2012年|时任|国家副主席, 3日|共和党籍议长,
   * 两名|出舱航天员), or 时任 ("then holding").
   */
  private titleStartAfterFragments(ctx: ArticleContext, start: number, headStart: number): number {
    const { text } = ctx;
    for (;;) {
      const first = ctx.words.tokenStartingAt(start);
      // 魏凤和|主任: a function character right before the head may end a name; it stays for the reader of names before heads.
      if (first && first.word.length === 1 && FUNCTION_WORD_CHARACTERS.has(first.word) && first.end < headStart) {
        start = first.end;
        continue;
      }
      const dateOrCount =
        LEADING_DATE_OR_COUNT.exec(text.slice(start, headStart))?.[0].length ??
        (/[年月日]/.test(text[start]!) && /[0-9０-９]/.test(text[start - 1] ?? '') ? 1 : 0);
      if (!dateOrCount || start + dateOrCount > headStart) return start;
      start += dateOrCount;
    }
  }

  /**
   * A word of a title's organization prefix: a word of a tag that names
   * things (市委, 教育局), or one jieba mis-tags — a body's name (审计署/v,
   * 宣传部/nr), a place it takes for a name (黄石/nr), a one-character body
   * (县, 校), a listed word (青年), or a verb naming a unit (巡视|组组长).
   */
  private isPrefixWord(ctx: ArticleContext, word: Token, next: number): boolean {
    // 发展——|市委书记, 五星三名|团省委副书记: punctuation jieba does not know ends the prefix.
    if (word.tag === 'x' && ![...word.word].every(isHan)) return false;
    if (TITLE_PREFIX_TAGS.test(word.tag)) return true;
    if (word.word.length > 1 && ORG_SUFFIX.test(word.word)) return true;
    if (/^nr/.test(word.tag) && gazetteer().placeStartEndingAt(ctx.text, word.end, word.word.length) === word.start) return true;
    if (this.shortPlaceBeforeItsLevel(ctx, word)) return true;
    if (word.word.length === 1 && PREFIX_CHARACTERS.has(word.word)) return true;
    if (PREFIX_WORDS.has(word.word)) return true;
    if (!/^v/.test(word.tag)) return false;
    if (UNIT_CHARACTERS.has(ctx.text[next]!)) return true;
    // 中央|巡视|工作领导小组成员: a verb between a body's words, before a verbal noun (工作); not after a
    // title (市长|兼任) nor before the body or place of the title (北京|会见|英国…, 杂志|发表|中共中央总书记).
    const before = ctx.words.tokenEndingAt(word.start);
    const after = ctx.words.tokenStartingAt(next);
    return !!before && !!after && /^(n|nt|ns|j)$/.test(before.tag) && after.tag === 'vn' && !this.endsWithHead(before.word);
  }

  /**
   * 昭觉/v|县委书记: a county's or city's short name jieba reads as another word,
   * right before the level character that completes it (昭觉 + 县 = 昭觉县).
   */
  private shortPlaceBeforeItsLevel(ctx: ArticleContext, word: Token): boolean {
    const place = gazetteer().bySurface.get(word.word);
    return !!place?.code && place.name !== word.word && place.name === word.word + ctx.text[word.end];
  }

  private endsWithHead(word: string): boolean {
    for (let len = Math.min(5, word.length); len >= 2; len--) if (this.headSet.has(word.slice(-len))) return true;
    return false;
  }

  /** A name standing right before a title head, at the start of the head's prefix: 彭佳学|书记. */
  private nameEndingAt(ctx: ArticleContext, headStart: number, prefixStart: number, known: Set<string>) {
    const { text } = ctx;
    for (const len of [3, 2, 4]) {
      const start = headStart - len;
      if (start < 0) continue;
      const name = text.slice(start, headStart);
      if (len === 4 && !this.lex.compoundSurnames.has(name.slice(0, 2))) continue;
      const givenNameAsPrefix = this.givenNameReadAsPrefix(ctx, start, prefixStart, headStart);
      if (prefixStart !== headStart && start < prefixStart && !givenNameAsPrefix) continue;
      if (!known.has(name)) {
        const orgBefore = ORG_SUFFIX.test(text.slice(prefixStart, start)) && ctx.words.tokenEndingAt(start) !== undefined;
        if ((start !== prefixStart && prefixStart !== headStart && !orgBefore && !givenNameAsPrefix) || !this.hasNameShape(name) || ![...name].every(isHan)) continue;
        if (!this.endsLikeName(ctx, start, headStart) || !ctx.nameFitsWords(start, headStart) || this.endsInFunctionWord(ctx, start, headStart)) continue;
        if (!this.strongNameEvidence(ctx, start, headStart)) continue;
      }
      return { name, start };
    }
    return undefined;
  }

  /**
   * 会上，沈国民委员指出: at a clause start, a one-character surname (沈/nr)
   * before a given name jieba reads as one word (国民), which the title reader
   * took for the head's prefix.
   */
  private givenNameReadAsPrefix(ctx: ArticleContext, start: number, prefixStart: number, headStart: number): boolean {
    if (start !== prefixStart - 1 || ctx.clauseStart(headStart, headStart - start + 1) !== start) return false;
    const surname = ctx.words.tokenStartingAt(start);
    const given = ctx.words.tokenStartingAt(prefixStart);
    return !!surname && surname.end === prefixStart && /^nr/.test(surname.tag) && !!given && given.end === headStart && given.word.length <= 2;
  }

  /** jieba reads the span as a name or as an unknown string, not as dictionary words. */
  private strongNameEvidence(ctx: ArticleContext, start: number, end: number): boolean {
    if (this.givenNameIsVerb(ctx, start, end)) return false;
    const t = ctx.words.tokenStartingAt(start);
    if (t && t.end === end) return t.tag === 'nr' || t.tag === 'nrfg' || t.tag === 'nrt' || t.tag === 'x';
    // Split into single characters or a surname plus a word: typical of names jieba does not know.
    let pos = start;
    while (pos < end) {
      const tok = ctx.words.tokenStartingAt(pos);
      if (!tok || tok.end > end) return false;
      if (tok.word.length > 1 && !/^(nr|nrfg|nrt|x|ns|nz)$/.test(tok.tag) && pos === start) return false;
      pos = tok.end;
    }
    return true;
  }

  /**
   * 中央军委主席习近平日前作出 / 主任俞银先莅临: after a title, a word jieba tags
   * as a name (or does not know), followed by a dictionary word even when that
   * word is no usual follower; 纪检监察员周鹏飞围绕: a verb after a name jieba
   * splits (周|鹏飞, or 员周|鹏飞 fused with the head) ends it.
   */
  private nameAfterTitleByWords(ctx: ArticleContext, pos: number): NameMatch | undefined {
    const t = ctx.words.tokenStartingAt(pos);
    if (t && NAME_TAG.test(t.tag) && this.nameBeforeDictionaryWord(ctx, pos, t.end)) return { name: t.word, end: t.end };
    for (const len of [3, 2]) {
      const end = pos + len;
      const crossing = ctx.words.tokenAt(pos);
      const next = ctx.words.tokenStartingAt(end);
      if (!crossing || (crossing.start < pos && !NAME_TAG.test(crossing.tag)) || !next || !/^v/.test(next.tag)) continue;
      if (this.nameBeforeDictionaryWord(ctx, pos, end)) return { name: ctx.text.slice(pos, end), end };
    }
    return undefined;
  }

  /**
   * 副委员长白玛赤林出席, 州长阿西伍呷主持, 县委书记吉克拉哈作…: a Tibetan or Yi
   * name of four characters, which opens with no surname of the table, in the
   * slot after a title where no shorter name fits. jieba reads it as names,
   * places or unknown strings (白玛/x 赤林/x, 洛桑/nrt 江村/ns) or single
   * characters, and a word that follows a name starts right after it.
   */
  private fourCharacterNameAt(ctx: ArticleContext, pos: number): NameMatch | undefined {
    const { text } = ctx;
    const end = pos + 4;
    const name = text.slice(pos, end);
    // 广大青年/nr, 宣誓就职/nr: a word of jieba's dictionary, whatever its tag, is no such name.
    if (name.length < 4 || ![...name].every(isHan) || tagOf(name) !== 'x' || !this.endsLikeName(ctx, pos, end)) return undefined;
    if (!ctx.words.tokenStartingAt(end) || this.followerScore(text, end) === 0 || this.headStartsAt(text, end)) return undefined;
    // 国务委员长|金正恩: the head ran on; 院长初维: a title opens the span.
    for (let at = pos - 4; at < end - 1; at++) if (this.headSpans(text, at, pos, end)) return undefined;
    // 以|学铸魂, 格罗西|将: a function word or a word after a name at either end.
    for (const ch of [name[0]!, name[3]!]) if (FOREIGN_NAME_STOPS.has(ch) || FUNCTION_WORD_TAGS.test(tagOf(ch))) return undefined;
    // 人|王伟峰, 朱有勇|有: a Chinese name jieba knows inside the span.
    for (const at of [pos, pos + 1]) {
      const t = ctx.words.tokenStartingAt(at);
      if (t && t.word.length === 3 && /^nr/.test(t.tag) && this.hasNameShape(t.word)) return undefined;
    }
    let places = 0;
    for (let at = pos; at < end; ) {
      const t = ctx.words.tokenStartingAt(at);
      if (!t || t.end > end || !isHan(t.word[0])) return undefined;
      if (t.word.length > 1 ? !NAME_TAG.test(t.tag) && t.tag !== 'ns' : FUNCTION_WORD_TAGS.test(t.tag)) return undefined;
      // 赴|乌克兰, 鲍威尔|称: a word that follows a name is no part of one.
      if (t.word.length === 1 && (this.lex.followers.has(t.word) || FOREIGN_NAME_STOPS.has(t.word))) return undefined;
      // 李强|监誓: a Chinese name jieba knows opens the span.
      if (at === pos && t.word.length > 1 && /^nr(fg)?$/.test(t.tag) && this.hasNameShape(t.word)) return undefined;
      if (t.tag === 'ns') places += t.word.length;
      at = t.end;
    }
    // 江西南昌: places throughout are no name.
    return places < 4 ? { name, end } : undefined;
  }

  /** A title head starts at `at` and reaches into [pos, end). */
  private headSpans(text: string, at: number, pos: number, end: number): boolean {
    for (let len = 2; len <= 5; len++) if (at + len > pos && at + len <= end && this.headSet.has(text.slice(at, at + len))) return true;
    return false;
  }

  /**
   * 常务副县长刀建明，/ 区住建局副局长方明应邀参加 / 校党委书记邹学校出席: right
   * after a title, or after 、 in the list it covers (副县长岩温、刀建明参加), the
   * characters up to where a name ends in the genre (a clause break, a role
   * verb, 应邀, 一行, 同志) are the name even when they start
   * with no listed surname (Dai, Tibetan, Yi names: 岩温, 扎西) or jieba reads them
   * as a rare noun (方明) or a surname before a word (邹|学校). Two or three
   * characters, four as one word jieba does not know or reads as a name (格桑卓玛,
   * 次仁多吉), as pieces of such a name (扎西|多吉) or after a compound surname;
   * never a head, a place, a time or a common word (全程陪同, 职务，).
   */
  private nameAfterTitleByShape(ctx: ArticleContext, pos: number): NameMatch | undefined {
    const first = ctx.words.tokenAt(pos);
    if (!first) return undefined;
    if (first.start < pos) return this.nameFusedWithHead(ctx, first, pos);
    for (const len of [2, 3, 4]) {
      const end = pos + len;
      if (!this.nameEndsAfterTitle(ctx, end)) continue;
      const name = ctx.text.slice(pos, end);
      // The first place a name could end decides: 今天|出席 is no shorter name of 今天出席会议.
      return [...name].every(isHan) && !this.notNameAfterTitle(name) && this.wordsReadAsName(ctx, pos, end) ? { name, end } : undefined;
    }
    return undefined;
  }

  /**
   * 县长格桑/x|主持: jieba joined the head and the name after it into one word
   * it does not know; the name is the rest of that word, where a name ends.
   */
  private nameFusedWithHead(ctx: ArticleContext, word: Token, pos: number): NameMatch | undefined {
    const len = word.end - pos;
    if (word.tag !== 'x' || len < 2 || len > 4 || !this.nameEndsAfterTitle(ctx, word.end)) return undefined;
    const name = ctx.text.slice(pos, word.end);
    return [...name].every(isHan) && !this.notNameAfterTitle(name) && this.unknownWordReadsAsName(ctx, pos, word.end) ? { name, end: word.end } : undefined;
  }

  /** 国务委员|长金正恩, 法定代表|人杨双富: the head ending at `pos` runs on into the next character, as another head (委员长) or a word (代表人). */
  private headRunsInto(ctx: ArticleContext, head: string, pos: number): boolean {
    return this.endsWithHead(ctx.text.slice(Math.max(0, pos - 4), pos + 1)) || tagOf(head + ctx.text[pos]) !== 'x';
  }

  /** A name printed right after a title may end at `end`: a clause break or 、, or a word of its own that is a role verb or another word ending a name there. */
  private nameEndsAfterTitle(ctx: ArticleContext, end: number): boolean {
    const ch = ctx.text[end];
    if (ch === undefined) return false;
    if (NAME_BREAKS_AFTER_TITLE.has(ch)) return true;
    return !!ctx.words.tokenStartingAt(end) && this.nameEndAfterTitlePattern.test(ctx.text.slice(end, end + MAX_NAME_END_LENGTH));
  }

  /**
   * Words that stand right after a title without being a name: a head, a
   * place, a collective or vetoed word, doubled characters (殷殷), a verb of
   * jieba's dictionary opening three or more characters (成员|宣誓就职).
   */
  private notNameAfterTitle(name: string): boolean {
    if (NOT_NAMES.has(name) || NAMES_AFTER_TITLE_VETO.has(name) || /(.)\1/.test(name) || gazetteer().bySurface.has(name)) return true;
    if (name.length > 2 && /^v/.test(tagOf(name.slice(0, 2)))) return true;
    for (let i = 0; i < name.length - 1; i++) if (this.headStartsAt(name, i)) return true;
    return false;
  }

  /**
   * jieba's words over [start, end) read as a name: one word it reads as a
   * name (次仁多吉/nrt) or does not know (刀建明/x), a rare noun opening with a
   * surname (方明/n), a surname of its own before a word (邹|学校), or pieces of a
   * name it does not know (达|瓦|次|仁, 扎西/ns|多吉/nrt).
   */
  private wordsReadAsName(ctx: ArticleContext, start: number, end: number): boolean {
    const name = ctx.text.slice(start, end);
    const first = ctx.words.tokenStartingAt(start)!;
    const compound = this.lex.compoundSurnames.has(name.slice(0, 2));
    if (first.end === end) {
      // 念兹在兹/nr: an idiom of the shape ABCB that jieba's dictionary tags as a name.
      if (/^nr/.test(first.tag)) return first.tag !== 'nr' || !/^(.)(.)(.)\2$/.test(name);
      if (first.tag === 'x') return this.unknownWordReadsAsName(ctx, start, end);
      // 书记扎西/ns|出席, but 非洲成员加蓬/ns|、: a word jieba takes for a place is a name before a role verb, or
      // where the article goes on to use it as one; before a break alone it may be a place.
      if (first.tag === 'ns') return !NAME_BREAKS_AFTER_TITLE.has(ctx.text[end]!) || this.recursAsSubject(ctx, start, end);
      const rare = (countOf(name) ?? Infinity) <= personWords.rareWordCount;
      return /^(n|nz)$/.test(first.tag) && rare && (name.length < 4 || compound) && this.hasNameShape(name) && this.endsLikeName(ctx, start, end);
    }
    return this.piecesReadAsName(ctx, start, end);
  }

  /**
   * A word jieba does not know is a name unless it ends in a word that
   * follows a name (罗戈津称, 普京将); one opening with a verb, pronoun or
   * function character (获邀, 此访, 领题, but 通伦) only when the article goes on
   * to use it as a name.
   */
  private unknownWordReadsAsName(ctx: ArticleContext, start: number, end: number): boolean {
    const { text } = ctx;
    if (FUNCTION_FOLLOWERS.has(text[end - 1]!) || !this.endsLikeName(ctx, start, end)) return false;
    return !NOT_NAME_OPENING_TAGS.test(tagOf(text[start]!)) || this.recursAsSubject(ctx, start, end);
  }

  /** 通伦表示: the text of [start, end) stands again elsewhere at a clause start, before a word that follows a name. */
  private recursAsSubject(ctx: ArticleContext, start: number, end: number): boolean {
    const { text } = ctx;
    const name = text.slice(start, end);
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      if (i !== start && (i === 0 || CLAUSE_BREAK.has(text[i - 1]!)) && this.followerScore(text, i + name.length) === 2) return true;
    }
    return false;
  }

  /**
   * Several words of jieba over [start, end): a surname of its own before the
   * given name's word (邹/nr|学校, which may end like a unit's word), or pieces
   * of a name jieba does not know — single characters, words it reads as a
   * name or place, unknown text beside such a word (旦增/x|顿珠/ns, not 由风/x|变腐/x);
   * no function word or adverb among them (都|是, 普京|将), no verb at the end
   * (阿博特|说, 吃|住).
   */
  private piecesReadAsName(ctx: ArticleContext, start: number, end: number): boolean {
    const words: Token[] = [];
    for (let pos = start; pos < end; pos = words.at(-1)!.end) {
      const t = ctx.words.tokenStartingAt(pos);
      if (!t || t.end > end) return false;
      words.push(t);
    }
    const [first, second] = words;
    if (words.length === 2 && first!.word.length === 1 && /^nr/.test(first!.tag) && second!.word.length === 2 && !NOT_NAME_TAGS.test(second!.tag)) return true;
    // 李强/nrfg|监誓/x, 应/v|习近平/nrfg: a Chinese name jieba knows beside a word that is no piece of a name.
    const knownName = (t: Token) => /^(nr|nrfg)$/.test(t.tag) && t.word.length > 1 && this.hasNameShape(t.word);
    if (words.some(knownName) && words.some((t) => !/^nr/.test(t.tag))) return false;
    const namePiece = (t: Token) => (t.word.length === 1 ? !FUNCTION_WORD_TAGS.test(t.tag) : NAME_PIECE_TAG.test(t.tag) || t.tag === 'x');
    const unknownOnly = words.some((t) => t.tag === 'x') && !words.some((t) => NAME_PIECE_TAG.test(t.tag));
    const last = words.at(-1)!;
    return words.every(namePiece) && !unknownOnly && !(last.word.length === 1 && /^v/.test(last.tag)) && this.endsLikeName(ctx, start, end);
  }

  /**
   * [start, end) reads as a name that a dictionary word of two or more
   * characters follows. Doubled characters (殷殷嘱托) and words like 顾问 are
   * jieba's mistakes; a name before a single character may be a piece of a
   * longer (foreign) name.
   */
  private nameBeforeDictionaryWord(ctx: ArticleContext, start: number, end: number): boolean {
    const name = ctx.text.slice(start, end);
    const maxLen = this.lex.compoundSurnames.has(name.slice(0, 2)) ? 4 : 3;
    if (name.length < 2 || name.length > maxLen || ![...name].every(isHan) || !this.hasNameShape(name)) return false;
    if (NAMES_AFTER_TITLE_VETO.has(name) || /(.)\1/.test(name) || !this.endsLikeName(ctx, start, end) || this.givenNameIsVerb(ctx, start, end)) return false;
    const first = ctx.words.tokenAt(start);
    if (first && first.start === start && first.word.length === 1 && FUNCTION_WORD_TAGS.test(first.tag)) return false;
    const last = ctx.words.tokenAt(end - 1);
    if (!last || last.end !== end || (last.start <= start && last.end === end && !NAME_TAG.test(last.tag))) return false;
    const next = ctx.words.tokenStartingAt(end);
    return !!next && next.word.length > 1 && !NAME_TAG.test(next.tag) && [...next.word].every(isHan);
  }

  /** Read a personal name starting at `pos`, choosing its length by what follows it. */
  readName(ctx: ArticleContext, pos: number, known: Set<string>, afterTitle = false): NameMatch | undefined {
    const { text } = ctx;
    for (const n of known) if (text.startsWith(n, pos) && this.followsAsName(text, pos + n.length)) return { name: n, end: pos + n.length };
    const dotted = /^[\u4e00-\u9fff]{1,6}(?:·[\u4e00-\u9fff]{1,8})+/.exec(text.slice(pos, pos + 30));
    if (dotted) {
      // 约翰·埃利亚施|表示: the last part ends where the next word starts.
      const lastPart = pos + dotted[0].lastIndexOf('·') + 1;
      let end = lastPart + 1;
      while (end < pos + dotted[0].length && !this.foreignStopAt(ctx, end)) end++;
      return { name: text.slice(pos, end), end };
    }
    const compound = this.lex.compoundSurnames.has(text.slice(pos, pos + 2));
    if (!compound && !this.lex.surnames.has(text[pos]!)) return undefined;
    let best: (NameMatch & { score: number }) | undefined;
    for (const len of compound ? [3, 4] : [2, 3]) {
      const end = pos + len;
      const name = text.slice(pos, end);
      if (name.length < len || ![...name].every(isHan) || !this.endsLikeName(ctx, pos, end)) continue;
      // 行政会议成员宣誓就职 (宣誓就职/nr): a verb of jieba's dictionary is no name.
      if (/^v/.test(tagOf(name)) || this.endsInFunctionWord(ctx, pos, end)) continue;
      const endsAtConjunction = this.conjunctionEndsName(ctx, end);
      // 林小同|等: jieba joins the name's last character and 等 into 同等.
      if (!ctx.nameFitsWords(pos, end, afterTitle) && !(endsAtConjunction && ctx.nameFitsWords(pos, end - 1, afterTitle))) continue;
      const score = this.followerScore(text, end);
      if (score === 0) continue;
      // 林武和省长…: a function word after a valid shorter name ends that name, unless a verb or 等 follows it (魏凤和出席).
      const shorterWins = best !== undefined && FUNCTION_FOLLOWERS.has(name[len - 1]!) && !endsAtConjunction;
      if (!best || (score >= best.score && !shorterWins)) best = { name, end, score };
    }
    return best && { name: best.name, end: best.end };
  }

  /**
   * 陈希|在|主持, 路|就|在, 总书记明确|了, 党|的|总书记: the candidate's last character is
   * a function word jieba reads on its own (在/p, 就/d, 了/ul, 的/uj), so the name, if
   * any, ended before it. Only words that follow names count: 刚/d, 正/d end 秦刚, 韩正;
   * 和 and 同 may end a name (魏凤和出席).
   */
  private endsInFunctionWord(ctx: ArticleContext, start: number, end: number): boolean {
    const last = ctx.words.tokenStartingAt(end - 1);
    return !!last && last.end === end && end - 1 > start && FUNCTION_WORD_TAGS.test(last.tag) && PARTICLE_NAME_ENDS.has(last.word);
  }

  /**
   * 都|认为, 曾经|靠, 向|他表示, 向|大家: the candidate opens with an adverb,
   * preposition or conjunction jieba reads as a word of its own — one that is no
   * surname (都, 很), a longer one (曾经), or one before a pronoun (向|他, 向|大家).
   */
  private opensWithFunctionWord(ctx: ArticleContext, start: number, end: number): boolean {
    const first = ctx.words.tokenStartingAt(start);
    if (!first || first.end >= end || !FUNCTION_WORD_TAGS.test(first.tag)) return false;
    if (first.word.length > 1 || !this.lex.surnames.has(first.word)) return true;
    const rest = ctx.words.tokenStartingAt(first.end);
    return !!rest && rest.end === end && rest.tag === 'r';
  }

  /** 魏凤和|出席, 林小同|等: a name's last character 和 or 同 is no conjunction when a verb or 等 follows it. */
  private conjunctionEndsName(ctx: ArticleContext, end: number): boolean {
    if (!CONJUNCTION_NAME_ENDS.has(ctx.text[end - 1]!)) return false;
    if (ctx.text[end] === '等') return true;
    const next = ctx.words.tokenStartingAt(end);
    return !!next && next.word.length > 1 && /^v/.test(next.tag);
  }

  /**
   * The last character may end a name: not the end of an organization or
   * place word (委, 局, 中), except 中 after two characters that are not one
   * word (范付中, but not 会议中, 工作中).
   */
  private endsLikeName(ctx: ArticleContext, start: number, end: number): boolean {
    const last = ctx.text[end - 1]!;
    if (!NOT_NAME_END.has(last)) return true;
    if (!GIVEN_NAME_ENDS.has(last) || end - start < 3) return false;
    for (let pos = start; pos < end; ) {
      const t = ctx.words.tokenAt(pos);
      if (!t || t.end > end || (t.word.length > 1 && !NAME_TAG.test(t.tag))) return false;
      pos = t.end;
    }
    return true;
  }

  /**
   * 柬埔寨首相洪森, 马拉维总统查克维拉: a head of state or government whose
   * title opens with a foreign country (or any place that is not a Chinese body).
   */
  private isForeignTitle(title: string, head: string): boolean {
    if (this.opensWithCountry(title)) return true;
    const prefix = title.slice(0, title.length - head.length);
    return this.lex.titles.foreignHeads.includes(head) && prefix.length >= 2 && !/(?:国务院|中国|中华|中共|全国|省|市|县|区|州|委|部|院|政府)/.test(prefix);
  }

  /**
   * Where the country before a foreign head starts when jieba does not tag
   * it as a place (约旦/d, 马里/q, 德国总理/nr): a country of the gazetteer
   * ending at the head, or else back over words to a verb, preposition,
   * conjunction or particle (习近平会见|汤加首相, 访问的|布隆迪总统, 同|越南总理),
   * at most 10 characters.
   */
  private countryStart(ctx: ArticleContext, headStart: number, limit: number): number {
    const floor = Math.max(ctx.clauseStart(headStart, 10), limit);
    const country = gazetteer().lexicon.countries.find((c) => ctx.text.endsWith(c, headStart) && headStart - c.length >= floor);
    if (country) return headStart - country.length;
    const inside = ctx.words.tokenAt(headStart);
    let start = inside && inside.start < headStart && inside.start >= floor ? inside.start : headStart;
    while (start > floor) {
      const prev = ctx.words.tokenEndingAt(start);
      if (!prev || prev.start < floor || /^(v|p|c|u)/.test(prev.tag) || (prev.word.length === 1 && COUNTRY_STOPS.has(prev.word))) break;
      start = prev.start;
    }
    return start;
  }

  /** A country's name starts at `start` or ends at `end` (汤加, 沙特阿拉伯). */
  private isCountryAt(text: string, start: number, end: number): boolean {
    return gazetteer().lexicon.countries.some((c) => text.startsWith(c, start) || text.endsWith(c, end));
  }

  private opensWithCountry(title: string): boolean {
    return gazetteer().lexicon.countries.some((c) => title.startsWith(c));
  }

  /**
   * 按照李强总理等: a name jieba knows, before a head Chinese and foreign
   * leaders share and ending the name's mention (等, a verb), is Chinese; 汤加总理
   * 索瓦莱尼 (no follower after the head) stays foreign.
   */
  private chineseNameBeforeHead(ctx: ArticleContext, prefix: string, headStart: number, head: string): boolean {
    if (prefix !== '' || !this.lex.titles.chineseAndForeignHeads.includes(head) || !this.followsAsName(ctx.text, headStart + head.length)) return false;
    const t = ctx.words.tokenEndingAt(headStart);
    return !!t && /^nr/.test(t.tag) && t.word.length <= 3 && this.hasNameShape(t.word) && !this.isCountryAt(ctx.text, t.start, headStart);
  }

  /**
   * A transliterated name after a foreign title runs to the first word that
   * cannot be part of it (托卡耶夫|通电话, 拉赫蒙|互致贺电, 雅各布斯多蒂尔|等). jieba
   * splits such names arbitrarily (托/v 卡耶夫/nr), so only a dictionary word of
   * two or more characters at the start (一道, 是, 坚定) vetoes a name.
   */
  private readForeignName(ctx: ArticleContext, pos: number): NameMatch | undefined {
    const { text } = ctx;
    const first = ctx.words.tokenAt(pos);
    if (first && first.word.length >= 2 && !/^(nr|nrt|nrfg|x|ns|nz|j)$/.test(first.tag)) return undefined;
    if (this.foreignStopAt(ctx, pos)) return undefined;
    for (let end = pos + 2; end <= pos + 12 && end <= text.length; end++) {
      const ch = text[end - 1]!;
      if (!isHan(ch) && ch !== '·') return undefined;
      if (end === text.length || this.foreignStopAt(ctx, end)) return { name: text.slice(pos, end), end };
    }
    return undefined;
  }

  private foreignStopAt(ctx: ArticleContext, pos: number): boolean {
    const { text } = ctx;
    // 特朗普|制造, 拉夫罗夫|再次, 普京|通过: a verb, adverb or preposition word of jieba's starts here.
    const word = ctx.words.tokenStartingAt(pos);
    if (word && word.word.length >= 2 && /^(v|vd|vn|d|ad|p|t|c)$/.test(word.tag)) return true;
    const ch = text[pos];
    if (ch === undefined || CLAUSE_BREAK.has(ch) || ch === '、' || /[0-9０-９]/.test(ch)) return true;
    if (FOREIGN_NAME_STOPS.has(ch)) return true;
    const follower = longestPrefixAt(text, pos, this.lex.followers, this.lex.followerMaxLen);
    return (follower !== undefined && follower.length > 1) || FOREIGN_NAME_STOP_WORDS.test(text.slice(pos, pos + 4));
  }

  /** 2 for a word that typically follows a name, 1 for a function character, 0 for none. */
  private followerScore(text: string, end: number): number {
    if (end >= text.length) return 2;
    const ch = text[end]!;
    if (/[0-9０-９]/.test(ch)) return 2;
    const word = longestPrefixAt(text, end, this.lex.followers, this.lex.followerMaxLen);
    if (this.headStartsAt(text, end)) return 2;
    if (!word) return 0;
    return word.length > 1 || CLAUSE_BREAK.has(word) || word === '、' ? 2 : 1;
  }

  private followsAsName(text: string, end: number): boolean {
    return this.followerScore(text, end) > 0;
  }

  private headStartsAt(text: string, pos: number): boolean {
    for (let len = 5; len >= 2; len--) if (this.headSet.has(text.slice(pos, pos + len))) return true;
    return false;
  }

  private precededByExcluded(text: string, headStart: number, head: string): boolean {
    const not = this.lex.titles.notPrecededBy[head];
    return !!not && not.some((w) => text.endsWith(w, headStart));
  }

  /** Starts with a surname and is not a collective noun jieba takes for a name (师生). */
  private hasNameShape(name: string): boolean {
    return (this.lex.compoundSurnames.has(name.slice(0, 2)) || this.lex.surnames.has(name[0]!)) && !NOT_NAMES.has(name);
  }
}
