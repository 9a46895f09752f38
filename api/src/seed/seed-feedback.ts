import type { INestApplicationContext } from '@nestjs/common';
import type { IdeaStatus } from '@kizuna/shared';
import { Db } from '../core/database/db.js';
import { asSeedViewer } from './seed-viewer.js';
import type { MemberEntity } from '../modules/members/entities/member.entity.js';
import { PointsService } from '../modules/points/points.service.js';
import { MembersRepository } from '../modules/members/members.repository.js';
import { ActivityRules } from '../modules/activity/activity.rules.js';
import { ActivityService } from '../modules/activity/activity.service.js';
import { demoEmail } from './demo-data.js';
import { BoardsService } from '../modules/feedback/boards.service.js';
import { ChangelogService } from '../modules/feedback/changelog.service.js';
import { IdeasService } from '../modules/feedback/ideas.service.js';
import { VotesService } from '../modules/feedback/votes.service.js';
import { random } from './seed-content.js';

const DAY = 24 * 3600_000;

interface DemoIdea {
  board: 'features' | 'bugs';
  title: string;
  body: string;
  tags?: string[];
  votes: number;
  /** Where the product team has taken it (open when absent). */
  status?: Exclude<IdeaStatus, 'duplicate'>;
  /** The product team's official answer. */
  answer?: string;
  /** Shipped by the changelog entry of this index. */
  shipsIn?: number;
  /** Merged into the idea with this title. */
  mergeInto?: string;
  hidden?: boolean;
}

