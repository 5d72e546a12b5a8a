import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { parse as parseUrl } from 'node:url';
import { gzipSync } from 'node:zlib';
import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import {
  graphqlHandler,
  isPlainJsonBody,
  jsonBody,
  parseJsonBody,
  searchOf,
} from '../../../server/graphql-http';

describe('isPlainJsonBody (bodies read without express.json)', () => {
  const plain = { 'content-type': 'application/json', 'content-length': '27' };

  it('takes a JSON body of known length within the limit', () => {
    expect(isPlainJsonBody(plain, 100)).toBe(true);
    expect(isPlainJsonBody({ ...plain, 'content-type': 'application/json; charset=utf-8' }, 100)).toBe(true);
    expect(isPlainJsonBody({ ...plain, 'content-encoding': 'identity' }, 27)).toBe(true);
  });

  it('leaves every other body to express.json', () => {
    expect(isPlainJsonBody({ ...plain, 'content-length': '28' }, 27)).toBe(false);
    expect(isPlainJsonBody({ ...plain, 'content-length': '0' }, 100)).toBe(false);
    expect(isPlainJsonBody({ ...plain, 'content-length': ' 27' }, 100)).toBe(false);
    expect(isPlainJsonBody({ 'content-type': 'application/json' }, 100)).toBe(false);
    expect(isPlainJsonBody({ ...plain, 'transfer-encoding': 'chunked' }, 100)).toBe(false);
    expect(isPlainJsonBody({ ...plain, 'content-encoding': 'gzip' }, 100)).toBe(false);
    expect(isPlainJsonBody({ ...plain, 'content-type': 'application/json; charset=latin1' }, 100)).toBe(
      false,
    );
    expect(isPlainJsonBody({ ...plain, 'content-type': 'text/plain' }, 100)).toBe(false);
    expect(isPlainJsonBody({ ...plain, 'content-type': undefined }, 100)).toBe(false);
  });
});

describe('parseJsonBody (body-parser strict json)', () => {
  it('reads objects and arrays, after whitespace or a BOM', () => {
    expect(parseJsonBody('{"query":"{ a }"}')).toEqual({ query: '{ a }' });
    expect(parseJsonBody(' \n\t[1]')).toEqual([1]);
    expect(parseJsonBody('\uFEFF{"a":1}')).toEqual({ a: 1 });
  });

  it('reads an empty body as {}', () => {
    expect(parseJsonBody('')).toEqual({});
    expect(parseJsonBody('\uFEFF')).toEqual({});
  });

  it('answers 400 entity.parse.failed for a scalar top level or broken JSON', () => {
    for (const text of ['3', ' "x"', 'null', '{"query": ', '{} x', '   ']) {
      expect(() => parseJsonBody(text)).toThrow(
        expect.objectContaining({ status: 400, type: 'entity.parse.failed' }) as Error,
      );
    }
  });
});

describe('searchOf (url.parse(url).search)', () => {
  it('agrees with url.parse', () => {
    for (const url of [
      '/graphql',
      '/graphql?query=%7Ba%7D',
      "/graphql?q={a}&x='b'",
      '/graphql#x',
      '/g?a#b',
      '/?',
    ]) {
      expect(searchOf(url)).toBe(parseUrl(url).search ?? '');
    }
  });
});

