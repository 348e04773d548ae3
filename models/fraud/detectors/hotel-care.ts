// Room and nursing against the rest of a stay's bill: the days' hotel share, read by the idle-days
// signals and by the care a long stay carries (its own module so neither imports the other).
import { LOG_COST_SMOOTHING } from './peers.js';

/** SQL: log of room and nursing against the rest of the bill of fraud_claim_base `b`. */
export const hotelCareLogSql = (b: string): string => {
  const hotel = `(${b}.tarif_kamar + ${b}.tarif_keperawatan)`;
  return `ln((${hotel} + ${LOG_COST_SMOOTHING}) / (${b}.billed_cost - ${hotel} + ${LOG_COST_SMOOTHING}))`;
};
