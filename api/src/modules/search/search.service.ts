import { Injectable } from '@nestjs/common';
import { invalidField, notFound } from '../../core/errors/app-error.js';
import { decodeCursor, toConnection } from '../../core/graphql/pagination.js';
import { normalizeText, queryGrams, tokens } from '../../core/search/grams.js';
import { isStaff, type Reader } from '../../core/auth/viewer.js';
import { MembersService } from '../members/members.service.js';
import { SpacesService } from '../spaces/spaces.service.js';
import { PostsService } from '../posts/posts.service.js';
import { snippet } from './snippet.js';
import { plainTextOf } from '../posts/content.js';
import type { SearchArgs } from './search.models.js';

@Injectable()
export class SearchService {
  constructor(
    private readonly posts: PostsService,
    private readonly spaces: SpacesService,
    private readonly members: MembersService,
  ) {}

  async run(viewer: Reader, args: SearchArgs) {
    const terms = tokens(normalizeText(args.query));
    if (!terms.length) throw invalidField('query', 'REQUIRED', 'Enter words to search for.');
    let spaceIds = await this.posts.visibleSpaceIds(viewer);
    if (args.spaceSlug) spaceIds = [(await this.spaces.bySlug(viewer, args.spaceSlug)).id];
    let authorId: string | undefined;
    if (args.authorHandle) {
      const author = await this.members.findByHandle(args.authorHandle);
      if (!author) throw notFound('This member');
      authorId = author.id;
    }
    const after = decodeCursor(args.after, ['float', 'date', 'uuid']);
    const rows = await this.posts.search({
      grams: queryGrams(terms.join(' ')),
      terms,
      spaceIds,
      kind: args.kind,
      solved: args.solved,
      authorId,
      from: args.from,
      to: args.to,
      includeHidden: isStaff(viewer),
      first: args.first,
      after,
    });
    const page = toConnection(rows, args.first, (r) => [
      String(r.score),
      r.createdAt.toISOString(),
      r.id,
    ]);
    return {
      ...page,
      nodes: page.nodes.map((r) => ({
        type: r.type,
        postId: r.postId,
        commentId: r.type === 'comment' ? r.id : null,
        snippetHtml: snippet(plainTextOf(r.title, r.body), terms),
        score: r.score,
      })),
    };
  }
}
