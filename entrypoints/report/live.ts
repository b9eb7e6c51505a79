/**
 * What the report loads beside its first frame (issue 14): Dexie and the database, and the sections that read it or
 * sit below the week's figures (trends, detection health, exports, practice, concept cards, glossary, proposals).
 * main.tsx imports this module at start, in parallel with the messages; the first frame paints the current week from
 * the background's summary without it (Report.tsx), and these parts render once it is there.
 */
export { LaborDB, rollupsBetween, watch } from '@/lib/db';
export { ConceptCards, Glossary, WhatCanBeDone } from '@/components/Concepts';
export { ExportPanel } from '@/components/ExportPanel';
export { HealthTable } from '@/components/HealthTable';
export { PracticeSection } from '@/components/PracticeSection';
export { Trends } from '@/components/Trends';
