import { MAX_FIRST_DEFAULT, PORT_DEFAULT, readServerConfig } from '../../../server/config';

describe('readServerConfig', () => {
  it('uses the defaults when nothing is set: open reads, no key, mutations off', () => {
    const c = readServerConfig({});
    expect(c.port).toBe(PORT_DEFAULT);
    expect(c.apiKey).toBeNull();
    expect(c.readAccess).toBe('open');
    expect(c.production).toBe(false);
    expect(c.limits.first).toBe(MAX_FIRST_DEFAULT);
  });

  it('reads port, key, access mode, production and limits', () => {
    const c = readServerConfig({
      PORT: '8080',
      DEALGRAPH_API_KEY: ' s3cret ',
      DEALGRAPH_READ_ACCESS: 'KEY',
      NODE_ENV: 'production',
      DEALGRAPH_MAX_DEPTH: '7',
    });
    expect(c).toMatchObject({ port: 8080, apiKey: 's3cret', readAccess: 'key', production: true });
    expect(c.limits.depth).toBe(7);
  });

  it('refuses invalid values with a stable code', () => {
    expect(() => readServerConfig({ DEALGRAPH_READ_ACCESS: 'sometimes' })).toThrow(
      expect.objectContaining({ code: 'CONFIG_INVALID' }),
    );
    expect(() => readServerConfig({ DEALGRAPH_READ_ACCESS: 'key' })).toThrow(/DEALGRAPH_API_KEY/);
    expect(() => readServerConfig({ DEALGRAPH_MAX_COST: '-3' })).toThrow(/DEALGRAPH_MAX_COST/);
    expect(() => readServerConfig({ PORT: 'eighty' })).toThrow(/PORT/);
  });
});
