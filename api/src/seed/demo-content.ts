/** Spaces, posts and comments of the demo coffee community, generated from these pieces. */

export const DEMO_SPACES = [
  {
    slug: 'announcements',
    nameJa: 'お知らせ',
    nameEn: 'Announcements',
    icon: '📣',
    color: '#b4532a',
    staffOnly: true,
    descriptionJa: '新しい豆の入荷やイベントなど、運営からのお知らせです。',
    descriptionEn: 'News from the roastery: new beans, events and more.',
  },
  {
    slug: 'talk',
    nameJa: '雑談',
    nameEn: 'Talk',
    icon: '☕',
    color: '#2f7d57',
    staffOnly: false,
    descriptionJa: '今日の一杯、好きな器、珈琲のある暮らしを気軽にどうぞ。',
    descriptionEn: 'Today’s cup, favourite mugs, life with coffee.',
  },
  {
    slug: 'questions',
    nameJa: '質問・相談',
    nameEn: 'Q&A',
    icon: '🙋',
    color: '#3b5bdb',
    staffOnly: false,
    descriptionJa: '淹れ方や道具の悩みを、みんなで解決しましょう。',
    descriptionEn: 'Ask about brewing and gear; the community answers.',
  },
  {
    slug: 'recipes',
    nameJa: 'レシピ・淹れ方',
    nameEn: 'Recipes',
    icon: '📝',
    color: '#7048e8',
    staffOnly: false,
    descriptionJa: 'お気に入りの抽出レシピやアレンジを共有してください。',
    descriptionEn: 'Share your brewing recipes and twists.',
  },
  {
    slug: 'photos',
    nameJa: '写真',
    nameEn: 'Photos',
    icon: '📷',
    color: '#c2255c',
    staffOnly: false,
    descriptionJa: 'ラテアートやカフェ巡りの写真を見せてください。',
    descriptionEn: 'Latte art, café visits and your coffee corner.',
  },
] as const;

export const BEANS = [
  'エチオピア イルガチェフェ',
  'グアテマラ アンティグア',
  'ケニア AA',
  'ブラジル サントス',
  'コロンビア スプレモ',
  'マンデリン',
  '季節限定ブレンド「こもれび」',
  '深煎りブレンド「夜更け」',
  'デカフェ コロンビア',
  'コスタリカ ハニー',
];

type Kind = 'talk' | 'question';

