/**
 * The parts of an API v2 study record the widget reads. Hand-written and deliberately loose: every field is
 * optional and untrusted, because records vary (modules are omitted when empty) and the widget must survive
 * malformed ones. The view model reads them through the guards in `view-model/guards.ts`.
 */

export interface DateStruct {
  date?: string;
  type?: string;
}

export interface Contact {
  name?: string;
  role?: string;
  phone?: string;
  phoneExt?: string;
  email?: string;
}

export interface Official {
  name?: string;
  affiliation?: string;
  role?: string;
}

export interface Location {
  facility?: string;
  status?: string;
  city?: string;
  state?: string;
  zip?: string;
  country?: string;
  contacts?: Contact[];
  geoPoint?: { lat?: number; lon?: number };
}

export interface Intervention {
  type?: string;
  name?: string;
  description?: string;
  otherNames?: string[];
  armGroupLabels?: string[];
}

export interface EventGroup {
  id?: string;
  title?: string;
  description?: string;
  deathsNumAffected?: number;
  deathsNumAtRisk?: number;
  seriousNumAffected?: number;
  seriousNumAtRisk?: number;
}

export interface ProtocolSection {
  identificationModule?: {
    nctId?: string;
    nctIdAliases?: string[];
    briefTitle?: string;
    officialTitle?: string;
    acronym?: string;
    organization?: { fullName?: string; class?: string };
  };
  statusModule?: {
    overallStatus?: string;
    lastKnownStatus?: string;
    whyStopped?: string;
    statusVerifiedDate?: string;
    startDateStruct?: DateStruct;
    primaryCompletionDateStruct?: DateStruct;
    completionDateStruct?: DateStruct;
    studyFirstPostDateStruct?: DateStruct;
    lastUpdatePostDateStruct?: DateStruct;
    resultsFirstPostDateStruct?: DateStruct;
  };
  sponsorCollaboratorsModule?: {
    leadSponsor?: { name?: string; class?: string };
    collaborators?: { name?: string; class?: string }[];
  };
  descriptionModule?: { briefSummary?: string; detailedDescription?: string };
  conditionsModule?: { conditions?: string[]; keywords?: string[] };
  designModule?: {
    studyType?: string;
    phases?: string[];
    designInfo?: {
      allocation?: string;
      interventionModel?: string;
      primaryPurpose?: string;
      maskingInfo?: { masking?: string; whoMasked?: string[] };
    };
    enrollmentInfo?: { count?: number; type?: string };
  };
  armsInterventionsModule?: {
    armGroups?: {
      label?: string;
      type?: string;
      description?: string;
      interventionNames?: string[];
    }[];
    interventions?: Intervention[];
  };
  eligibilityModule?: {
    eligibilityCriteria?: string;
    healthyVolunteers?: boolean;
    sex?: string;
    minimumAge?: string;
    maximumAge?: string;
    stdAges?: string[];
  };
  contactsLocationsModule?: {
    centralContacts?: Contact[];
    overallOfficials?: Official[];
    locations?: Location[];
  };
}

export interface Study {
  protocolSection?: ProtocolSection;
  resultsSection?: {
    adverseEventsModule?: {
      frequencyThreshold?: string;
      timeFrame?: string;
      description?: string;
      eventGroups?: EventGroup[];
    };
  };
  derivedSection?: {
    conditionBrowseModule?: { meshes?: { id?: string; term?: string }[] };
  };
  hasResults?: boolean;
}