/* prettier-ignore */
const IDEAS: DemoIdea[] = [
  { board: 'features', title: '豆の定期便で焙煎度合いを毎回選びたい', body: '定期便を利用しています。月によって浅煎りと深煎りを切り替えられると嬉しいです。', tags: ['定期便'], votes: 24, status: 'planned', answer: 'ご要望ありがとうございます。来春の定期便リニューアルで、お届けごとに焙煎度合いを選べるようにする予定です。' },
  { board: 'features', title: '定期便の焙煎度を届けるたびに変えたい', body: '毎回同じ焙煎度だと飽きてしまうので、回ごとに変更できるようにしてほしいです。', tags: ['定期便'], votes: 6, mergeInto: '豆の定期便で焙煎度合いを毎回選びたい' },
  { board: 'features', title: 'ドリップバッグのお試しセット', body: '新しい豆を少しずつ試せるドリップバッグのセットがあると、贈り物にも使えて便利です。', tags: ['ドリップバッグ', 'ギフト'], votes: 21, shipsIn: 0, answer: '5 種の飲み比べセットを発売しました！' },
  { board: 'features', title: 'アプリから抽出レシピを共有したい', body: '自分の抽出レシピ（湯温・挽き目・時間）を記録して、他のメンバーと共有できる機能がほしいです。', tags: ['アプリ', 'レシピ'], votes: 19, status: 'in_progress', answer: 'レシピ共有は現在開発中です。ベータ版はコミュニティで先行公開します。' },
  { board: 'features', title: '焙煎所見学ツアーを開催してほしい', body: '実際に焙煎しているところを見てみたいです。少人数のツアーがあれば参加したいです。', tags: ['イベント'], votes: 17, status: 'planned' },
  { board: 'features', title: 'ポイントで焙煎体験に参加したい', body: '貯まったポイントを、焙煎体験ワークショップの参加に使えるようにしてほしいです。', tags: ['ポイント', 'イベント'], votes: 15, status: 'under_review', answer: '社内で検討を始めました。開催頻度と定員を含めて設計しています。' },
  { board: 'features', title: 'カフェインレスの豆を増やしてほしい', body: '夜にも飲めるカフェインレスの選択肢が 1 種類しかないので、産地違いがあると嬉しいです。', tags: ['商品'], votes: 14, shipsIn: 1 },
  { board: 'features', title: 'ギフト包装とメッセージカード', body: '贈り物用にラッピングとメッセージカードを選べるようにしてほしいです。', tags: ['ギフト'], votes: 13, shipsIn: 1 },
  { board: 'features', title: 'オンラインカッピング会の録画を見たい', body: '平日の夜は参加できないことが多いので、アーカイブ配信があると助かります。', tags: ['イベント'], votes: 12, status: 'under_review' },
  { board: 'features', title: '生豆の販売', body: '自家焙煎に挑戦したいので、生豆も少量から購入できるとうれしいです。', tags: ['商品'], votes: 11, status: 'declined', answer: '品質を保ったままお届けする体制が整わないため、今回は見送ります。焙煎体験イベントで生豆に触れる機会を増やしていきます。' },
  { board: 'features', title: '豆の産地マップを見たい', body: '今まで飲んだ豆の産地を地図で振り返れると楽しそうです。', tags: ['アプリ'], votes: 10 },
  { board: 'features', title: 'コンビニ受け取りに対応してほしい', body: '日中は不在が多いので、コンビニで受け取れると助かります。', tags: ['配送'], votes: 10, status: 'in_progress' },
  { board: 'features', title: '抽出器具のレンタル', body: '高価なエスプレッソマシンを買う前に試してみたいです。', tags: ['商品'], votes: 9, status: 'declined' },
  { board: 'features', title: 'メンバー限定の先行販売', body: '新しい豆をコミュニティのメンバーが先に買えると嬉しいです。', tags: ['商品'], votes: 9, shipsIn: 2 },
  { board: 'features', title: '店舗でもポイントを使いたい', body: 'オンラインで貯めたポイントを店舗の会計でも使えるようにしてほしいです。', tags: ['ポイント'], votes: 8, status: 'planned', hidden: true },
  { board: 'features', title: '焙煎日をパッケージに大きく表示', body: '焙煎日がわかりにくいので、目立つ位置に書いてほしいです。', tags: ['パッケージ'], votes: 8, status: 'released' },
  { board: 'features', title: '詰め替え用の袋', body: 'キャニスターを持っているので、詰め替え用の簡易包装があるとゴミが減ります。', tags: ['パッケージ'], votes: 7 },
  { board: 'features', title: '水出しコーヒーのパック', body: '夏に向けて水出し用のパックを出してほしいです。', tags: ['商品'], votes: 7, status: 'in_progress' },
  { board: 'features', title: 'コーヒーと合うお菓子のセット', body: '豆と一緒に楽しめる焼き菓子のセットがあれば買いたいです。', tags: ['商品', 'ギフト'], votes: 6 },
  { board: 'features', title: '抽出のコツ動画', body: '初心者向けに、ハンドドリップのコツを短い動画で見られると嬉しいです。', votes: 6, status: 'under_review' },
  { board: 'features', title: 'ハンドドリップ初心者向けの動画講座', body: 'ドリップの基本を動画で学べるコースがほしいです。', votes: 3, mergeInto: '抽出のコツ動画' },
  { board: 'features', title: '英語のレシピページ', body: '海外の友人にも紹介したいので、レシピを英語でも読めるようにしてほしいです。', votes: 5 },
  { board: 'features', title: 'テイスティングノートの記録', body: '飲んだ豆の感想をメモしておける機能がほしいです。', tags: ['アプリ'], votes: 5, status: 'planned' },
  { board: 'features', title: '豆の挽き目を注文時に指定', body: '粉で買いたい時に、挽き目を細かく指定できるようにしてほしいです。', votes: 4 },
  { board: 'features', title: '定期便のお届け日を変更しやすく', body: '旅行の時に、お届け日を 1 週間ずらせるようにしてほしいです。', tags: ['定期便'], votes: 4, status: 'under_review' },
  { board: 'features', title: '地方でのミートアップ', body: '東京以外でもミートアップを開いてほしいです。大阪や福岡でぜひ！', tags: ['イベント'], votes: 3 },
  { board: 'features', title: 'バリスタへの質問箱', body: 'バリスタに気軽に質問できるコーナーがあると嬉しいです。', votes: 2 },
  { board: 'features', title: 'ダークモード', body: '夜にアプリを開くと眩しいので、ダークモードがほしいです。', tags: ['アプリ'], votes: 1 },
  { board: 'bugs', title: 'カートに入れた豆が消えることがある', body: 'ログインし直すと、カートに入れていた豆が消えていることがあります。', tags: ['サイト'], votes: 16, status: 'in_progress', answer: '再現できました。修正を進めています。ご不便をおかけしています。' },
  { board: 'bugs', title: 'iPhone でレシピの画像が表示されない', body: 'Safari でレシピページを開くと、画像が読み込まれないことがあります。', tags: ['アプリ'], votes: 11, shipsIn: 2, answer: '原因を特定し、修正版を公開しました。' },
  { board: 'bugs', title: 'ポイント履歴の日付がずれている', body: '昨日の夜に獲得したポイントが、今日の日付で表示されています。', tags: ['ポイント'], votes: 9, shipsIn: 0 },
  { board: 'bugs', title: '通知メールが二重に届く', body: 'イベントのリマインドメールが 2 通届くことがありました。', tags: ['通知'], votes: 8, status: 'under_review' },
  { board: 'bugs', title: '定期便の次回お届け日が空欄', body: 'マイページで次回のお届け日が表示されません。', tags: ['定期便'], votes: 7, status: 'released' },
  { board: 'bugs', title: '検索で「ドリップ」が見つからない', body: 'カタカナで検索すると、該当する投稿が出てこないことがあります。', tags: ['サイト'], votes: 6 },
  { board: 'bugs', title: 'プロフィール画像が横向きになる', body: 'スマホで撮った写真をアップすると、横向きになってしまいます。', votes: 5, status: 'planned' },
  { board: 'bugs', title: 'ランクのバッジがずれて表示される', body: 'タブレットで見ると、名前の横のバッジが少し下にずれています。', votes: 4 },
  { board: 'bugs', title: 'ログイン画面でパスワードの表示切替が効かない', body: '目のアイコンを押しても、パスワードが表示されません。', votes: 3, status: 'declined', answer: '最新版では再現しませんでした。引き続き発生する場合は、ブラウザ名を添えてコメントしてください。' },
  { board: 'bugs', title: 'イベントのカレンダー追加で時刻がずれる', body: 'Google カレンダーに追加すると、開始時刻が 9 時間ずれていました。', tags: ['イベント'], votes: 3 },
  { board: 'bugs', title: 'コメントの絵文字が文字化けする', body: '一部の絵文字が四角で表示されます。', votes: 2 },
  { board: 'bugs', title: 'ダークモードで文字が読みにくい', body: '端末をダークモードにすると、一部の文字が背景に溶け込みます。', votes: 1 },
];

