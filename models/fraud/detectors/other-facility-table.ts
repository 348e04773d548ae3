// The name of the leave-out peer table alone, so the modules that build and read it can both import it
// without importing each other (other-facility-peers.ts builds it from los-care-carried.ts's stays).
export const OTHER_FACILITY_PEER_TABLE = 'fraud_other_facility_peers';
