import { randomBytes } from 'node:crypto';
import { asViewer, buildBoard, buildIdea, buildSurvey } from '../factories.js';
import { ChangelogService } from '../../../src/modules/feedback/changelog.service.js';
import { IdeasService } from '../../../src/modules/feedback/ideas.service.js';
import { SurveyBuilder } from '../../../src/modules/surveys/survey-builder.service.js';
import { SurveysRepository } from '../../../src/modules/surveys/surveys.repository.js';
import type { AuditCase, AuditWorld } from './types.js';

const slug = () => `audit-${randomBytes(4).toString('hex')}`;

const approvedIdea = async ({ app }: AuditWorld) =>
  buildIdea(app, null, { boardId: (await buildBoard(app)).id });

const draftEntry = ({ app, admin }: AuditWorld) =>
  app.get(ChangelogService).create(asViewer(admin), {
    title: 'バージョン 3.0',
    body: '新しい機能が増えました。',
    releasedOn: '2026-12-01',
  });

export const feedbackCases: Record<string, AuditCase> = {
  createFeedbackBoard: async () => ({
    doc: `mutation { createFeedbackBoard(input: { slug: "${slug()}", nameJa: "要望", nameEn: "Requests" }) { id } }`,
    action: 'feedbackBoard.create',
  }),
  updateFeedbackBoard: async ({ app }) => {
    const board = await buildBoard(app);
    return {
      doc: `mutation { updateFeedbackBoard(input: { id: "${board.id}", nameEn: "Renamed", requiresApproval: true }) { id } }`,
      action: 'feedbackBoard.update',
    };
  },
  reviewIdea: async ({ app }) => {
    const board = await buildBoard(app, { requiresApproval: true });
    const idea = await buildIdea(app, null, { boardId: board.id });
    return {
      doc: `mutation { reviewIdea(input: { id: "${idea.id}", approve: true }) { id } }`,
      action: 'idea.review',
    };
  },
  changeIdeaStatus: async (w) => {
    const board = await buildBoard(w.app);
    const a = await buildIdea(w.app, null, { boardId: board.id });
    const b = await buildIdea(w.app, null, { boardId: board.id });
    return {
      doc: `mutation { changeIdeaStatus(input: { ids: ["${a.id}", "${b.id}"], status: PLANNED, note: "Next quarter" }) { id } }`,
      action: 'idea.changeStatus',
    };
  },
  answerIdea: async (w) => {
    const idea = await approvedIdea(w);
    return {
      doc: `mutation { answerIdea(input: { ideaId: "${idea.id}", body: "We are looking into it." }) { id } }`,
      action: 'idea.answer',
    };
  },
  mergeIdea: async ({ app }) => {
    const board = await buildBoard(app);
    const into = await buildIdea(app, null, { boardId: board.id });
    const from = await buildIdea(app, null, { boardId: board.id });
    return {
      doc: `mutation { mergeIdea(input: { ideaId: "${from.id}", intoId: "${into.id}" }) { id } }`,
      action: 'idea.merge',
    };
  },
  unmergeIdea: async ({ app, admin }) => {
    const board = await buildBoard(app);
    const into = await buildIdea(app, null, { boardId: board.id });
    const from = await buildIdea(app, null, { boardId: board.id });
    await app.get(IdeasService).merge(asViewer(admin), { ideaId: from.id, intoId: into.id });
    return {
      doc: `mutation { unmergeIdea(ideaId: "${from.id}") { id } }`,
      action: 'idea.unmerge',
    };
  },
  setIdeaRoadmapVisibility: async (w) => {
    const idea = await approvedIdea(w);
    return {
      doc: `mutation { setIdeaRoadmapVisibility(input: { ideaId: "${idea.id}", hidden: true }) { id } }`,
      action: 'idea.setRoadmapVisibility',
    };
  },
  createChangelogEntry: async () => ({
    doc: `mutation { createChangelogEntry(input: { title: "バージョン 2.5", body: "改善", releasedOn: "2026-12-01" }) { id } }`,
    action: 'changelog.create',
  }),
  updateChangelogEntry: async (w) => {
    const entry = await draftEntry(w);
    return {
      doc: `mutation { updateChangelogEntry(input: { id: "${entry.id}", title: "バージョン 3.1", body: "修正" }) { id } }`,
      action: 'changelog.update',
    };
  },
  publishChangelogEntry: async (w) => {
    const idea = await approvedIdea(w);
    const entry = await w.app.get(ChangelogService).create(asViewer(w.admin), {
      title: 'バージョン 4.0',
      body: 'ご要望の機能です。',
      releasedOn: '2026-12-01',
      ideaIds: [idea.id],
    });
    return {
      doc: `mutation { publishChangelogEntry(id: "${entry.id}") { id } }`,
      action: 'changelog.publish',
    };
  },
  deleteChangelogEntry: async (w) => {
    const entry = await draftEntry(w);
    return {
      doc: `mutation { deleteChangelogEntry(id: "${entry.id}") }`,
      action: 'changelog.delete',
    };
  },
  createSurvey: async () => ({
    doc: `mutation { createSurvey(input: { template: NPS_TOUCHPOINTS, titleJa: "満足度調査" }) { id } }`,
    action: 'survey.create',
  }),
  updateSurvey: async ({ app }) => {
    const survey = await buildSurvey(app, { publish: false });
    return {
      doc: `mutation { updateSurvey(input: { id: "${survey.id}", titleEn: "Satisfaction", responseCap: 500 }) { id } }`,
      action: 'survey.update',
    };
  },
  publishSurvey: async ({ app }) => {
    const survey = await buildSurvey(app, { publish: false });
    return {
      doc: `mutation { publishSurvey(id: "${survey.id}") { id } }`,
      action: 'survey.publish',
    };
  },
  closeSurvey: async ({ app }) => {
    const survey = await buildSurvey(app);
    return { doc: `mutation { closeSurvey(id: "${survey.id}") { id } }`, action: 'survey.close' };
  },
  reopenSurvey: async ({ app, admin }) => {
    const survey = await buildSurvey(app);
    await app.get(SurveyBuilder).close(asViewer(admin), survey.id);
    return { doc: `mutation { reopenSurvey(id: "${survey.id}") { id } }`, action: 'survey.reopen' };
  },
  deleteSurvey: async ({ app }) => {
    const survey = await buildSurvey(app, { publish: false });
    return { doc: `mutation { deleteSurvey(id: "${survey.id}") }`, action: 'survey.delete' };
  },
  duplicateSurvey: async ({ app }) => {
    const survey = await buildSurvey(app);
    return {
      doc: `mutation { duplicateSurvey(id: "${survey.id}") { id } }`,
      action: 'survey.duplicate',
    };
  },
  saveSurveyTouchpoints: async ({ app }) => {
    const touchpoints = await app.get(SurveysRepository).touchpoints(true);
    const input = [
      ...touchpoints.map(({ id, key, labelJa, labelEn, archived }) => ({
        id,
        key,
        labelJa,
        labelEn,
        archived,
      })),
      { id: null, key: slug(), labelJa: '店頭', labelEn: 'In store', archived: false },
    ];
    return {
      doc: `mutation($input: [SurveyTouchpointInput!]!) { saveSurveyTouchpoints(input: $input) { id } }`,
      variables: { input },
      action: 'surveyTouchpoints.save',
    };
  },
  updateSurveySettings: async ({ app }) => {
    const days = await app.get(SurveysRepository).fatigueDays();
    return {
      doc: `mutation { updateSurveySettings(fatigueDays: ${days === 45 ? 46 : 45}) { fatigueDays } }`,
      action: 'surveySettings.update',
    };
  },
};
