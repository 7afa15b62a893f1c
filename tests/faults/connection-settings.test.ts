import { describe, expect, it } from 'vitest';
import { ConnectionError, resolveConfig } from '../../src/neo4j/connection.js';

describe('the retry window of managed transactions', () => {
  it('is 30 s unless NEO4J_RETRY_SECONDS says otherwise', () => {
    expect(resolveConfig({}, {}).retrySeconds).toBe(30);
    expect(resolveConfig({}, { NEO4J_RETRY_SECONDS: '240' }).retrySeconds).toBe(240);
  });
  it('refuses a value that is no positive number, naming the variable', () => {
    for (const bad of ['abc', '0', '-5'])
      expect(() => resolveConfig({}, { NEO4J_RETRY_SECONDS: bad })).toThrow(new ConnectionError(`NEO4J_RETRY_SECONDS must be a positive number of seconds, not "${bad}"`));
  });
});
