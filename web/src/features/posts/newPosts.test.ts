import { noteNewPost } from './newPosts';

const none = new Set<string>();

describe('noteNewPost', () => {
  it('counts each new post once', () => {
    let pending: readonly string[] = [];
    pending = noteNewPost(
      pending,
      { postId: 'p1', spaceId: 's1', authorId: 'a' },
      { listed: none },
    );
    pending = noteNewPost(
      pending,
      { postId: 'p2', spaceId: 's2', authorId: 'a' },
      { listed: none },
    );
    pending = noteNewPost(
      pending,
      { postId: 'p1', spaceId: 's1', authorId: 'a' },
      { listed: none },
    );
    expect(pending).toEqual(['p1', 'p2']);
  });

  it('counts only the space a space page shows', () => {
    const scope = { spaceId: 's1', listed: none };
    let pending: readonly string[] = [];
    pending = noteNewPost(pending, { postId: 'p1', spaceId: 's2', authorId: 'a' }, scope);
    expect(pending).toEqual([]);
    pending = noteNewPost(pending, { postId: 'p2', spaceId: 's1', authorId: 'a' }, scope);
    expect(pending).toEqual(['p2']);
  });

  it('ignores posts the feed already lists and keeps the same array when nothing changes', () => {
    const pending = ['p1'];
    const same = noteNewPost(
      pending,
      { postId: 'p9', spaceId: 's1', authorId: 'a' },
      { listed: new Set(['p9']) },
    );
    expect(same).toBe(pending);
    expect(
      noteNewPost(pending, { postId: 'p1', spaceId: 's1', authorId: 'a' }, { listed: none }),
    ).toBe(pending);
  });

  it('does not announce the viewer’s own posts', () => {
    const scope = { listed: none, viewerId: 'me' };
    let pending: readonly string[] = [];
    pending = noteNewPost(pending, { postId: 'p1', spaceId: 's1', authorId: 'me' }, scope);
    expect(pending).toEqual([]);
    pending = noteNewPost(pending, { postId: 'p2', spaceId: 's1', authorId: 'other' }, scope);
    expect(pending).toEqual(['p2']);
  });
});
