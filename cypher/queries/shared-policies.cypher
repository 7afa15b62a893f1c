// shared-policies: policies mandated by more than one event (at least $min), the events,
// and who spoke at those events (the speakers who set the policy out).
:param min => 2;
:param limit => 50;
MATCH (e:Event)-[:MANDATES]->(pol:Policy)
WITH pol, collect(DISTINCT e) AS events
WHERE size(events) >= $min
UNWIND events AS e
OPTIONAL MATCH (s:Person)-[:SPOKE_AT]->(e)
WITH pol, events, [x IN collect(DISTINCT s.name) WHERE x IS NOT NULL] AS speakers
RETURN pol.name AS policy, size(events) AS events_count,
       [e IN events | trim(coalesce(toString(e.date), e.monthDay, '') + ' ' + e.name)] AS events, speakers
ORDER BY events_count DESC, policy
LIMIT toInteger($limit);
