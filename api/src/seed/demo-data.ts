/** A Japanese coffee roaster's community, used by `npm start` on an empty database. */
export const DEMO_PASSWORD = 'komorebi-demo-2026';

export const DEMO_COMMUNITY = {
  name: 'こもれび珈琲 コミュニティ',
  description:
    '自家焙煎の珈琲豆店「こもれび珈琲」のファンが集まる場所です。おすすめの淹れ方、新しい豆の感想、イベントの情報をみんなで分かち合いましょう。',
  defaultLocale: 'ja' as const,
  timezone: 'Asia/Tokyo',
  registrationMode: 'open' as const,
  visibleToVisitors: true,
};

export interface DemoPerson {
  handle: string;
  displayName: string;
  bio: string;
  role?: 'admin' | 'moderator' | 'product';
  locale?: 'ja' | 'en';
}

export const DEMO_STAFF: DemoPerson[] = [
  {
    handle: 'admin',
    displayName: '森 彩花（運営）',
    role: 'admin',
    bio: 'こもれび珈琲 コミュニティの運営をしています。焙煎歴 12 年。',
  },
  {
    handle: 'moderator',
    displayName: '小林 健太（モデレーター）',
    role: 'moderator',
    bio: 'コミュニティの案内役です。困ったことがあれば気軽に声をかけてください。',
  },
  {
    handle: 'product',
    displayName: '石田 真由（商品企画）',
    role: 'product',
    bio: '新しいブレンドやドリップバッグの企画を担当しています。ご意見お待ちしています！',
  },
];

export const DEMO_MEMBERS: DemoPerson[] = [
  {
    handle: 'haruka_s',
    displayName: '佐藤 遥',
    bio: '朝の一杯がないと始まりません。浅煎り派です。',
  },
  { handle: 'takumi_t', displayName: '田中 拓海', bio: 'ハンドドリップ修行中。ケトルは月兎印。' },
  {
    handle: 'yui_coffee',
    displayName: '鈴木 結衣',
    bio: 'カフェ巡りが趣味。休日は豆を買いに遠出します。',
  },
  {
    handle: 'sota_w',
    displayName: '渡辺 蒼太',
    bio: 'エスプレッソマシンを買ってしまいました。ラテアート練習中。',
  },
  {
    handle: 'mio_i',
    displayName: '伊藤 美緒',
    bio: '水出し珈琲が好きです。夏は毎日仕込んでいます。',
  },
  { handle: 'riku_y', displayName: '山本 陸', bio: 'エチオピアの豆に目がありません。' },
  {
    handle: 'aoi_n',
    displayName: '中村 葵',
    bio: '在宅ワークのお供に。深煎りとチョコの組み合わせが至福。',
  },
  {
    handle: 'kaito_k',
    displayName: '小林 海斗',
    bio: 'キャンプ珈琲を楽しんでいます。ミルは手挽き派。',
  },
  { handle: 'sakura_k', displayName: '加藤 さくら', bio: '焼き菓子と珈琲のペアリングを研究中。' },
  { handle: 'ren_y', displayName: '吉田 蓮', bio: '学生です。バイト代で豆を買っています。' },
  {
    handle: 'hina_y',
    displayName: '山田 陽菜',
    bio: 'ドリップバッグを職場で配るのが小さな楽しみ。',
  },
  { handle: 'yuto_s', displayName: '佐々木 悠斗', bio: '抽出レシピを表計算で管理しています。' },
  { handle: 'mei_y', displayName: '山口 芽衣', bio: 'デカフェを探して辿り着きました。' },
  { handle: 'haruto_m', displayName: '松本 陽翔', bio: '定期便を 3 年続けています。' },
  { handle: 'rin_i', displayName: '井上 凛', bio: 'フレンチプレス愛用。オイル感が好き。' },
  { handle: 'minato_k', displayName: '木村 湊', bio: '焙煎機を自作しようか迷い中。' },
  {
    handle: 'koharu_h',
    displayName: '林 心春',
    bio: '器集めも好きです。益子焼のカップがお気に入り。',
  },
  { handle: 'daiki_s', displayName: '斎藤 大輝', bio: '仕事前にカフェでスタンディング一杯。' },
  { handle: 'tsumugi_s', displayName: '清水 紬', bio: 'ミルクに合う豆を探しています。' },
  { handle: 'kota_y', displayName: '山崎 康太', bio: 'コーヒーの産地を旅するのが夢です。' },
  { handle: 'ema_m', displayName: '森 恵麻', bio: 'イベントでこもれび珈琲を知りました。' },
  { handle: 'shun_a', displayName: '阿部 駿', bio: 'サイフォンを復活させました。' },
  { handle: 'nanami_i', displayName: '池田 七海', bio: '子育ての合間のほっと一息が楽しみ。' },
  { handle: 'ryo_h', displayName: '橋本 涼', bio: '豆の計量は 0.1g 単位。', locale: 'en' },
  { handle: 'ayaka_y', displayName: '山下 彩花', bio: 'ギフトで贈るのが好きです。' },
  { handle: 'kenji_i', displayName: '石川 健二', bio: '定年後に珈琲にはまりました。' },
  {
    handle: 'emily_c',
    displayName: 'Emily Carter',
    bio: 'Tokyo-based, learning Japanese through coffee talk.',
    locale: 'en',
  },
  { handle: 'yuna_o', displayName: '小川 優奈', bio: 'ラテ派。オーツミルクと合わせています。' },
  { handle: 'shota_g', displayName: '後藤 翔太', bio: 'アイスコーヒーは急冷式で。' },
  { handle: 'misaki_o', displayName: '岡田 美咲', bio: '季節限定ブレンドは必ず買います。' },
];

export const demoEmail = (handle: string) => `${handle}@komorebi.example`;

export const DEMO_WELCOME_MESSAGE =
  'こもれび珈琲コミュニティへようこそ！まずは「はじめまして」スペースで自己紹介してみてください。';
