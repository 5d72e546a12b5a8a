import { addAlias, removeAlias } from '../../graph/curation/aliases';
import { mergeEntities, undoMerge } from '../../graph/curation/merge';
import { setVerdict } from '../../graph/curation/verdicts';
import { deleteArticle } from '../../graph/writer';
import type { ApiArticle } from '../article-store';
import { requireWriter } from '../auth';
import type { RequestContext } from '../context';
import { refreshLoaders } from '../context';
import { ErrorCode, apiError, badInput, notFound } from '../errors';
import { htmlToArticleText } from '../html';

/** Longest article text accepted by ingestArticle, in characters. */
export const ARTICLE_CHARS_MAX = 500_000;
/** Longest curation note, in characters. */
export const NOTE_CHARS_MAX = 2000;
/** Recorded as the source of articles sent through the API. */
export const API_SOURCE = 'api';

interface IngestInput {
  text?: string | null;
  html?: string | null;
  title?: string | null;
  url?: string | null;
  published?: string | null;
}

function checkNote(note: string | null | undefined): string | null {
  if (note && note.length > NOTE_CHARS_MAX)
    throw badInput(`A note has at most ${NOTE_CHARS_MAX} characters.`);
  return note ?? null;
}

async function articleExists(id: string, ctx: RequestContext): Promise<boolean> {
  const rows = await ctx.reader.read('RETURN EXISTS { MATCH (:Article {id: $id}) } AS found', { id });
  return rows[0]?.found === true;
}

export const mutationResolvers = {
  Mutation: {
    ingestArticle: async (_: unknown, { input }: { input: IngestInput }, ctx: RequestContext) => {
      requireWriter(ctx.caller, ctx.config);
      if (ctx.storeArticle === null) {
        throw apiError(ErrorCode.FORBIDDEN, 'This server was started without article ingestion.', {
          reason: 'INGEST_DISABLED',
        });
      }
      if ((input.text == null) === (input.html == null))
        throw badInput('Give exactly one of `text` and `html`.');
      const text = input.text != null ? input.text.trim() : htmlToArticleText(input.html as string);
      if (!text) throw badInput('The article has no text.');
      if (text.length > ARTICLE_CHARS_MAX)
        throw badInput(`An article has at most ${ARTICLE_CHARS_MAX} characters.`);
      const article: ApiArticle = {
        file: input.url ?? API_SOURCE,
        text,
        title: input.title ?? null,
        url: input.url ?? null,
        published: input.published ?? null,
      };
      const stored = await ctx.storeArticle(article);
      refreshLoaders(ctx);
      return {
        article: await ctx.loaders.article.load(stored.articleId),
        created: stored.created,
        entities: stored.entities,
        relations: stored.relations,
        events: stored.events,
      };
    },
    deleteArticle: async (_: unknown, args: { id: string }, ctx: RequestContext) => {
      requireWriter(ctx.caller, ctx.config);
      if (!(await articleExists(args.id, ctx))) throw notFound(`No article has id "${args.id}".`);
      await deleteArticle(ctx.graph, args.id);
      refreshLoaders(ctx);
      return { id: args.id, deleted: true };
    },
    mergeEntities: async (_: unknown, args: { survivor: string; merged: string }, ctx: RequestContext) => {
      const who = requireWriter(ctx.caller, ctx.config);
      const out = await mergeEntities(ctx.graph, args.survivor, args.merged, who);
      refreshLoaders(ctx);
      return { mergeId: out.mergeId, survivor: await ctx.loaders.entity.load(out.survivorId) };
    },
    undoMerge: async (_: unknown, args: { mergeId: string }, ctx: RequestContext) => {
      const who = requireWriter(ctx.caller, ctx.config);
      const out = await undoMerge(ctx.graph, args.mergeId, who);
      refreshLoaders(ctx);
      return { mergeId: out.mergeId, restored: await ctx.loaders.entity.load(out.survivorId) };
    },
    addAlias: async (_: unknown, args: { entity: string; alias: string }, ctx: RequestContext) => {
      requireWriter(ctx.caller, ctx.config);
      const id = await addAlias(ctx.graph, args.entity, args.alias);
      refreshLoaders(ctx);
      return ctx.loaders.entity.load(id);
    },
    removeAlias: async (_: unknown, args: { entity: string; alias: string }, ctx: RequestContext) => {
      requireWriter(ctx.caller, ctx.config);
      const id = await removeAlias(ctx.graph, args.entity, args.alias);
      refreshLoaders(ctx);
      return ctx.loaders.entity.load(id);
    },
    acceptFact: (_: unknown, args: { id: string; note?: string | null }, ctx: RequestContext) =>
      setVerdict(ctx.graph, args.id, 'ACCEPTED', requireWriter(ctx.caller, ctx.config), checkNote(args.note)),
    rejectFact: (_: unknown, args: { id: string; note?: string | null }, ctx: RequestContext) =>
      setVerdict(ctx.graph, args.id, 'REJECTED', requireWriter(ctx.caller, ctx.config), checkNote(args.note)),
  },
};
