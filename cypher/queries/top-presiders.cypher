// top-presiders: who presides most — people by the number of events they presided (主持), with a few of them.
:param limit => 20;
MATCH (p:Person)-[:PRESIDED]->(e:Event)
WITH p, e ORDER BY e.date
WITH p, collect(DISTINCT e) AS events
RETURN p.name AS person, p.id AS id, size(events) AS presided,
       [e IN events[0..5] | trim(coalesce(toString(e.date), e.monthDay, '') + ' ' + e.name)] AS examples
ORDER BY presided DESC, person
LIMIT toInteger($limit);
