// organization-events: an organization's events — those it organized, hosted or convened (ORGANIZED_BY),
// and those its people (HOLDS_POSITION in it) presided, spoke at or attended.
// Matched by name or alias (市委 finds every 某市委 that was printed as 市委; 工信部 finds 工业和信息化部).
:param org => '工业和信息化部';
MATCH (o:Organization)
WHERE o.name = $org OR $org IN o.aliases
CALL {
  WITH o
  MATCH (e:Event)-[r:ORGANIZED_BY]->(o)
  RETURN e, 'organized' AS how, [] AS people
  UNION
  WITH o
  MATCH (p:Person)-[:HOLDS_POSITION]->(o)
  MATCH (p)-[:PRESIDED|SPOKE_AT|ATTENDED]->(e:Event)
  RETURN e, 'member took part' AS how, collect(DISTINCT p.name) AS people
}
RETURN o.name AS organization, coalesce(toString(e.date), e.monthDay) AS date, e.name AS event, how, people
ORDER BY organization, date, event, how;
