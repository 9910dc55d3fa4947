import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { districtName, halfTermStartDate, lmgSettingsOf, monthsOfHalfTerm, sameLMGMeeting, type HubConfiguration, type LMGMeetingReference, type MeetingReference } from '@send-hub/core';
import { agendaWithNamesOf, lmgAgendaWithNamesOf } from '@send-hub/application';
import { agendaCsv, formatAgenda, formatLMGAgenda, lmgMeetingsOf, overdueActions } from '@send-hub/projection-district';
import type { Command } from 'commander';
import type { CliIo } from '../cli-io';
import { openHubFromOptions, withHub } from '../options/open-hub-from-options';
import { parseCalendarDate, parseDistrict, parseMeeting, parseWholeNumber } from '../options/parse-values';
import { allowed, requestFromOptions } from '../options/hub-request-from-options';
import { readModelProgress } from '../options/read-model-progress';
import { writeResult } from '../output/write-result';
import { withStoreOptions, type CommonOptions } from './common-options';
import { nextMeetingOf } from './next-meeting';
import { formatConsentWorklist, formatGroupThemes, formatOverdueActions } from './agenda-lists';

interface AgendaOptions extends CommonOptions {
  readonly district: string;
  readonly meeting?: string;
  readonly consentAsOf?: string;
  readonly consentWaitDays: string;
  readonly csv?: string;
  readonly group?: boolean;
}

/**
 * The group meeting of the hub meeting's half term: the same half term, or (for groups that
 * meet monthly) the first month of the half term's school days the group has not yet met
 * in (its last month when it has met in all of them): a monthly meeting is of the month it is held in.
 */
const groupMeetingOf = (meeting: MeetingReference, configuration: HubConfiguration, recorded: ReadonlyArray<LMGMeetingReference>): LMGMeetingReference => {
  if (lmgSettingsOf(configuration).cadence !== 'monthly') return { ...meeting };
  const months = monthsOfHalfTerm(configuration.halfTermCalendar, meeting).map((month) => ({ district: meeting.district, academicYear: meeting.academicYear, month }));
  const unrecorded = months.find((month) => !recorded.some((held) => sameLMGMeeting(held, month)));
  return unrecorded ?? months[months.length - 1] ?? { ...meeting };
};

export const agendaCommand = (program: Command, io: CliIo): void => {
  withStoreOptions(
    program
      .command('agenda')
      .description("a district hub's meeting agenda: first discussions, reviews due, cases waiting for the Locality Management Group; with overdue actions and the consent worklist")
      .requiredOption('--district <district>', 'the district, by id or name (e.g. tamworth)')
      .option('--meeting <year:half-term>', 'the meeting, e.g. 2025/26:3 (default: the one after the latest recorded)')
      .option('--consent-as-of <date>', 'the date the consent worklist is for (default: the start of the meeting\'s half term)')
      .option('--consent-wait-days <days>', 'list referrals waiting at least this many days for consent', '14')
      .option('--csv <path>', 'also write the agenda, the overdue actions and the consent worklist as a CSV file for spreadsheets, one line a child a list')
      .option('--group', 'the agenda of the district’s Locality Management Group for the same half term instead: escalated cases to discuss, cases back with the hub, themes so far'),
  ).action(async (options: AgendaOptions) => {
    const hub = await openHubFromOptions(options, io, { create: false }, { readModelProgress: readModelProgress(io, options.quiet || options.json) });
    await withHub(hub, async () => {
      const district = parseDistrict(options.district, hub.configuration);
      const request = requestFromOptions({ purpose: `to prepare the agenda of the ${districtName(hub.configuration, district)} hub`, ...options }, hub);
      allowed(hub.authorise(request, 'district-lists', district));
      const waitingAtLeastDays = parseWholeNumber(options.consentWaitDays, '--consent-wait-days', 0);
      await hub.readModels.start();
      const meeting = options.meeting === undefined ? nextMeetingOf(hub, district, hub.configuration) : parseMeeting(options.meeting, district);
      const asOf = options.consentAsOf === undefined ? halfTermStartDate(hub.configuration.halfTermCalendar, meeting) : parseCalendarDate(options.consentAsOf, '--consent-as-of');
      if (options.group === true) {
        const meetings = hub.readModels.district((model) => lmgMeetingsOf(model, district));
        const group = allowed(await lmgAgendaWithNamesOf(hub, groupMeetingOf(meeting, hub.configuration, meetings.map((held) => held.meeting)), request));
        writeResult(io, options.json, { agenda: group.named, meetings }, () => [formatLMGAgenda(group.agenda, group.names), formatGroupThemes(meetings)].join('\n'));
        return;
      }
      const overdue = hub.readModels.district((model) => overdueActions(model, meeting));
      // The read models hold no names: those of the children listed are opened now, and kept nowhere.
      const listed = allowed(await agendaWithNamesOf(hub, { meeting, consentWorklist: { asOf, waitingAtLeastDays } }, request));
      const result = {
        agenda: listed.agenda,
        overdueActions: overdue,
        consentWorklist: { asOf, waitingAtLeastDays, items: listed.consentWorklist },
      };
      const { names } = listed;
      const shown = { agenda: listed.named.agenda, overdueActions: result.overdueActions, consentWorklist: { ...result.consentWorklist, items: listed.named.consentWorklist } };
      if (options.csv !== undefined) {
        const path = resolve(io.workingFolder, options.csv);
        writeFileSync(path, agendaCsv(result, names, hub.configuration));
        if (!options.json) io.stderr(`Wrote the agenda for spreadsheets to ${path}.\n`);
      }
      writeResult(io, options.json, shown, () =>
        [formatAgenda(result.agenda, names), formatOverdueActions(result.overdueActions), formatConsentWorklist(result.consentWorklist, names)].join('\n'),
      );
    });
  });
};
