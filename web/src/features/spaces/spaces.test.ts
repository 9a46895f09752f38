import { followed } from './follow';
import { moveId } from './order';
import { spaceDescription, spaceName } from './spaceText';
import { formatRelative } from '../../ui/format';

describe('space order', () => {
  it('moves an id up or down and leaves the ends alone', () => {
    expect(moveId(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(moveId(['a', 'b', 'c'], 'b', 1)).toEqual(['a', 'c', 'b']);
    const ids = ['a', 'b'];
    expect(moveId(ids, 'a', -1)).toBe(ids);
    expect(moveId(ids, 'b', 1)).toBe(ids);
    expect(moveId(ids, 'x', 1)).toBe(ids);
  });
});

describe('following a space', () => {
  const space = { id: 's1', viewerFollows: false, followerCount: 2 };
  it('counts the viewer in and out at once', () => {
    const on = followed(space, true);
    expect(on).toEqual({ id: 's1', viewerFollows: true, followerCount: 3 });
    expect(followed(on, false)).toEqual(space);
  });
  it('changes nothing when the state is already the wanted one', () => {
    expect(followed(space, false)).toBe(space);
  });
  it('never counts below zero', () => {
    expect(followed({ viewerFollows: true, followerCount: 0 }, false).followerCount).toBe(0);
  });
});

describe('space text', () => {
  const space = { nameJa: '雑談', nameEn: 'Talk', descriptionJa: '', descriptionEn: 'Chat' };
  it('follows the language and falls back to the other one', () => {
    expect(spaceName(space, 'ja')).toBe('雑談');
    expect(spaceName(space, 'en')).toBe('Talk');
    expect(spaceDescription(space, 'ja')).toBe('Chat');
  });
});

describe('formatRelative', () => {
  const now = Date.parse('2026-03-01T12:00:00Z');
  it('reads naturally in both languages', () => {
    expect(formatRelative('2026-03-01T09:00:00Z', 'en', now)).toBe('3 hours ago');
    expect(formatRelative('2026-03-01T09:00:00Z', 'ja', now)).toBe('3 時間前');
    expect(formatRelative('2026-03-01T11:59:50Z', 'en', now)).toBe('now');
  });
});
