import { graphql } from '../../gql';

export const MissionFieldsFragment = graphql(`
  fragment MissionFields on Mission {
    id
    kind
    titleJa
    titleEn
    descriptionJa
    descriptionEn
    startsAt
    endsAt
    rewardPoints
    rewardBadge {
      id
      key
      nameJa
      nameEn
      icon
    }
    completed
    completedAt
    steps {
      action
      count
      spaceId
      progress
      done
      space {
        id
        slug
        nameJa
        nameEn
        icon
      }
    }
  }
`);

export const MissionsDocument = graphql(`
  query Missions {
    missions {
      ...MissionFields
    }
  }
`);

export const MissionsAdminDocument = graphql(`
  query MissionsAdmin($includeArchived: Boolean!) {
    missionsAdmin(includeArchived: $includeArchived) {
      ...MissionFields
      archivedAt
      createdAt
      completedCount
    }
  }
`);

export const CreateMissionDocument = graphql(`
  mutation CreateMission($input: CreateMissionInput!) {
    createMission(input: $input) {
      ...MissionFields
      archivedAt
      createdAt
      completedCount
    }
  }
`);

export const UpdateMissionDocument = graphql(`
  mutation UpdateMission($input: UpdateMissionInput!) {
    updateMission(input: $input) {
      ...MissionFields
      archivedAt
      createdAt
      completedCount
    }
  }
`);

export const ArchiveMissionDocument = graphql(`
  mutation ArchiveMission($id: ID!) {
    archiveMission(id: $id) {
      id
      archivedAt
    }
  }
`);
