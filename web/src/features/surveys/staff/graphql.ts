import { graphql } from '../../../gql';

export const SURVEYS_PAGE_SIZE = 20;

export const StaffSurveyRowFragment = graphql(`
  fragment StaffSurveyRow on Survey {
    id
    titleJa
    titleEn
    status
    template
    opensAt
    closesAt
    publishedAt
    anonymous
    responseCap
    responseCount
    invitedCount
    updatedAt
    audience {
      kind
    }
  }
`);

export const StaffSurveysDocument = graphql(`
  query StaffSurveys($status: SurveyStatus, $first: Int!, $after: String) {
    surveys(status: $status, first: $first, after: $after) {
      nodes {
        ...StaffSurveyRow
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

/** How many surveys each tab holds (one small query, aliased per status). */
export const SurveyCountsDocument = graphql(`
  query SurveyCounts {
    all: surveys(first: 1) {
      totalCount
    }
    draft: surveys(status: DRAFT, first: 1) {
      totalCount
    }
    scheduled: surveys(status: SCHEDULED, first: 1) {
      totalCount
    }
    open: surveys(status: OPEN, first: 1) {
      totalCount
    }
    closed: surveys(status: CLOSED, first: 1) {
      totalCount
    }
  }
`);

export const PublishSurveyDocument = graphql(`
  mutation PublishSurvey($id: ID!, $opensAt: DateTime) {
    publishSurvey(id: $id, opensAt: $opensAt) {
      ...StaffSurveyRow
    }
  }
`);

export const CloseSurveyDocument = graphql(`
  mutation CloseSurvey($id: ID!) {
    closeSurvey(id: $id) {
      ...StaffSurveyRow
    }
  }
`);

export const ReopenSurveyDocument = graphql(`
  mutation ReopenSurvey($id: ID!, $closesAt: DateTime) {
    reopenSurvey(id: $id, closesAt: $closesAt) {
      ...StaffSurveyRow
    }
  }
`);

export const DuplicateSurveyDocument = graphql(`
  mutation DuplicateSurvey($id: ID!) {
    duplicateSurvey(id: $id) {
      ...StaffSurveyRow
    }
  }
`);

export const DeleteSurveyDocument = graphql(`
  mutation DeleteSurvey($id: ID!) {
    deleteSurvey(id: $id)
  }
`);

export const SurveyTemplatesDocument = graphql(`
  query SurveyTemplates {
    surveyTemplates {
      key
      titleJa
      titleEn
      descriptionJa
      descriptionEn
    }
  }
`);

export const CreateSurveyDocument = graphql(`
  mutation CreateSurvey($input: CreateSurveyInput!) {
    createSurvey(input: $input) {
      id
    }
  }
`);

export const SurveyTouchpointFieldsFragment = graphql(`
  fragment SurveyTouchpointFields on SurveyTouchpoint {
    id
    key
    labelJa
    labelEn
    position
    archived
  }
`);

export const SurveyTouchpointsDocument = graphql(`
  query SurveyTouchpoints($includeArchived: Boolean) {
    surveyTouchpoints(includeArchived: $includeArchived) {
      ...SurveyTouchpointFields
    }
  }
`);

export const SaveSurveyTouchpointsDocument = graphql(`
  mutation SaveSurveyTouchpoints($input: [SurveyTouchpointInput!]!) {
    saveSurveyTouchpoints(input: $input) {
      ...SurveyTouchpointFields
    }
  }
`);

export const SurveySettingsDocument = graphql(`
  query SurveySettings {
    surveySettings {
      fatigueDays
    }
  }
`);

export const UpdateSurveySettingsDocument = graphql(`
  mutation UpdateSurveySettings($fatigueDays: Int!) {
    updateSurveySettings(fatigueDays: $fatigueDays) {
      fatigueDays
    }
  }
`);

export const SurveyBuilderFieldsFragment = graphql(`
  fragment SurveyBuilderFields on Survey {
    id
    titleJa
    titleEn
    descriptionJa
    descriptionEn
    template
    status
    opensAt
    closesAt
    publishedAt
    anonymous
    responseCap
    responseCount
    canEdit
    updatedAt
    audience {
      kind
      minRankPosition
      roles
      segment
      hoursAfterEvent
      event {
        id
        title
        startsAt
        endsAt
      }
    }
    questions {
      ...SurveyQuestionFields
    }
  }
`);

export const SurveyBuilderDocument = graphql(`
  query SurveyBuilder($id: ID!) {
    survey(id: $id) {
      ...SurveyBuilderFields
    }
    community {
      timezone
    }
    ranks {
      id
      position
      nameJa
      nameEn
      icon
    }
    surveySegments {
      key
      labelJa
      labelEn
    }
    surveyTouchpoints(includeArchived: true) {
      ...SurveyTouchpointFields
    }
  }
`);

/** Events a survey may follow: the latest past ones and the coming ones. */
export const SurveyEventOptionsDocument = graphql(`
  query SurveyEventOptions($first: Int!) {
    past: events(filter: PAST, first: $first) {
      nodes {
        id
        title
        startsAt
        endsAt
      }
    }
    upcoming: events(filter: UPCOMING, first: $first) {
      nodes {
        id
        title
        startsAt
        endsAt
      }
    }
  }
`);

export const UpdateSurveyDocument = graphql(`
  mutation UpdateSurvey($input: UpdateSurveyInput!) {
    updateSurvey(input: $input) {
      ...SurveyBuilderFields
    }
  }
`);
