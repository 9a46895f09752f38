import { applyMention, findMentionTrigger, insertAt } from './mentions';
import { clearDraft, DRAFT_MAX_AGE_MS, draftKey, loadDraft, saveDraft, type Draft } from './draft';
import { checkImage, imageMarkdown, MAX_IMAGE_BYTES, uploadErrorOf } from './upload';
import { normaliseTag, tagsIssue } from './tags';

describe('findMentionTrigger', () => {
  it('finds @ at the start and after spaces or brackets', () => {
    expect(findMentionTrigger('@har', 4)).toEqual({ start: 0, prefix: 'har' });
    expect(findMentionTrigger('hello @ha', 9)).toEqual({ start: 6, prefix: 'ha' });
    expect(findMentionTrigger('こんにちは（@ha', 9)).toEqual({ start: 6, prefix: 'ha' });
    expect(findMentionTrigger('line\n@', 6)).toEqual({ start: 5, prefix: '' });
  });

  it('ignores emails, spaces after the handle and text after the caret', () => {
    expect(findMentionTrigger('mail@example', 12)).toBeNull();
    expect(findMentionTrigger('@haruka says', 12)).toBeNull();
    expect(findMentionTrigger('@har', 0)).toBeNull();
    expect(findMentionTrigger('no mention', 10)).toBeNull();
    expect(findMentionTrigger('@ha-ru', 6)).toBeNull();
  });

  it('uses only the text up to the caret', () => {
    expect(findMentionTrigger('@haruka and more', 3)).toEqual({ start: 0, prefix: 'ha' });
  });
});

describe('applyMention', () => {
  it('replaces the typed prefix with the handle and a space', () => {
    const text = 'hi @ha there';
    const out = applyMention(text, { start: 3, prefix: 'ha' }, 6, 'haruka_s');
    expect(out.text).toBe('hi @haruka_s there');
    expect(out.caret).toBe('hi @haruka_s '.length);
  });
});

describe('insertAt', () => {
  it('puts block content on its own line', () => {
    expect(insertAt('ab', 1, 1, 'X')).toEqual({ text: 'a\nX\nb', caret: 4 });
    expect(insertAt('', 0, 0, 'X')).toEqual({ text: 'X\n', caret: 2 });
    expect(insertAt('a\n', 2, 2, 'X')).toEqual({ text: 'a\nX\n', caret: 4 });
  });
});

describe('drafts', () => {
  const memory = () => {
    const map = new Map<string, string>();
    return {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
      removeItem: (k: string) => void map.delete(k),
      map,
    };
  };
  const draft: Draft = {
    spaceId: 's1',
    kind: 'QUESTION',
    title: '珈琲の淹れ方',
    body: 'body',
    tags: ['coffee'],
    savedAt: 1_000,
  };

  it('round-trips per key and clears', () => {
    const store = memory();
    const key = draftKey('m1', 'new:cafe');
    saveDraft(key, draft, store);
    expect(loadDraft(key, 2_000, store)).toEqual(draft);
    expect(loadDraft(draftKey('m2', 'new:cafe'), 2_000, store)).toBeNull();
    clearDraft(key, store);
    expect(loadDraft(key, 2_000, store)).toBeNull();
  });

  it('does not keep empty drafts and drops old or broken ones', () => {
    const store = memory();
    saveDraft('k', { ...draft, title: ' ', body: '', tags: [] }, store);
    expect(store.map.size).toBe(0);
    saveDraft('k', draft, store);
    expect(loadDraft('k', 1_000 + DRAFT_MAX_AGE_MS + 1, store)).toBeNull();
    expect(store.map.size).toBe(0);
    store.setItem('k', '{not json');
    expect(loadDraft('k', 0, store)).toBeNull();
    store.setItem('k', JSON.stringify({ ...draft, kind: 'POLL' }));
    expect(loadDraft('k', 0, store)).toBeNull();
  });
});

describe('upload checks', () => {
  it('accepts the four image types up to 10 MB', () => {
    expect(checkImage({ size: 100, type: 'image/png' })).toBeNull();
    expect(checkImage({ size: MAX_IMAGE_BYTES, type: 'image/webp' })).toBeNull();
    expect(checkImage({ size: MAX_IMAGE_BYTES + 1, type: 'image/jpeg' })).toBe('tooLarge');
    expect(checkImage({ size: 100, type: 'image/svg+xml' })).toBe('notImage');
    expect(checkImage({ size: 100, type: 'application/pdf' })).toBe('notImage');
    expect(checkImage({ size: 0, type: 'image/gif' })).toBe('empty');
  });

  it('reads error codes from the answer, else from the status', () => {
    expect(
      uploadErrorOf(429, {
        errors: [{ extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 9.2 } }],
      }),
    ).toEqual({ code: 'RATE_LIMITED', fields: [], retryAfterSeconds: 10 });
    expect(uploadErrorOf(413, null).code).toBe('PAYLOAD_TOO_LARGE');
    expect(uploadErrorOf(0, null).code).toBe('NETWORK');
    expect(uploadErrorOf(502, 'x').code).toBe('INTERNAL');
    expect(uploadErrorOf(400, { errors: [{ extensions: { code: 'WHAT' } }] }).code).toBe(
      'BAD_REQUEST',
    );
  });

  it('writes Markdown for the image', () => {
    expect(imageMarkdown('/media/a/medium.webp')).toBe('![](/media/a/medium.webp)');
  });
});

describe('tags', () => {
  it('normalises and checks tags', () => {
    expect(normaliseTag(' #Coffee ')).toBe('coffee');
    expect(normaliseTag('ＡＢＣ')).toBe('abc');
    expect(tagsIssue(['珈琲', 'hand-drip', 'v_60'])).toBeNull();
    expect(tagsIssue(['has space'])).toBe('invalid');
    expect(tagsIssue(['a', 'b', 'c', 'd', 'e', 'f'])).toBe('tooMany');
  });
});
