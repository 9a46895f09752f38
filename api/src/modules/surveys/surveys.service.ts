import { Injectable } from '@nestjs/common';
import { ErrorCode, type SurveyTemplate } from '@kizuna/shared';
import { memberOf, type Reader, type Viewer } from '../../core/auth/viewer.js';
import { AppError, forbidden, notFound, unauthenticated } from '../../core/errors/app-error.js';
import { decodeCursor, toConnection } from '../../core/graphql/pagination.js';
import { isUuid } from '../../core/ids.js';
import { MembersService } from '../members/members.service.js';
import type { SurveysArgs } from './dto/survey.inputs.js';
import type {
  MemberAttitude,
  SurveySegment,
  SurveyTemplateInfo,
} from './models/survey-admin.model.js';
import type { SurveyQuestion, SurveyTouchpoint } from './models/survey.model.js';
import { NpsImportRepository } from './results/nps-import.repository.js';
import { normalizeEmail } from './results/nps-import.rows.js';
import {
  ResponsesRepository,
  type AnswerRow,
  type NpsHistoryRow,
  type ResponseRow,
} from './responses.repository.js';
import { SurveyLinks } from './survey-links.js';
import { SurveySegments } from './survey-segments.js';
import { SURVEY_TEMPLATES } from './survey-templates.js';
import { SurveysPolicy } from './surveys.policy.js';
import { SurveysRepository, type SurveyRow } from './surveys.repository.js';

/** A survey as read by someone, with the member answering it (the viewer or the link's). */
export type ReadSurvey = SurveyRow & { respondentId?: string | null };