/** The same Apollo behind the packages (reference) and behind graphql-http.ts; raw answers must match. */
describe('jsonBody + graphqlHandler answer as express.json + expressMiddleware do', () => {
  const LIMIT = 2000;
  let apollo: ApolloServer;
  const servers: Server[] = [];
  const ports: number[] = [];

  const bodyErrors = (err: unknown, _req: Request, res: Response, next: NextFunction): void => {
    const e = err as { status?: number; type?: string } | null;
    if (!e || typeof e.status !== 'number') return next(err);
    res.status(e.status).json({ errors: [{ message: String(e.type) }] });
  };

  beforeAll(async () => {
    apollo = new ApolloServer({
      typeDefs: 'type Query { hello(n: Int): String, fail: String }',
      resolvers: {
        Query: {
          hello: (_: unknown, a: { n?: number }) => `hi ${a.n ?? 0} é`,
          fail: () => {
            throw new Error('boom');
          },
        },
      },
      allowBatchedHttpRequests: false,
      csrfPrevention: false,
      includeStacktraceInErrorResponses: false,
    });
    await apollo.start();
    const context = async () => ({});
    const reference = express();
    reference.set('etag', false);
    reference.use('/graphql', express.json({ limit: LIMIT }), expressMiddleware(apollo, { context }));
    reference.use(bodyErrors);
    const ours = express();
    ours.set('etag', false);
    ours.use('/graphql', jsonBody(LIMIT, express.json({ limit: LIMIT })), graphqlHandler(apollo, context));
    ours.use(bodyErrors);
    for (const app of [reference, ours]) {
      const server = createServer(app);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      servers.push(server);
      ports.push((server.address() as AddressInfo).port);
    }
  });

  afterAll(async () => {
    for (const s of servers) await new Promise((resolve) => s.close(resolve));
    await apollo.stop();
  });

  const raw = (port: number, bytes: Buffer): Promise<string> =>
    new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1');
      const chunks: Buffer[] = [];
      socket.on('data', (c: Buffer) => chunks.push(c));
      socket.on('error', reject);
      socket.on('close', () =>
        resolve(
          Buffer.concat(chunks)
            .toString('latin1')
            .replace(/Date: [^\r]*/, 'Date: -'),
        ),
      );
      socket.write(bytes);
    });

  const post = (
    body: string | Buffer,
    headers: Record<string, string | null> = {},
    line = 'POST /graphql',
  ) => {
    const b = Buffer.isBuffer(body) ? body : Buffer.from(body);
    const all: Record<string, string | null> = {
      'Content-Type': 'application/json',
      'Content-Length': String(b.length),
      Connection: 'close',
      ...headers,
    };
    const head = Object.entries(all)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => `${k}: ${v}`)
      .join('\r\n');
    return Buffer.concat([Buffer.from(`${line} HTTP/1.1\r\nHost: x\r\n${head}\r\n\r\n`), b]);
  };

  const q = '{"query":"{ hello(n: 3) }"}';
  const cases: [string, Buffer][] = [
    ['plain', post(q)],
    ['long answer', post(JSON.stringify({ query: `{ ${'hello '.repeat(150)} }` }))],
    ['charset', post(q, { 'Content-Type': 'application/json; charset=utf-8' })],
    ['other charset', post(q, { 'Content-Type': 'application/json; charset=latin1' })],
    ['no content type', post(q, { 'Content-Type': null })],
    ['broken JSON', post('{"query": ')],
    ['scalar', post('3')],
    ['BOM', post(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(q)]))],
    ['empty', post('')],
    ['batch', post(`[${q}]`)],
    ['too large', post(JSON.stringify({ query: '{ hello }', pad: 'x'.repeat(LIMIT) }))],
    ['gzip', post(gzipSync(q), { 'Content-Encoding': 'gzip' })],
    ['resolver error', post('{"query":"{ fail }"}')],
    ['bad variable', post('{"query":"query($n: Int) { hello(n: $n) }","variables":{"n":"x"}}')],
    ['syntax error', post('{"query":"{ hello "}')],
    ['query string', post(q, {}, 'POST /graphql?x=1')],
    ['GET', Buffer.from('GET /graphql?query=%7Bhello%7D HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')],
    ['PUT', post(q, {}, 'PUT /graphql')],
  ];

  it.each(cases)('%s', async (_name, bytes) => {
    const [expected, actual] = [await raw(ports[0], bytes), await raw(ports[1], bytes)];
    expect(expected).toMatch(/^HTTP\/1\.1 \d{3} /);
    expect(actual).toBe(expected);
  });
});
