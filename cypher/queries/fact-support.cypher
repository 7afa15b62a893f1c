// fact-support: the articles that support a given fact, with the sentence of each.
// $type is a relationship type (PRESIDED, SPOKE_AT, ATTENDED, MANDATES, HELD_IN, ORGANIZED_BY,
// HOLDS_POSITION, PART_OF); $from and $to are names, aliases or ids of its two ends.
:param from => '韦韬';
:param type => 'SPOKE_AT';
:param to => '全市安全生产工作会议';
MATCH (x)-[r]->(y)
WHERE type(r) = $type
  AND (x.id = $from OR x.name = $from OR $from IN coalesce(x.aliases, []))
  AND (y.id = $to OR y.name = $to OR $to IN coalesce(y.aliases, []))
UNWIND range(0, size(r.evidenceArticles) - 1) AS i
MATCH (a:Article {id: r.evidenceArticles[i]})
RETURN a.id AS article, a.date AS date, a.title AS title, r.evidenceTexts[i] AS sentence,
       r.evidenceStarts[i] AS start, r.evidenceEnds[i] AS end
ORDER BY date, article, start;
