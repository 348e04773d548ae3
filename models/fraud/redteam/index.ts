// The red-team suite: scenarios of JKN fraud and near misses, the runner that injects them
// into a generated extract and runs the pipeline, and the one adapter to published outputs.
export { runRedTeam, BASE_EXTRACT, RUN_PARAMS } from './harness.js';
export { judge, validateScenario } from './judge.js';
export type { RedTeamResult, ScenarioResult, RunRedTeamOptions } from './harness.js';
export { readOutcomes } from './read-outcome.js';
export type { ClaimOutcome } from './read-outcome.js';
export { SCENARIOS } from './scenarios/index.js';
export { PLACES } from './places.js';
export { defineScenario } from './types.js';
export type { Scenario, ScenarioContext, ScenarioClaims, BuiltClaim } from './types.js';
