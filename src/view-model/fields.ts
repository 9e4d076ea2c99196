/**
 * Where each statement comes from: the record field paths the card cites (`…armGroups[].type` for a field of
 * every array item), so that it can show the registry's own words behind a sentence.
 */

/** Record field paths, as the card cites them. */
export const FIELD = {
  nctId: 'protocolSection.identificationModule.nctId',
  briefTitle: 'protocolSection.identificationModule.briefTitle',
  officialTitle: 'protocolSection.identificationModule.officialTitle',
  sponsor: 'protocolSection.sponsorCollaboratorsModule.leadSponsor.name',
  briefSummary: 'protocolSection.descriptionModule.briefSummary',
  detailedDescription: 'protocolSection.descriptionModule.detailedDescription',
  phases: 'protocolSection.designModule.phases',
  studyType: 'protocolSection.designModule.studyType',
  purpose: 'protocolSection.designModule.designInfo.primaryPurpose',
  allocation: 'protocolSection.designModule.designInfo.allocation',
  model: 'protocolSection.designModule.designInfo.interventionModel',
  masking: 'protocolSection.designModule.designInfo.maskingInfo.masking',
  whoMasked: 'protocolSection.designModule.designInfo.maskingInfo.whoMasked',
  enrollment: 'protocolSection.designModule.enrollmentInfo.count',
  enrollmentType: 'protocolSection.designModule.enrollmentInfo.type',
  status: 'protocolSection.statusModule.overallStatus',
  lastKnownStatus: 'protocolSection.statusModule.lastKnownStatus',
  whyStopped: 'protocolSection.statusModule.whyStopped',
  verified: 'protocolSection.statusModule.statusVerifiedDate',
  start: 'protocolSection.statusModule.startDateStruct.date',
  expandedAccess: 'protocolSection.statusModule.expandedAccessInfo',
  siteStatuses: 'protocolSection.contactsLocationsModule.locations[].status',
  primaryCompletion: 'protocolSection.statusModule.primaryCompletionDateStruct.date',
  completion: 'protocolSection.statusModule.completionDateStruct.date',
  resultsPosted: 'protocolSection.statusModule.resultsFirstPostDateStruct.date',
  conditions: 'protocolSection.conditionsModule.conditions',
  interventionNames: 'protocolSection.armsInterventionsModule.interventions[].name',
  interventionTypes: 'protocolSection.armsInterventionsModule.interventions[].type',
  interventionArms: 'protocolSection.armsInterventionsModule.interventions[].armGroupLabels',
  interventionDescriptions: 'protocolSection.armsInterventionsModule.interventions[].description',
  armTypes: 'protocolSection.armsInterventionsModule.armGroups[].type',
  armLabels: 'protocolSection.armsInterventionsModule.armGroups[].label',
  armDescriptions: 'protocolSection.armsInterventionsModule.armGroups[].description',
  timePerspective: 'protocolSection.designModule.designInfo.timePerspective',
  studyPopulation: 'protocolSection.eligibilityModule.studyPopulation',
  criteria: 'protocolSection.eligibilityModule.eligibilityCriteria',
  minimumAge: 'protocolSection.eligibilityModule.minimumAge',
  maximumAge: 'protocolSection.eligibilityModule.maximumAge',
  sex: 'protocolSection.eligibilityModule.sex',
  genderBased: 'protocolSection.eligibilityModule.genderBased',
  genderDescription: 'protocolSection.eligibilityModule.genderDescription',
  stdAges: 'protocolSection.eligibilityModule.stdAges',
  healthyVolunteers: 'protocolSection.eligibilityModule.healthyVolunteers',
  hasResults: 'hasResults',
  groupTitles: 'resultsSection.adverseEventsModule.eventGroups[].title',
  seriousAffected: 'resultsSection.adverseEventsModule.eventGroups[].seriousNumAffected',
  seriousAtRisk: 'resultsSection.adverseEventsModule.eventGroups[].seriousNumAtRisk',
  deathsAffected: 'resultsSection.adverseEventsModule.eventGroups[].deathsNumAffected',
  deathsAtRisk: 'resultsSection.adverseEventsModule.eventGroups[].deathsNumAtRisk',
  otherAffected: 'resultsSection.adverseEventsModule.eventGroups[].otherNumAffected',
  otherAtRisk: 'resultsSection.adverseEventsModule.eventGroups[].otherNumAtRisk',
  timeFrame: 'resultsSection.adverseEventsModule.timeFrame',
  seriousTerms: 'resultsSection.adverseEventsModule.seriousEvents[].term',
  seriousStats: 'resultsSection.adverseEventsModule.seriousEvents[].stats',
  references: 'protocolSection.referencesModule.references[]',
} as const;

export interface Sourced {
  /** Record field paths the statement rests on. */
  sources: string[];
}