const CHANGELOG = [
  {
    title: 'ドリップバッグ飲み比べセットを発売しました',
    body: '5 種の豆を少しずつ試せる **ドリップバッグ飲み比べセット** を発売しました。\n\n- ポイント履歴の日付が、獲得した日のとおりに表示されるようになりました。',
    daysAgo: 40,
  },
  {
    title: 'カフェインレスの新しい豆と、ギフト包装',
    body: 'コロンビア産のカフェインレスが加わりました。ギフト包装とメッセージカードも選べます。',
    daysAgo: 18,
  },
  {
    title: 'メンバー先行販売を始めました',
    body: '新しい豆は、コミュニティのメンバーが **48 時間早く** 購入できるようになりました。\n\niPhone でレシピの画像が表示されない不具合も修正しました。',
    daysAgo: 5,
  },
];

/**
 * Points members earned before the community moved here, so the demo has members at every
 * rank for demand by customer value to break votes down by (each reaches at least that rank).
 */
const EARLIER_POINTS = [50_000, 35_000, 20_000, 8_000, 4_000, 1_000, 500, 300, 150];

/** Members who joined this week and came to vote: the first ranks (the second with a bonus). */
const NEWCOMERS = [
  {
    handle: 'mio_arai',
    displayName: '新井 澪',
    bio: 'コーヒー初心者です。よろしくお願いします。',
    bonus: 0,
  },
  { handle: 'ren_kubo', displayName: '久保 蓮', bio: '友人の紹介で来ました。', bonus: 50 },
];

/**
 * The feedback boards: two boards, forty ideas in every status with votes from members of every
 * rank, official answers, merged pairs, the roadmap and three changelog entries, all through the
 * services (so counts, history, activities and notifications are what they would be live).
 * Runs inside the demo seed's transaction.
 */
