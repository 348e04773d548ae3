// JKN membership: who is a member, how a card stands over time, and who has died.
import type { ColumnDef, TableDef } from '../types.js';
import { CARD, NIK, PROVINCE, REGENCY, date, money, optional } from './columns.js';

/** Days a newly registered self-paying (PBPU, BP) member waits before the card is active (Perpres 82/2018 as amended by Perpres 64/2020, Art. 17A; BPJS Kesehatan: 14 days). */
export const WAITING_PERIOD_DAYS = 14;
/**
 * Days after birth within which a member's newborn must be registered (Perpres 82/2018 as
 * amended; BPJS Kesehatan): registered in time, the baby is covered from birth, so its first
 * stay may begin before its own registration.
 */
export const NEWBORN_REGISTRATION_DAYS = 28;

const FAMILY_CARD: ColumnDef = {
  name: 'nomor_kk',
  type: 'VARCHAR',
  nullable: true,
  personal: 'family_card',
  pseudonymAs: 'family_key',
  optional: 'households: dependants and newborns cannot be told from misuse of a card, and household size is unknown',
  description:
    'Family card (Kartu Keluarga, KK) number: 16 digits, the first two the province code. Personal data: replaced by family_key at ingestion. Members of one household share it.',
};

export const MEMBERS_TABLE: TableDef = {
  name: 'members',
  description: 'Persons known to either agency: JKN membership and, for workers, BPJamsostek registration.',
  primaryKey: ['nik'],
  columns: [
    NIK,
    CARD,
    date('birth_date', 'Date of birth.'),
    {
      name: 'sex',
      type: 'VARCHAR',
      nullable: false,
      values: ['L', 'P'],
      description: 'Sex: L (laki-laki, male) or P (perempuan, female).',
    },
    PROVINCE,
    REGENCY,
    {
      name: 'jkn_segment',
      type: 'VARCHAR',
      nullable: false,
      values: ['PBI', 'PPU', 'PBPU', 'BP'],
      description: 'JKN segment: PBI state-paid, PPU wage earner, PBPU self-paying non-wage earner, BP non-worker.',
    },
    {
      name: 'care_class',
      type: 'INTEGER',
      nullable: false,
      min: 1,
      max: 3,
      description: 'JKN care class entitlement (1 highest, 3 lowest).',
    },
    date('jkn_registered_date', 'Date of JKN registration.'),
    date('bpjstk_registered_date', 'Date of first BPJamsostek registration; empty if never registered.', true),
    money(
      'jht_opening_balance',
      'JHT balance at the first month of the contribution ledger; empty if never registered with BPJamsostek',
      true,
    ),
    FAMILY_CARD,
    optional(
      {
        name: 'hubungan_keluarga',
        type: 'VARCHAR',
        values: ['KEPALA', 'PASANGAN', 'ANAK', 'FAMILI_LAIN'],
        description:
          'Relationship to the head of the household on the family card: KEPALA head, PASANGAN spouse, ANAK child, FAMILI_LAIN other relative (a parent or in-law of the head).',
      },
      "who in a household is a parent, so a newborn's claim cannot be checked against its household",
    ),
  ],
};

export const MEMBERSHIP_EVENTS_TABLE: TableDef = {
  name: 'membership_events',
  description:
    'JKN membership over time: registration, activation after the waiting period, segment changes and card status changes (deactivated for arrears, reactivated on payment). The status of a card on a day is that of its latest event on or before the day. Optional as a table: without it, claims are not checked against card status.',
  primaryKey: ['event_id'],
  columns: [
    { name: 'event_id', type: 'VARCHAR', nullable: false, description: 'Event identifier.' },
    CARD,
    date('event_date', 'Date the event takes effect.'),
    {
      name: 'event_type',
      type: 'VARCHAR',
      nullable: false,
      values: ['DAFTAR', 'AKTIVASI', 'PINDAH_SEGMEN', 'NONAKTIF_TUNGGAKAN', 'AKTIF_KEMBALI'],
      description: `DAFTAR registration; AKTIVASI activation (a self-paying member ${WAITING_PERIOD_DAYS} days after registration, on the first payment); PINDAH_SEGMEN segment change; NONAKTIF_TUNGGAKAN card deactivated for arrears (from the month after an unpaid month); AKTIF_KEMBALI reactivated when the arrears are paid.`,
    },
    {
      name: 'jkn_segment',
      type: 'VARCHAR',
      nullable: false,
      values: ['PBI', 'PPU', 'PBPU', 'BP'],
      description: 'Segment from this event on.',
    },
    {
      name: 'card_status',
      type: 'VARCHAR',
      nullable: false,
      values: ['AKTIF', 'NONAKTIF'],
      description: 'Card status from this event on: only an AKTIF card can be issued an SEP.',
    },
  ],
};

export const DEATHS_TABLE: TableDef = {
  name: 'deaths',
  description: 'Recorded deaths, from civil registration or benefit claims.',
  primaryKey: ['nik'],
  columns: [
    NIK,
    date('death_date', 'Date of death.'),
    {
      name: 'source',
      type: 'VARCHAR',
      nullable: false,
      values: ['DUKCAPIL', 'JKM', 'JKN'],
      description: 'Source: civil registry, JKM death claim, JKN discharge status.',
    },
  ],
};
