import type { GraphQLError } from 'graphql';
import { CURATOR_HEADER, identify, presentedKey, requireWriter } from '../../../server/auth';
import { readServerConfig } from '../../../server/config';

const withKey = readServerConfig({ DEALGRAPH_API_KEY: 'k1', DEALGRAPH_API_KEY_LABEL: 'newsroom' });
const noKey = readServerConfig({});
const codeOf = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (e) {
    return (e as GraphQLError).extensions.code;
  }
  return 'no error';
};

describe('auth', () => {
  it('reads the key from a Bearer header or x-api-key', () => {
    expect(presentedKey({ authorization: 'Bearer abc' })).toBe('abc');
    expect(presentedKey({ authorization: 'bearer   abc ' })).toBe('abc');
    expect(presentedKey({ 'x-api-key': 'xyz' })).toBe('xyz');
    expect(presentedKey({ authorization: 'Basic abc' })).toBeNull();
    expect(presentedKey({})).toBeNull();
  });

  it('accepts only the configured key, and names the caller from its label and the curator header', () => {
    const good = identify({ authorization: 'Bearer k1', [CURATOR_HEADER]: 'Ana\u0007' }, withKey);
    expect(good.authenticated).toBe(true);
    expect(good.who).toBe('newsroom/Ana');
    expect(identify({ authorization: 'Bearer k2' }, withKey).authenticated).toBe(false);
    expect(identify({ authorization: 'Bearer k1' }, noKey).authenticated).toBe(false);
  });

  it('refuses writers: FORBIDDEN with no key configured, UNAUTHENTICATED with a missing or wrong key', () => {
    expect(codeOf(() => requireWriter(identify({ authorization: 'Bearer k1' }, noKey), noKey))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(() => requireWriter(identify({}, withKey), withKey))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => requireWriter(identify({ 'x-api-key': 'nope' }, withKey), withKey))).toBe(
      'UNAUTHENTICATED',
    );
    expect(requireWriter(identify({ 'x-api-key': 'k1' }, withKey), withKey)).toBe('newsroom');
  });
});