export async function seedFeedback(
  app: INestApplicationContext,
  people: MemberEntity[],
  now: number,
  passwordHash: string,
): Promise<void> {
  const db = app.get(Db);
  const boards = app.get(BoardsService);
  const ideas = app.get(IdeasService);
  const votes = app.get(VotesService);
  const changelog = app.get(ChangelogService);
  const rnd = random(20261213);
  const admin = asSeedViewer(people.find((m) => m.role === 'admin')!);
  const product = asSeedViewer(people.find((m) => m.role === 'product')!);
  const members = people.filter((m) => m.role === 'member');
  const points = app.get(PointsService);

  for (const [i, bonus] of EARLIER_POINTS.entries())
    await points.adjust(
      admin,
      members[(i * 3 + 1) % members.length].id,
      bonus,
      '移行前のコミュニティで獲得したポイント',
    );
  const newcomers: MemberEntity[] = [];
  for (const [i, p] of NEWCOMERS.entries()) {
    const m = await app.get(MembersRepository).insert({
      email: demoEmail(p.handle),
      handle: p.handle,
      displayName: p.displayName,
      bio: p.bio,
      passwordHash,
      role: 'member',
      status: 'active',
      locale: 'ja',
      timezone: 'Asia/Tokyo',
      joinedAt: new Date(now - (i + 2) * DAY),
    });
    await app.get(ActivityService).recordAll(ActivityRules.joined(m.id, m.joinedAt).record);
    if (p.bonus) await points.adjust(admin, m.id, p.bonus, 'はじめての投票キャンペーン');
    newcomers.push(m);
  }

  const board = {
    features: await boards.create(admin, {
      slug: 'features',
      nameJa: '機能要望',
      nameEn: 'Feature requests',
      descriptionJa: 'あったらいいな、をお聞かせください。投票の多いものから検討します。',
      descriptionEn: 'Tell us what you would like. We look at the most voted first.',
      position: 0,
    }),
    bugs: await boards.create(admin, {
      slug: 'bugs',
      nameJa: '不具合報告',
      nameEn: 'Bug reports',
      descriptionJa: 'うまく動かないところを教えてください。',
      descriptionEn: 'Tell us what does not work as it should.',
      position: 1,
    }),
  };

  const ids = new Map<string, string>();
  const age = new Map<string, number>();
  for (const [i, d] of IDEAS.entries()) {
    const author = members[(i * 7) % members.length];
    const idea = await ideas.submit(asSeedViewer(author), {
      boardId: board[d.board].id,
      title: d.title,
      body: d.body,
      tags: d.tags,
    });
    ids.set(d.title, idea.id);
    age.set(idea.id, 10 + rnd.int(80));
    const voters = [...members, ...newcomers]
      .filter((m) => m.id !== author.id)
      .sort(() => rnd.next() - 0.5)
      .slice(0, d.votes);
    for (const v of voters) await votes.vote(asSeedViewer(v), idea.id, true);
  }

  // Ideas and votes as they came in over the last three months: trending is the recent ones.
  await db.query(
    `WITH aged AS (SELECT * FROM unnest($1::uuid[], $2::int[]) AS a(id, days))
     UPDATE posts p SET created_at = to_timestamp($3 / 1000.0) - aged.days * interval '1 day'
       FROM aged WHERE p.id = aged.id`,
    [[...age.keys()], [...age.values()], now],
  );
  await db.query(
    `UPDATE ideas i SET created_at = p.created_at, status_changed_at = p.created_at
       FROM posts p WHERE p.id = i.id AND i.id = ANY($1::uuid[])`,
    [[...age.keys()]],
  );
  await db.query(
    `UPDATE idea_votes v SET created_at = i.created_at
                            + (to_timestamp($2 / 1000.0) - i.created_at) * random()
       FROM ideas i WHERE i.id = v.idea_id AND i.id = ANY($1::uuid[])`,
    [[...age.keys()], now],
  );

  for (const d of IDEAS) {
    const id = ids.get(d.title)!;
    if (d.answer)
      await ideas.answer(product, {
        ideaId: id,
        body: d.answer,
        status: d.status && d.status !== 'under_review' ? d.status : null,
      });
    else if (d.status) await ideas.changeStatus(product, [id], d.status, null);
    if (d.hidden) await ideas.setRoadmapVisibility(product, id, true);
    if (d.mergeInto) await ideas.merge(product, { ideaId: id, intoId: ids.get(d.mergeInto)! });
  }

  for (const [i, c] of CHANGELOG.entries()) {
    const entry = await changelog.create(product, {
      title: c.title,
      body: c.body,
      releasedOn: new Date(now - c.daysAgo * DAY).toISOString().slice(0, 10),
      ideaIds: IDEAS.filter((d) => d.shipsIn === i).map((d) => ids.get(d.title)!),
    });
    await changelog.publish(product, entry.id);
  }
}
