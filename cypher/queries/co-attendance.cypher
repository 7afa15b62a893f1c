// co-attendance: people who met at N or more events (presided, spoke at or attended the same event).
// Each pair once, with the events they shared, most shared first.
:param min => 2;
:param limit => 50;
MATCH (a:Person)-[:PRESIDED|SPOKE_AT|ATTENDED]->(e:Event)<-[:PRESIDED|SPOKE_AT|ATTENDED]-(b:Person)
WHERE a.id < b.id
WITH a, b, collect(DISTINCT e) AS events
WHERE size(events) >= $min
RETURN a.name AS person1, b.name AS person2, size(events) AS shared,
       [e IN events | trim(coalesce(toString(e.date), e.monthDay, '') + ' ' + e.name)] AS events
ORDER BY shared DESC, person1, person2
LIMIT toInteger($limit);