/** `{b}` is a bean. */
export const POST_TEMPLATES: Array<{
  space: string;
  kind: Kind;
  title: string;
  body: string;
  tags: string[];
}> = [
  {
    space: 'questions',
    kind: 'question',
    title: '{b}に合う抽出方法は？',
    tags: ['抽出', 'ハンドドリップ'],
    body: '{b}を買ってみました。ペーパードリップで淹れていますが、少し酸味が強く感じます。\n\n- 挽き目は中細挽き\n- お湯は 92℃\n- 15g に 240ml\n\n皆さんならどう淹れますか？',
  },
  {
    space: 'talk',
    kind: 'talk',
    title: '{b}を飲んでみた感想',
    tags: ['感想'],
    body: '届いたばかりの{b}、開けた瞬間の香りがとても良かったです。\n\n一杯目はストレートで。後味がすっきりしていて、**朝にぴったり**だと思いました。',
  },
  {
    space: 'recipes',
    kind: 'talk',
    title: '{b}でアイスコーヒーを作るレシピ',
    tags: ['アイスコーヒー', 'レシピ'],
    body: '急冷式で作っています。\n\n1. 豆 20g を中細挽きに\n2. 氷 120g をサーバーに\n3. 90℃ のお湯 150ml で抽出\n\n{b}だと甘みがしっかり残ります。',
  },
  {
    space: 'questions',
    kind: 'question',
    title: '{b}の保存方法について',
    tags: ['保存'],
    body: '{b}を 500g 買ったのですが、飲み切るまでに 1 か月ほどかかりそうです。冷凍保存した方が良いのでしょうか？',
  },
  {
    space: 'talk',
    kind: 'talk',
    title: '{b}とお菓子のペアリング',
    tags: ['ペアリング', 'お菓子'],
    body: '{b}には、チョコレートよりもナッツのお菓子が合う気がしました。皆さんのおすすめの組み合わせも知りたいです。',
  },
  {
    space: 'photos',
    kind: 'talk',
    title: '今朝の一杯は{b}',
    tags: ['朝珈琲', '写真'],
    body: '休日の朝、ベランダで{b}をいただきました。光がきれいだったので一枚。',
  },
  {
    space: 'questions',
    kind: 'question',
    title: '{b}をフレンチプレスで淹れるコツは？',
    tags: ['フレンチプレス'],
    body: 'フレンチプレスで{b}を淹れると、どうしても粉っぽくなってしまいます。挽き目や待ち時間のコツがあれば教えてください。',
  },
  {
    space: 'recipes',
    kind: 'talk',
    title: '{b}のカフェオレが最高でした',
    tags: ['カフェオレ', 'アレンジ'],
    body: '濃いめに淹れた{b}と温めた牛乳を 1:1 で。オーツミルクでも試しましたが、コクが出て美味しかったです。',
  },
  {
    space: 'talk',
    kind: 'talk',
    title: '{b}の香りに癒やされています',
    tags: ['香り'],
    body: '在宅勤務の合間に{b}を挽くのが小さな楽しみです。挽いた瞬間の香りだけで気分が変わりますね。',
  },
  {
    space: 'questions',
    kind: 'question',
    title: '{b}は水出しに向いていますか？',
    tags: ['水出し'],
    body: '夏に向けて水出し珈琲を仕込みたいと思っています。{b}は水出しでも美味しく飲めるでしょうか？おすすめの時間も知りたいです。',
  },
  {
    space: 'photos',
    kind: 'talk',
    title: '{b}と新しいマグカップ',
    tags: ['器', '写真'],
    body: '益子焼のマグを買いました。{b}の色がよく映えます。',
  },
  {
    space: 'recipes',
    kind: 'talk',
    title: '{b}をエアロプレスで',
    tags: ['エアロプレス', 'レシピ'],
    body: '倒立式で 1 分 30 秒。{b}は少し細かめに挽くと、甘さがぐっと増しました。',
  },
  {
    space: 'talk',
    kind: 'talk',
    title: 'ロイヤルカスタマー的に{b}を推したい',
    tags: ['おすすめ'],
    body: '定期便で{b}を 2 年続けています。友人にも配ったら、みんな買うようになりました。',
  },
  {
    space: 'questions',
    kind: 'question',
    title: '{b}の挽き目、どれくらいが正解？',
    tags: ['ミル', '挽き目'],
    body: '手挽きミルを使っています。{b}の場合、目盛りをどのあたりにすると良いでしょうか。',
  },
  {
    space: 'talk',
    kind: 'talk',
    title: '{b}をキャンプで淹れてみた',
    tags: ['キャンプ', 'アウトドア'],
    body: '山の上で飲む{b}は格別でした。シングルバーナーとドリッパーだけで十分ですね。',
  },
  {
    space: 'recipes',
    kind: 'talk',
    title: '{b}でコーヒーゼリー',
    tags: ['スイーツ', 'レシピ'],
    body: '濃いめに淹れた{b} 300ml にゼラチン 5g。甘さ控えめにして、ミルクをかけるのがおすすめです。',
  },
  {
    space: 'questions',
    kind: 'question',
    title: '{b}、浅煎りと深煎りどちらが好きですか？',
    tags: ['焙煎度'],
    body: '{b}は浅煎りと深煎りの両方があると聞きました。飲み比べた方がいたら感想を聞かせてください。',
  },
  {
    space: 'talk',
    kind: 'talk',
    title: '{b}を家族にプレゼント',
    tags: ['ギフト'],
    body: '母の誕生日に{b}を贈りました。ドリップバッグも一緒に入れたら、とても喜んでくれました。',
  },
  {
    space: 'photos',
    kind: 'talk',
    title: 'ラテアート練習中（{b}）',
    tags: ['ラテアート', '写真'],
    body: 'ハートがやっと形になってきました。{b}のエスプレッソで練習しています。',
  },
  {
    space: 'questions',
    kind: 'question',
    title: '{b}に合うお湯の温度は？',
    tags: ['温度', '抽出'],
    body: '{b}を淹れるとき、お湯の温度で味がどれくらい変わるのか気になっています。何℃で淹れていますか？',
  },
];

/** `{b}` is the post's bean; `{n}` the name of the person answered. */
export const COMMENTS = [
  '私も{b}が大好きです！',
  '挽き目を少し粗くすると、酸味がやわらぎますよ。',
  'お湯の温度を 88℃ くらいに下げてみてはいかがでしょう。',
  '冷凍保存がおすすめです。小分けにして、使う分だけ常温に戻しています。',
  '素敵な写真ですね。',
  'このレシピ、週末に試してみます。',
  '{b}はミルクとの相性も良いですよね。',
  '蒸らしを 30 秒しっかり取ると、味が安定しました。',
  '参考になりました、ありがとうございます！',
  '同じ悩みがありました。豆の量を 1g 増やしたら解決しました。',
  'フレンチプレスなら 4 分がちょうど良いと思います。',
  '水出しなら 8 時間くらいが好みです。',
  'チョコレートケーキとも合いますよ。',
  'それ、ぜひイベントで話してほしいです。',
  '{b}、次の定期便で頼んでみます。',
  '珈琲の香りで一日が始まるの、わかります。',
  'うちでも家族に好評でした。',
  'ミルを変えたら雑味が減りました。',
];

export const REPLIES = [
  'ありがとうございます！試してみます。',
  'なるほど、やってみます。',
  '詳しく教えていただき助かります。',
  '試したら本当に美味しくなりました！',
];

export const ANNOUNCEMENTS = [
  {
    title: '【入荷】季節限定ブレンド「こもれび」販売開始',
    body: '今年も季節限定ブレンドが入荷しました。柑橘のような明るい酸味と、黒糖のような甘さが特徴です。\n\nコミュニティの皆さんには、先行してお知らせしています。',
  },
  {
    title: 'オンライン焙煎教室のお知らせ',
    body: '来月、焙煎士による**オンライン焙煎教室**を開催します。参加はコミュニティメンバー限定です。詳細は追ってお知らせします。',
  },
  {
    title: 'コミュニティのガイドライン',
    body: 'みんなが気持ちよく過ごせるよう、次のことを大切にしてください。\n\n- 相手を尊重した言葉づかい\n- 宣伝目的の投稿はご遠慮ください\n- 質問には、解決したらベストアンサーを',
  },
];
