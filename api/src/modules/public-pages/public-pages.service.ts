import { Inject, Injectable } from '@nestjs/common';
import { VISITOR } from '../../core/auth/viewer.js';
import { CONFIG, type Config } from '../../config/env.js';
import { escapeHtml, PublicPages, type PublicPage } from '../../core/http/public-page.js';
import { isUuid } from '../../core/ids.js';
import { excerpt, renderMarkdown } from '../../core/markdown/markdown.js';
import { CommunityService } from '../community/community.service.js';
import type { CommunitySettingsEntity } from '../community/entities/community-settings.entity.js';
import { MembersService } from '../members/members.service.js';
import type { MemberEntity } from '../members/entities/member.entity.js';
import { CommentsService } from '../posts/comments.service.js';
import { PostsService } from '../posts/posts.service.js';
import type { CommentEntity } from '../posts/entities/comment.entity.js';
import type { PostEntity } from '../posts/entities/post.entity.js';
import type { FeedArgs } from '../posts/dto/post.inputs.js';
import { SpacesService } from '../spaces/spaces.service.js';
import type { SpaceEntity } from '../spaces/entities/space.entity.js';

/** A sitemap holds at most 50,000 addresses. */
const SITEMAP_POSTS = 49_000;
const ANSWERS_SHOWN = 20;

const WORDS = {
  ja: { answers: '回答', comments: 'コメント', posts: '投稿', by: '投稿者' },
  en: { answers: 'Answers', comments: 'Comments', posts: 'Posts', by: 'By' },
} as const;

const xml = (text: string) => escapeHtml(text);

/**
 * Public pages described for crawlers and link previews, as a visitor sees them (and only while
 * the community is visible to visitors): posts with their answers, spaces, profiles, the home
 * page; the sitemap of them and robots.txt.
 */
@Injectable()
export class PublicPagesService implements PublicPages {
  constructor(
    @Inject(CONFIG) private readonly config: Config,
    private readonly community: CommunityService,
    private readonly spaces: SpacesService,
    private readonly posts: PostsService,
    private readonly comments: CommentsService,
    private readonly members: MembersService,
  ) {}

  async render(path: string): Promise<PublicPage | null> {
    const settings = await this.community.settings();
    if (!settings.visibleToVisitors) return null;
    const [, section, key, rest] = path.split('/');
    if (rest !== undefined) return null;
    if (!section) return this.home(settings);
    const id = decodeURIComponent(key ?? '');
    if (section === 'posts' && isUuid(id)) return this.post(settings, id);
    if (section === 's' && id) return this.space(settings, id);
    if (section === 'members' && id) return this.profile(settings, id.toLowerCase());
    return null;
  }

  async robots(): Promise<string> {
    const { visibleToVisitors } = await this.community.settings();
    if (!visibleToVisitors) return 'User-agent: *\nDisallow: /\n';
    return [
      'User-agent: *',
      'Allow: /',
      ...['/admin/', '/manage/', '/settings/', '/notifications', '/new', '/sign-in', '/sign-up']
        .concat(['/forgot-password', '/reset-password', '/graphql', '/media/'])
        .map((p) => `Disallow: ${p}`),
      `Sitemap: ${this.config.PUBLIC_URL}/sitemap.xml`,
      '',
    ].join('\n');
  }

  /** Every public space and the newest public posts; null while visitors may not read. */
  async sitemap(): Promise<string | null> {
    const { visibleToVisitors } = await this.community.settings();
    if (!visibleToVisitors) return null;
    const base = this.config.PUBLIC_URL;
    const spaces = (await this.spaces.active()).filter((s) => this.spaces.canSee(VISITOR, s));
    const posts = await this.posts.listing(VISITOR, SITEMAP_POSTS);
    const url = (loc: string, lastmod?: Date) =>
      `  <url><loc>${xml(base + loc)}</loc>${lastmod ? `<lastmod>${lastmod.toISOString()}</lastmod>` : ''}</url>`;
    return [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
      url('/'),
      ...spaces.map((s) => url(`/s/${encodeURIComponent(s.slug)}`)),
      ...posts.map((p) => url(`/posts/${p.id}`, new Date(p.changedAt))),
      '</urlset>',
      '',
    ].join('\n');
  }

  private home(settings: CommunitySettingsEntity): PublicPage {
    return {
      ...this.site(settings),
      title: settings.name,
      description: excerpt(settings.description) || settings.name,
      path: '/',
      type: 'website',
      contentHtml: `<main><h1>${escapeHtml(settings.name)}</h1><p>${escapeHtml(settings.description)}</p></main>`,
    };
  }

