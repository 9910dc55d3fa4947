import { agendaWithNamesOf, consentWorklistWithNamesOf, lmgAgendaWithNamesOf } from '@send-hub/application';
import { formatAgenda, formatLMGAgenda, lmgMeetingsOf, meetingsOf, openActionsByOwner, overdueActions } from '@send-hub/projection-district';
import { describeMeeting } from '@send-hub/core';
import { either as E } from 'fp-ts';
import { refusedProblem } from '../command-outcome';
import { knownDistrict, meetingParameter, requiredDateParameter, requiredMeetingParameter, wantsText, wholeNumberParameter } from '../query-parameters';
import { json, problemReply, text, type Reply } from '../replies';
import type { Route, RouteRequest } from '../router';
import type { ServiceContext } from '../service-context';

/** A district route: the district in the path must be one of the council's (404 otherwise). */
const districtRoute = (context: ServiceContext, page: string, answer: (district: string, routed: RouteRequest) => Reply | Promise<Reply>): Route => ({
  method: 'GET',
  path: new RegExp(`^/districts/([^/]+)/${page}$`),
  handle: async (routed) => {
    const district = knownDistrict(context.hub.configuration, routed.parameters[0] ?? '');
    if (E.isLeft(district)) return problemReply(district.left);
    // Only those who act for the district see its lists, even without names.
    const allowed = context.hub.authorise({ actor: routed.actor }, 'district-lists', district.right);
    return E.isLeft(allowed) ? problemReply(refusedProblem(allowed.left)) : answer(district.right, routed);
  },
});

/** Read models out, for the district hubs: agendas, open actions, consent chasing, meetings. */
export const districtRoutes = (context: ServiceContext): ReadonlyArray<Route> => {
  const { hub } = context;
  return [
    districtRoute(context, 'agenda', async (district, { url, request, actor }) => {
      const meeting = requiredMeetingParameter(url, 'meeting', district);
      if (E.isLeft(meeting)) return problemReply(meeting.left);
      // The read models hold no names: those of the children listed are opened for this reply alone.
      const shown = await agendaWithNamesOf(hub, { meeting: meeting.right }, { actor, purpose: `to show the agenda of ${describeMeeting(meeting.right)}` });
      if (E.isLeft(shown)) return problemReply(refusedProblem(shown.left));
      return wantsText(request.headers.accept) ? text(formatAgenda(shown.right.agenda, shown.right.names)) : json(shown.right.named.agenda);
    }),
    districtRoute(context, 'actions', (district, { url }) => {
      // With ?overdueAt=2025/26:4, also the actions that meeting would find overdue.
      const meeting = meetingParameter(url, 'overdueAt', district);
      if (E.isLeft(meeting)) return problemReply(meeting.left);
      const at = meeting.right;
      const byOwner = hub.readModels.district((model) => openActionsByOwner(model, district));
      return json(at === undefined ? { district, byOwner } : { district, byOwner, overdueAt: at, overdue: hub.readModels.district((model) => overdueActions(model, at)) });
    }),
    districtRoute(context, 'consent-worklist', async (district, { url, actor }) => {
      // The date is asked for, not read from a clock: the worklist for a given day is reproducible.
      const asOf = requiredDateParameter(url, 'asOf');
      if (E.isLeft(asOf)) return problemReply(asOf.left);
      const waiting = wholeNumberParameter(url, 'waitingAtLeastDays', 3650);
      if (E.isLeft(waiting)) return problemReply(waiting.left);
      const options = { asOf: asOf.right, ...(waiting.right === undefined ? {} : { waitingAtLeastDays: waiting.right }) };
      const worklist = await consentWorklistWithNamesOf(hub, district, options, { actor, purpose: 'to chase consent' });
      if (E.isLeft(worklist)) return problemReply(refusedProblem(worklist.left));
      return json({ district, asOf: asOf.right, referrals: worklist.right.named });
    }),
    districtRoute(context, 'meetings', (district) => json({ district, meetings: hub.readModels.district((model) => meetingsOf(model, district)) })),
    // The Locality Management Group's agenda for its meeting of a half term (?meeting=2025/26:3), for groups that meet every half term.
    districtRoute(context, 'group-agenda', async (district, { url, request, actor }) => {
      const meeting = requiredMeetingParameter(url, 'meeting', district);
      if (E.isLeft(meeting)) return problemReply(meeting.left);
      const shown = await lmgAgendaWithNamesOf(hub, meeting.right, { actor, purpose: 'to show the Locality Management Group’s agenda' });
      if (E.isLeft(shown)) return problemReply(refusedProblem(shown.left));
      return wantsText(request.headers.accept) ? text(formatLMGAgenda(shown.right.agenda, shown.right.names)) : json(shown.right.named);
    }),
    districtRoute(context, 'group-meetings', (district) => json({ district, meetings: hub.readModels.district((model) => lmgMeetingsOf(model, district)) })),
  ];
};
