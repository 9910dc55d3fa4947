export { createSimulation, type Simulation, type SimulationHubOptions } from './simulation';
export { defaultReferralsPerDistrictPerHalfTerm, type SimulationOptions } from './simulation-options';
export type { ExampleCases, MeetingHeldOn, SimulationProgress, SimulationReport } from './report/simulation-report';
export { SimulationCommandRefused } from './recording/record-scheduled';
export { SeededRandom, weightedChoice, type WeightTable } from './random/seeded-random';