  private async post(settings: CommunitySettingsEntity, id: string): Promise<PublicPage | null> {
    const post = await this.posts.findById(id);
    // An event's discussion has no page of its own.
    if (!post?.spaceId || !(await this.posts.canRead(VISITOR, post))) return null;
    const words = WORDS[this.lang(settings)];
    const solved = post.kind === 'question' && !!post.bestAnswerId;
    const [space, answers, best, answerCount] = await Promise.all([
      this.spaces.findById(post.spaceId!),
      this.comments.topLevel(VISITOR, post, { first: ANSWERS_SHOWN }),
      post.bestAnswerId ? this.comments.findById(post.bestAnswerId) : null,
      solved ? this.comments.countTopLevel(VISITOR, post) : 0,
    ]);
    const accepted = best && !best.deletedAt && !best.hiddenAt ? best : null;
    const shown = answers.nodes.filter((c) => !c.deletedAt);
    const people = await this.people([post.authorId, ...shown.map((c) => c.authorId)]);
    const path = `/posts/${post.id}`;
    const author = people.get(post.authorId);
    const byline = (m: MemberEntity | undefined) =>
      m
        ? `<p>${words.by}: <a href="/members/${encodeURIComponent(m.handle)}">${escapeHtml(m.displayName)}</a></p>`
        : '';
    const ordered = accepted ? [accepted, ...shown.filter((c) => c.id !== accepted.id)] : shown;
    const contentHtml = [
      '<main><article>',
      space
        ? `<p><a href="/s/${encodeURIComponent(space.slug)}">${escapeHtml(this.spaceName(settings, space))}</a></p>`
        : '',
      `<h1>${escapeHtml(post.title)}</h1>`,
      byline(author),
      post.bodyHtml,
      '</article>',
      ordered.length
        ? `<section><h2>${post.kind === 'question' ? words.answers : words.comments}</h2>${ordered
            .map(
              (c) =>
                `<article id="comment-${c.id}">${byline(people.get(c.authorId))}${c.bodyHtml}</article>`,
            )
            .join('')}</section>`
        : '',
      '</main>',
    ].join('');
    return {
      ...this.site(settings),
      title: `${post.title} | ${settings.name}`,
      description: post.excerpt || post.title,
      path,
      type: 'article',
      publishedAt: post.createdAt,
      modifiedAt: post.editedAt ?? undefined,
      contentHtml,
      jsonLd:
        post.kind === 'question' && accepted
          ? this.qaPage(post, accepted, shown, answerCount, people, path)
          : undefined,
    };
  }

  /** schema.org QAPage of a solved question: its accepted answer and the other answers. */
  private qaPage(
    post: PostEntity,
    accepted: CommentEntity,
    answers: CommentEntity[],
    answerCount: number,
    people: Map<string, MemberEntity>,
    path: string,
  ): Record<string, unknown> {
    const base = this.config.PUBLIC_URL;
    const person = (id: string) => {
      const m = people.get(id);
      return m
        ? {
            '@type': 'Person',
            name: m.displayName,
            url: `${base}/members/${encodeURIComponent(m.handle)}`,
          }
        : undefined;
    };
    const answer = (c: CommentEntity) => ({
      '@type': 'Answer',
      text: renderMarkdown(c.body).text,
      dateCreated: c.createdAt.toISOString(),
      upvoteCount: c.reactionCount,
      url: `${base}${path}#comment-${c.id}`,
      author: person(c.authorId),
    });
    return {
      '@context': 'https://schema.org',
      '@type': 'QAPage',
      mainEntity: {
        '@type': 'Question',
        name: post.title,
        text: renderMarkdown(post.body).text || post.title,
        answerCount,
        upvoteCount: post.reactionCount,
        dateCreated: post.createdAt.toISOString(),
        author: person(post.authorId),
        acceptedAnswer: answer(accepted),
        suggestedAnswer: answers.filter((c) => c.id !== accepted.id).map(answer),
      },
    };
  }

  private async space(settings: CommunitySettingsEntity, slug: string): Promise<PublicPage | null> {
    const space = (await this.spaces.active()).find((s) => s.slug === slug);
    if (!space || !this.spaces.canSee(VISITOR, space)) return null;
    const feed = await this.posts.feed(VISITOR, {
      spaceSlug: slug,
      first: 20,
      sort: 'latest',
    } as FeedArgs);
    const name = this.spaceName(settings, space);
    const description = this.lang(settings) === 'en' ? space.descriptionEn : space.descriptionJa;
    const words = WORDS[this.lang(settings)];
    return {
      ...this.site(settings),
      title: `${name} | ${settings.name}`,
      description: excerpt(description) || name,
      path: `/s/${encodeURIComponent(space.slug)}`,
      type: 'website',
      contentHtml: `<main><h1>${escapeHtml(name)}</h1><p>${escapeHtml(description)}</p><h2>${words.posts}</h2><ul>${feed.nodes
        .map(
          (p) =>
            `<li><a href="/posts/${p.id}">${escapeHtml(p.title)}</a> <span>${escapeHtml(p.excerpt)}</span></li>`,
        )
        .join('')}</ul></main>`,
    };
  }

  private async profile(
    settings: CommunitySettingsEntity,
    handle: string,
  ): Promise<PublicPage | null> {
    const member = await this.members.findByHandle(handle);
    if (!member || member.status !== 'active') return null;
    return {
      ...this.site(settings),
      title: `${member.displayName} (@${member.handle}) | ${settings.name}`,
      description: excerpt(member.bio) || member.displayName,
      path: `/members/${encodeURIComponent(member.handle)}`,
      type: 'profile',
      image: member.avatarUrl ? this.absolute(member.avatarUrl) : null,
      contentHtml: `<main><h1>${escapeHtml(member.displayName)}</h1><p>@${escapeHtml(member.handle)}</p><p>${escapeHtml(member.bio)}</p></main>`,
    };
  }

  private absolute(url: string): string {
    return url.startsWith('/') ? `${this.config.PUBLIC_URL}${url}` : url;
  }

  private async people(ids: string[]): Promise<Map<string, MemberEntity>> {
    const found = await this.members.findByIds([...new Set(ids)]);
    return new Map(found.map((m) => [m.id, m]));
  }

  private site(settings: CommunitySettingsEntity) {
    return {
      siteName: settings.name,
      locale: this.lang(settings),
      image: settings.logoUrl,
    };
  }

  private lang(settings: CommunitySettingsEntity): 'ja' | 'en' {
    return settings.defaultLocale === 'en' ? 'en' : 'ja';
  }

  private spaceName(settings: CommunitySettingsEntity, space: SpaceEntity): string {
    return this.lang(settings) === 'en' ? space.nameEn : space.nameJa;
  }
}