export interface SurveyConnectionResult {
  nodes: SurveyRow[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

const invalidLink = () =>
  new AppError(
    ErrorCode.INVALID_TOKEN,
    'This survey link is not valid or has expired. Sign in to answer.',
  );

const UNKNOWN: MemberAttitude = { npsClass: null, npsScore: null, measuredAt: null };

/**
 * Surveys as they are read: by staff and the product team (any), by the members they asked, and
 * by other modules through the read interface (get, questionsOf, touchpoints, attitudes).
 */
@Injectable()
export class SurveysService {
  constructor(
    private readonly surveys: SurveysRepository,
    private readonly responses: ResponsesRepository,
    private readonly links: SurveyLinks,
    private readonly segmentSources: SurveySegments,
    private readonly members: MembersService,
    private readonly imported: NpsImportRepository,
  ) {}

  /** Read interface: a survey by id, or NOT_FOUND. */
  async get(id: string): Promise<SurveyRow> {
    const survey = isUuid(id) ? await this.surveys.findById(id) : null;
    if (!survey) throw notFound('This survey');
    return survey;
  }

  findByIds(ids: readonly string[]): Promise<SurveyRow[]> {
    return this.surveys.findByIds(ids);
  }

  /** Read interface: a survey's questions, in order. */
  questionsOf(surveyId: string): Promise<SurveyQuestion[]> {
    return this.surveys.questions([surveyId]);
  }

  async questionsOfMany(surveyIds: readonly string[]): Promise<Map<string, SurveyQuestion[]>> {
    const by = new Map<string, SurveyQuestion[]>(surveyIds.map((id) => [id, []]));
    for (const q of await this.surveys.questions(surveyIds)) by.get(q.surveyId)?.push(q);
    return by;
  }

  /** Read interface: the brand's touchpoints in order (archived ones too when asked). */
  touchpoints(includeArchived = false): Promise<SurveyTouchpoint[]> {
    return this.surveys.touchpoints(includeArchived);
  }

  touchpointsByIds(ids: readonly string[]): Promise<SurveyTouchpoint[]> {
    return this.surveys.touchpointsByIds(ids);
  }

  async list(args: SurveysArgs): Promise<SurveyConnectionResult> {
    const after = decodeCursor(args.after, ['date', 'uuid']);
    const [rows, totalCount] = await Promise.all([
      this.surveys.page({
        status: args.status ?? null,
        after: after ? { createdAt: after[0], id: after[1] } : null,
        limit: args.first + 1,
      }),
      this.surveys.count(args.status ?? null),
    ]);
    return {
      ...toConnection(rows, args.first, (s) => [s.createdAt.toISOString(), s.id]),
      totalCount,
    };
  }

  /**
   * A survey as the reader may see it: staff and the product team any; a member one that asked
   * them; anyone holding its emailed link, as the link's member. NOT_FOUND otherwise. A link that
   * is not valid for it (expired, another survey's, forged) is INVALID_TOKEN signed out; signed
   * in, the session decides.
   */
  async forReader(reader: Reader | null, id: string, token?: string | null): Promise<ReadSurvey> {
    const survey = await this.get(id);
    const viewer = memberOf(reader);
    if (token) {
      const holder = survey.status === 'draft' ? null : await this.linkHolder(survey.id, token);
      if (holder) return { ...survey, respondentId: holder };
      if (!viewer) throw invalidLink();
    }
    if (SurveysPolicy.canReadResults(viewer)) return { ...survey, respondentId: viewer!.memberId };
    if (
      viewer &&
      survey.status !== 'draft' &&
      (await this.surveys.isRecipient(survey.id, viewer.memberId))
    )
      return { ...survey, respondentId: viewer.memberId };
    throw notFound('This survey');
  }

  /**
   * Who answers a survey: the link's member when its token is valid, else the signed-in member
   * (an invalid token is refused only signed out). Only active members answer.
   */
  async respondent(
    reader: Reader | null,
    surveyId: string,
    token?: string | null,
  ): Promise<string> {
    const viewer = memberOf(reader);
    if (token) {
      const holder = await this.linkHolder(surveyId, token);
      if (holder) return holder;
      if (!viewer) throw invalidLink();
    }
    if (!viewer) throw unauthenticated();
    if (viewer.status !== 'active') throw forbidden('This account cannot answer surveys.');
    return viewer.memberId;
  }

  /** The member a valid link answers as; FORBIDDEN when that account is not active. */
  private async linkHolder(surveyId: string, token: string): Promise<string | null> {
    const memberId = this.links.memberOf(surveyId, token);
    if (!memberId) return null;
    const member = await this.members.findById(memberId);
    if (member?.status !== 'active') throw forbidden('This account cannot answer surveys.');
    return memberId;
  }

  /** Open surveys the viewer was asked and has not answered yet (the home card). */
  async mine(viewer: Viewer): Promise<ReadSurvey[]> {
    const rows = await this.surveys.openFor(viewer.memberId);
    return rows.map((s) => ({ ...s, respondentId: viewer.memberId }));
  }

  templates(): SurveyTemplateInfo[] {
    return (Object.keys(SURVEY_TEMPLATES) as SurveyTemplate[]).map((key) => {
      const t = SURVEY_TEMPLATES[key];
      return {
        key,
        titleJa: t.titleJa,
        titleEn: t.titleEn,
        descriptionJa: t.descriptionJa,
        descriptionEn: t.descriptionEn,
      };
    });
  }

  async settings(): Promise<{ fatigueDays: number }> {
    return { fatigueDays: await this.surveys.fatigueDays() };
  }

  segments(): Promise<SurveySegment[]> {
    return this.segmentSources.list();
  }

  /** The member's in-app responses to these surveys, by survey. */
  async responsesOf(
    memberId: string,
    surveyIds: readonly string[],
  ): Promise<Map<string, ResponseRow>> {
    const rows = await this.responses.ofSurveys(memberId, surveyIds);
    return new Map(rows.map((r) => [r.surveyId, r]));
  }

  /** Of these surveys, the ones that asked the member. */
  async askedOf(memberId: string, surveyIds: readonly string[]): Promise<Set<string>> {
    return new Set(await this.surveys.askedOf(memberId, surveyIds));
  }

  async answersOf(responseIds: readonly string[]): Promise<Map<string, AnswerRow[]>> {
    const by = new Map<string, AnswerRow[]>(responseIds.map((id) => [id, []]));
    for (const a of await this.responses.answers(responseIds)) by.get(a.responseId)?.push(a);
    return by;
  }

  /**
   * Read interface: each member's latest NPS class from identified surveys, and when it was
   * measured (unknown for members who never answered one).
   */
  async attitudes(memberIds: readonly string[]): Promise<Map<string, MemberAttitude>> {
    const rows = await this.responses.attitudes(memberIds);
    const by = new Map(
      rows.map((r) => [
        r.memberId,
        { npsClass: r.npsClass, npsScore: r.npsScore, measuredAt: r.answeredAt },
      ]),
    );
    return new Map(memberIds.map((id) => [id, by.get(id) ?? UNKNOWN]));
  }

  /**
   * For the customers module's erasure (a customer's right to deletion): deletes the responses
   * imported for a customer, found by the brand's customer ids or by e-mail (folded as imports
   * fold it), with their answers, inside the caller's transaction. Answers how many were deleted;
   * answers given in the community are the member's own and stay.
   */
  eraseImportedResponses(o: {
    customerIds: readonly string[];
    emails: readonly string[];
  }): Promise<number> {
    const emails = [...new Set(o.emails.map(normalizeEmail).filter(Boolean))];
    const customerIds = [...new Set(o.customerIds.filter(Boolean))];
    if (!emails.length && !customerIds.length) return Promise.resolve(0);
    return this.imported.erase({ customerIds, emails });
  }

  /**
   * Read interface: a member's NPS answers in identified surveys, newest first, with those
   * imported under their customer ids that matched no member.
   */
  npsHistory(
    memberId: string,
    customerIds: readonly string[],
    limit: number,
  ): Promise<NpsHistoryRow[]> {
    return this.responses.npsHistory(memberId, customerIds, limit);
  }
}
