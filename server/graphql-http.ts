import { parse as parseUrl } from 'node:url';
import type { IncomingHttpHeaders } from 'node:http';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { HeaderMap } from '@apollo/server';
import type { ApolloServer, BaseContext, ContextFunction } from '@apollo/server';

/**
 * The HTTP side of `/graphql`, as `express.json` + `@as-integrations/express5` do it, with a short path for
 * the common request (a POSTed JSON body of known length, answered with JSON): those two packages cost ~6 %
 * of the server's CPU per request (content-type parsing, raw-body's streams, an iconv decoder, `url.parse`,
 * Express's `res.send` turning the answer into a Buffer and writing it in a second chunk). Every request the
 * short path does not cover goes through the packages themselves, so status, headers, body and errors stay
 * what they were.
 */

/** What `bodyErrors` (app.ts) reads from a body failure: the same fields body-parser's errors carry. */
interface BodyError extends Error {
  status: number;
  type: string;
}

/** The request's body can be read here instead of by `express.json`: plain JSON of a known, allowed size. */
export function isPlainJsonBody(headers: IncomingHttpHeaders, limitBytes: number): boolean {
  const type = headers['content-type'];
  if (type !== 'application/json' && type !== 'application/json; charset=utf-8') return false;
  if (headers['transfer-encoding'] !== undefined) return false;
  const encoding = headers['content-encoding'];
  if (encoding !== undefined && encoding.toLowerCase() !== 'identity') return false;
  const length = headers['content-length'];
  if (length === undefined || !/^[1-9][0-9]{0,9}$/.test(length)) return false;
  return Number(length) <= limitBytes;
}

/**
 * A JSON body as body-parser's strict `json()` reads it: a leading BOM dropped, an empty body is `{}`, the
 * top level must be an object or an array, anything else is a 400 `entity.parse.failed`.
 */
export function parseJsonBody(text: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.length === 0) return {};
  const first = body[firstNonBlank(body)];
  if (first !== '{' && first !== '[') throw bodyError(400, 'entity.parse.failed', 'strict violation');
  try {
    return JSON.parse(body) as unknown;
  } catch (e) {
    throw bodyError(400, 'entity.parse.failed', (e as Error).message);
  }
}

/** Index of the first character that is not JSON whitespace (space, tab, line feed, carriage return). */
function firstNonBlank(text: string): number {
  let i = 0;
  while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  return i;
}

function bodyError(status: number, type: string, message: string): BodyError {
  return Object.assign(new Error(message), { status, type });
}

/** `url.parse(url).search ?? ''` without parsing a URL that has no query string (every POST). */
export function searchOf(url: string): string {
  return url.includes('?') ? (parseUrl(url).search ?? '') : '';
}

/** `'body' in req`, as both packages test it (Express's types declare `body` on every request). */
const bodySet = (req: object): boolean => 'body' in req;

/** Reads plain JSON bodies (`isPlainJsonBody`) itself; hands every other request to `fallback`. */
export function jsonBody(limitBytes: number, fallback: RequestHandler): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (bodySet(req) || !isPlainJsonBody(req.headers, limitBytes)) {
      void fallback(req, res, next);
      return;
    }
    req.body = undefined;
    const expected = Number(req.headers['content-length']);
    const chunks: Buffer[] = [];
    let received = 0;
    let done = false;
    const fail = (error: BodyError) => {
      if (done) return;
      done = true;
      next(error);
    };
    req.on('data', (chunk: Buffer) => {
      received += chunk.length;
      chunks.push(chunk);
    });
    req.on('aborted', () => fail(bodyError(400, 'request.aborted', 'request aborted')));
    req.on('error', (e: Error) => fail(bodyError(400, 'request.aborted', e.message)));
    req.on('end', () => {
      if (done) return;
      if (received !== expected) {
        fail(bodyError(400, 'request.size.invalid', 'request size did not match content length'));
        return;
      }
      done = true;
      const buffer = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, received);
      try {
        req.body = parseJsonBody(buffer.toString('utf8'));
      } catch (e) {
        next(e);
        return;
      }
      next();
    });
  };
}

/** The one content type Apollo gives JSON answers; Express's `res.send` leaves it as it is. */
const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * `expressMiddleware` of @as-integrations/express5, same steps; a complete JSON answer to a POST is written
 * with `res.end(string)`, which Node sends with its head in one write, as `res.send` would send it (same
 * headers in the same order: Apollo's, `Content-Type` re-set under that name, then `Content-Length`).
 */
export function graphqlHandler<C extends BaseContext>(
  server: ApolloServer<C>,
  context: ContextFunction<[{ req: Request; res: Response }], C>,
): RequestHandler {
  server.assertStarted('graphqlHandler()');
  return async (req: Request, res: Response) => {
    if (!bodySet(req)) {
      res.status(500);
      res.send(
        '`req.body` is not set; this probably means you forgot to set up the ' +
          '`json` middleware before the Apollo Server middleware.',
      );
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: req.method.toUpperCase(),
        headers,
        search: searchOf(req.url),
        body: req.body as unknown,
      },
      context: () => context({ req, res }),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status || 200;
    if (response.body.kind === 'complete') {
      const plain =
        req.method === 'POST' &&
        response.headers.get('content-type') === JSON_TYPE &&
        res.statusCode !== 204 &&
        res.statusCode !== 205 &&
        res.statusCode !== 304;
      if (!plain) {
        res.send(response.body.string);
        return;
      }
      const text = response.body.string;
      res.setHeader('Content-Type', JSON_TYPE);
      res.setHeader('Content-Length', Buffer.byteLength(text));
      res.end(text, 'utf8');
      return;
    }
    for await (const chunk of response.body.asyncIterator) {
      res.write(chunk);
      const flushable = res as Response & { flush?: () => void };
      if (typeof flushable.flush === 'function') flushable.flush();
    }
    res.end();
  };
}
