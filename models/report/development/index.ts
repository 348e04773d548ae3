// The credit development report: profiles, charts and tables shared by the train command
// (scorecard, classifier) and the credit stage (champion, challenger).
export { MAX_BASELINE_ROWS, boostingBaseline } from './baseline.js';
export type { BaselineResult } from './baseline.js';
export { characteristicChartId, ksChart, ksCurve, scoreDistributionChart, woeChart } from './charts.js';
export { developmentReport, prefixReport, scoreOfPd } from './development.js';
export type { DevelopmentInputs, DevelopmentReport } from './development.js';
export { FAIRNESS_APPROVAL_SHARE, attributeFairnessTable, fairnessTable } from './fairness.js';
export { scorecardProfiles, specProfiles } from './profiles.js';
export type { CharacteristicProfile, ProfileBin } from './profiles.js';
export { FLAT_DIRECTION, coefficientTable, directionTable, networkDirections } from './signs.js';
export { bandRows, bandTable, baselineTable, binningTable, psiOfCounts, reasonTable, stabilityTable } from './tables.js';
export type { BandRow, BaselineComparison } from './tables.js';
export { classifierDevelopment, informationValueScreen, scorecardDevelopment } from './families.js';
export type { DevelopmentRows, InformationValueScreen } from './families.js';
