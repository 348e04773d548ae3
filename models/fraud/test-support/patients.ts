// Test support: hand-built patients, one card a stay, for the detector tests that need many
// patients of one service (peers of a group, copies of a bill, a package's patients). Each test
// file keeps its own book, so cards never clash across files, and passes its rows to runDetectors.
import { TARIFF_COMPONENTS } from '../../../data-samples/schema/index.js';
import { addDays, claim, member } from './hand-built.js';
import type { Row } from './hand-built.js';

/** A bill of the given tariff components, every other component zero. */
export const billOf = (given: Row = {}): Row => ({
  ...Object.fromEntries(TARIFF_COMPONENTS.map(([name]) => [name, 0])),
  ...given,
});

export interface Patients {
  readonly claims: Row[];
  readonly members: Row[];
  /** How many cards the book has made so far (the next card is number cards + 1). */
  readonly cards: number;
  /** A new card `<prefix><number>`, its member row added. */
  card(memberOver?: Row): string;
  /** A claim of the card, its SEP returned. */
  claimOf(card: string, over: Row): string;
  /** One claim of a new card: a patient who comes once. */
  stay(over?: Row, memberOver?: Row): string;
}

export function patients(prefix: string): Patients {
  const claims: Row[] = [];
  const members: Row[] = [];
  let cards = 0;
  const book: Patients = {
    claims,
    members,
    get cards() {
      return cards;
    },
    card(memberOver: Row = {}): string {
      const card = `${prefix}${++cards}`;
      members.push(member(card, memberOver));
      return card;
    },
    claimOf(card: string, over: Row): string {
      const c = claim(card, over);
      claims.push(c);
      return String(c['nomor_sep']);
    },
    stay(over: Row = {}, memberOver: Row = {}): string {
      return book.claimOf(book.card(memberOver), over);
    },
  };
  return book;
}

export interface PeerStays extends Patients {
  /** A stay of `los` days of a new card at the facility (`base`, then `over`, on top). */
  stayAt(facilityId: string, los: number, over?: Row): string;
}

/**
 * Patients of one service at several hospitals, for the detectors that judge a stay against its
 * peers: each admitted on a day spread over 2024 by its card's number, with a room fee of its own
 * (one of `roomSteps` steps of Rp1,000), since honest bills never share every tariff component.
 */
export function peerStays(prefix: string, roomSteps: number, base: Row = {}): PeerStays {
  const book = patients(prefix);
  return Object.assign(book, {
    stayAt(facilityId: string, los: number, over: Row = {}): string {
      const k = book.cards + 1;
      const masuk = `2024-0${1 + (k % 9)}-${String(1 + (k % 27)).padStart(2, '0')}`;
      return book.stay({
        facility_id: facilityId,
        ...base,
        tgl_masuk: masuk,
        tgl_pulang: addDays(masuk, los),
        tarif_kamar: 100_000 + 1_000 * (k % roomSteps),
        ...over,
      });
    },
  });
}

/**
 * A stay of `days` days of a new card of `book`, every tariff component `each` and a room fee of
 * its own (one of 17 steps of Rp1,000: honest bills never share every component), admitted on a
 * day spread over 2024 by the card's number; `over` on top.
 */
export function evenBillStay(book: Patients, over: Row, days: number, each: number): string {
  const k = book.cards + 1;
  const masuk = `2024-${String(1 + (k % 11)).padStart(2, '0')}-${String(1 + (k % 25)).padStart(2, '0')}`;
  return book.stay({
    ...Object.fromEntries(TARIFF_COMPONENTS.map(([name]) => [name, each])),
    tarif_kamar: each + 1_000 * (k % 17),
    tgl_masuk: masuk,
    tgl_pulang: addDays(masuk, days),
    ...over,
  });
}

/**
 * A ventilated ICU stay (five ICU days) of a new card of `book`: each in a month and on a day set by
 * its card's number and with a room fee of its own, so that only the ventilation detectors link the
 * stays (the bunching and whole-day tests build many ICUs of them).
 */
export function ventilatedStay(book: Patients, facility: string, hours: number): string {
  const k = book.cards + 1;
  return book.stay({
    facility_id: facility,
    ventilator_hour: hours,
    icu_indikator: 1,
    icu_los: 5,
    tgl_masuk: `2024-0${1 + (k % 9)}-1${k % 10}`,
    tarif_kamar: 100_000 + 10_000 * k,
  });
}
