import type { SurveyAudienceKind, SurveyTemplate } from '@kizuna/shared';
import type { NewQuestion } from './surveys.repository.js';

interface TemplateQuestion extends Omit<NewQuestion, 'id' | 'touchpointIds'> {
  /** Asks about every active touchpoint (TOUCHPOINTS). */
  allTouchpoints?: boolean;
}

export interface TemplateSpec {
  titleJa: string;
  titleEn: string;
  descriptionJa: string;
  descriptionEn: string;
  audienceKind: SurveyAudienceKind;
  questions: TemplateQuestion[];
}

const q = (
  type: NewQuestion['type'],
  promptJa: string,
  promptEn: string,
  o: Partial<TemplateQuestion> = {},
): TemplateQuestion => ({
  type,
  promptJa,
  promptEn,
  required: true,
  withReason: false,
  choices: [],
  ...o,
});

export const NPS_QUESTION = q(
  'nps',
  'このブランドを友人や知人に薦める可能性はどのくらいありますか？',
  'How likely are you to recommend us to a friend or colleague?',
  { withReason: true },
);

/** The surveys that ship ready-made. */
export const SURVEY_TEMPLATES: Record<SurveyTemplate, TemplateSpec> = {
  nps_touchpoints: {
    titleJa: 'NPS とタッチポイント調査',
    titleEn: 'NPS and touchpoints',
    descriptionJa: 'ブランドを薦めたいかと、その評価に影響したタッチポイントを伺います。',
    descriptionEn: 'Whether members would recommend the brand, and which touchpoints shaped that.',
    audienceKind: 'all',
    questions: [
      NPS_QUESTION,
      q(
        'touchpoints',
        '次のそれぞれは、いまの評価にどのくらい影響しましたか？',
        'How much did each of these influence your score?',
        { allTouchpoints: true },
      ),
      q(
        'long_text',
        'ほかにご意見があればお聞かせください。',
        'Anything else you would like to tell us?',
        {
          required: false,
        },
      ),
    ],
  },
  post_event_csat: {
    titleJa: 'イベント参加後アンケート',
    titleEn: 'After the event',
    descriptionJa:
      'ご参加ありがとうございました。今後のイベントづくりのためにご意見をお聞かせください。',
    descriptionEn: 'Thank you for coming. Tell us how it went so the next one is better.',
    audienceKind: 'event_attendees',
    questions: [
      q('csat', 'イベントの満足度を教えてください。', 'How satisfied were you with the event?'),
      q('rating', '内容の充実度を評価してください。', 'How would you rate the content?'),
      q(
        'long_text',
        'よかった点・改善してほしい点を教えてください。',
        'What did you like, and what could be better?',
        { required: false },
      ),
    ],
  },
  ces_support: {
    titleJa: 'サポートについてのアンケート',
    titleEn: 'About our support',
    descriptionJa: 'お問い合わせの解決までの手間について伺います。',
    descriptionEn: 'How much effort it took to get your question resolved.',
    audienceKind: 'all',
    questions: [
      q(
        'ces',
        '問題の解決はどのくらい簡単でしたか？',
        'How easy was it to get your issue resolved?',
      ),
      q('short_text', 'いちばん手間に感じたことは何ですか？', 'What took the most effort?', {
        required: false,
      }),
    ],
  },
};

/** A template's questions, the touchpoint grid filled with the active touchpoints. */
export const templateQuestions = (
  questions: TemplateQuestion[],
  activeTouchpointIds: string[],
): NewQuestion[] =>
  questions.map(({ allTouchpoints, ...rest }) => ({
    ...rest,
    id: null,
    touchpointIds: allTouchpoints ? activeTouchpointIds : [],
  }));
