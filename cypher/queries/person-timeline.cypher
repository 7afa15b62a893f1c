// person-timeline: a person's meetings and roles on a timeline.
// Every event the person presided, spoke at or attended, and every position
// (HOLDS_POSITION) the articles give, in date order (an event's date is a Cypher date, printed as ISO text; MM-DD ones are its monthDay). `titles` are the titles
// printed beside the name in the articles reporting the event; `articles` the
// articles that say so. One row per person node (one name in two cities is two people).
:param name => '马卫光';
CALL {
  MATCH (p:Person)-[r:PRESIDED|SPOKE_AT|ATTENDED]->(e:Event)
  WHERE p.name = $name
  WITH p, e, collect(DISTINCT type(r)) AS roles,
       reduce(acc = [], x IN collect(r.articles) | acc + [a IN x WHERE NOT a IN acc]) AS articles
  OPTIONAL MATCH (p)-[m:MENTIONED_IN]->(a:Article)
  WHERE a.id IN articles
  WITH p, e, roles, articles, reduce(acc = [], t IN reduce(all = [], x IN collect(m.titles) | all + coalesce(x, [])) | CASE WHEN t IN acc THEN acc ELSE acc + t END) AS titles
  RETURN p.id AS person, coalesce(toString(e.date), e.monthDay, '') AS date, 'event' AS kind, e.name AS what, roles, titles, articles
  UNION ALL
  MATCH (p:Person)-[h:HOLDS_POSITION]->(o:Organization)
  WHERE p.name = $name
  RETURN p.id AS person, coalesce(h.date, '') AS date, 'position' AS kind, o.name AS what, [] AS roles, [h.title] AS titles, h.articles AS articles
}
RETURN person, date, kind, what, roles, titles, articles
ORDER BY person, date, kind, what;
