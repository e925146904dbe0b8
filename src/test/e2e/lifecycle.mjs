// The whole lifecycle of one delegation, from its opening to the six-month follow-up, worked through Camunda Tasklist by the demo users in turn:
// every form filled in on the page, every step checked on the page and in Safar's API.
//
//   node lifecycle.mjs --base-url http://localhost:8080 --steps nominate,clear,approve \
//        [--locale en] [--state state.json] [--screenshots ../../../target/e2e-screenshots]
//
// Steps run in the order given and hand on what they found (the delegation's id) in the state
// file, so that the caller can move the engine's clock between them (the departure and return
// timers) and run one step again in another browser language. Exits non-zero, saying which check
// failed, when a step does not go as a person would expect.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { check, SafarApi, Tasklist } from './tasklist.mjs';

const { values: options } = parseArgs({
  options: {
    'base-url': { type: 'string' },
    steps: { type: 'string' },
    locale: { type: 'string', default: 'en' },
    state: { type: 'string', default: path.resolve('../../../target/e2e-state.json') },
    screenshots: { type: 'string', default: path.resolve('../../../target/e2e-screenshots') },
    // The name Tasklist shows for the lifecycle process, which follows the language it is shown in.
    'process-name': { type: 'string' },
  },
});
check(options['base-url'] && options.steps, 'give --base-url and --steps');

const api = new SafarApi(options['base-url']);
const state = fs.existsSync(options.state) ? JSON.parse(fs.readFileSync(options.state, 'utf8')) : {};
const PROGRAMME = 'Study trip: citizen service centres in Germany';
/** The two PSC leads, and a head of department of senior grade, whom an agency director must approve too. */
const PARTICIPANTS = [
  { name: 'Jasur Tursunov', reportedBy: 'jasur',
    learned: 'How the Bürgeramt serves walk-ins and appointments in one queue.',
    practice: ['Appointment kiosk with SMS call-up', 'Visitors take a number and get an SMS when their counter is free.',
      'Public Service Centres with more than ten counters'],
    actionPlan: 'Pilot the SMS call-up in the Samarkand centre this quarter.' },
  { name: 'Malika Yusupova', reportedBy: 'malika',
    learned: 'Online pre-registration cuts waiting times by half.',
    actionPlan: 'Introduce online pre-registration in Fergana by June.' },
  // He has no Safar account: the officer files his report for him.
  { name: 'Rustam Mirzaev', reportedBy: 'aziza',
    learned: 'The legal basis for one-stop public services in Berlin.',
    actionPlan: 'Draft amendments to the regulation on Public Service Centres.' },
];
const MEMBERS = PARTICIPANTS.map((participant) => participant.name);

/**
 * Words of the clearance form and of Tasklist's own buttons in each language a step is run in, to
 * see on the page that the language asked for is the one shown.
 */
const SPOKEN = {
  en: { form: "Member's file", button: 'Complete', process: 'Delegation', monday: 'Mon', departure: 'Departure' },
  ru: { form: 'Личное дело участника', button: 'Завершить', process: 'Делегация', monday: 'пн', departure: 'Выезд' },
};

/** The demo users who work the steps, whose names the pages show (the header, "Nominated by", "Decided by"). */
const USERS = ['aziza', 'gulnoza', 'bakhtiyor', 'otabek', 'berlin', 'madina', 'jasur', 'malika'];

/**
 * What may show in Latin letters in a Tasklist in another language: the data of the registries (people,
 * positions, organisations, programmes, earlier trips), the users' names, the delegation's title and
 * reference, what the test types, the names of the products and Tasklist's time zone (UTC). Anything else is
 * English left untranslated.
 */
async function allowData(tasklist) {
  const staff = await api.get('aziza', '/api/staff');
  const programmes = await api.get('aziza', '/api/programmes');
  tasklist.allowLatin('Camunda Platform Tasklist Safar SAF USD UTC', state.title, state.reference, ...MEMBERS,
      ...staff.flatMap((s) => [s.fullName, s.position, s.organisation, s.region, s.passportNumber, s.username,
        ...s.trips.flatMap((t) => [t.country, t.purpose])]),
      ...programmes.flatMap((p) => [p.title, p.hostCountry, p.hostInstitution, p.fundingSource]));
  for (const user of USERS) {
    const profile = await api.get(user, `/engine-rest/user/${user}/profile`);
    tasklist.allowLatin(user, profile.firstName, profile.lastName, profile.email);
  }
}

/** The participant whose name the text shows. */
function participantIn(text) {
  const participant = PARTICIPANTS.find((p) => text.includes(p.name));
  check(participant, `the form names one of ${MEMBERS}`);
  return participant;
}

function firstName(participant) {
  return participant.name.split(' ')[0].toLowerCase();
}

/** Each step: who works it and what they do, then what the API must show. */
const STEPS = {
  /** The officer opens a delegation from "Start process" and nominates the two PSC leads. */
  async nominate(tasklist) {
    // A Markdown link, which a title may hold as text: every form that shows the title must show it as text.
    state.title = `Tasklist lifecycle — GIZ study trip, see [the intranet](https://evil.example/login) `
        + new Date().toISOString().slice(0, 19);
    tasklist.allowLatin(state.title);
    await tasklist.logIn('aziza');
    await tasklist.startProcess(options['process-name'] ?? SPOKEN[options.locale].process, 'openDelegation', async () => {
      await tasklist.type('title', state.title);
    }, 'aziza-open-delegation');
    const opened = (await api.get('aziza', '/api/delegations?stage=NOMINATION'))
        .filter((delegation) => delegation.title === state.title);
    check(opened.length === 1, `the delegation "${state.title}" was opened once, found ${opened.length}`);
    state.delegationId = opened[0].id;
    state.reference = opened[0].reference;
    check(/^SAF-\d{4}-\d{4,}$/.test(state.reference), `the delegation has a reference, not ${state.reference}`);

    const [nominate] = await api.awaitTasks('aziza', state.reference, 'UserTask_NominateMembers', 1);
    // Its task names it in the list: reference and title (the programme is not chosen yet).
    await tasklist.openTask(nominate, 'nominateMembers', [state.reference, state.title]);
    // Submitted without a programme or members, the form says so itself; nothing reaches the engine.
    await tasklist.choose('nominationDecision', 'SUBMIT');
    await tasklist.completeIncomplete('chosenProgramme', 'chosenMembers');
    await tasklist.select('chosenProgramme', PROGRAMME);
    await tasklist.tag('chosenMembers', ...MEMBERS);
    const tags = await tasklist.page.locator('.fjs-taglist-tag').allInnerTexts();
    check(MEMBERS.every((name) => tags.some((tag) => tag.includes(name))), `the members chosen show as tags: ${tags}`);
    await tasklist.choose('nominationDecision', 'SUBMIT');
    await tasklist.complete('aziza-nominate-members');

    const delegation = await api.awaitStage('aziza', state.delegationId, 'VETTING');
    check(delegation.stage === 'VETTING', `after the nomination the delegation is in vetting, not ${delegation.stage}`);
    check(delegation.programme.title === PROGRAMME, `the programme is ${delegation.programme.title}`);
    check(delegation.members.length === MEMBERS.length && delegation.members.every((m) => m.eligible),
        `every member is nominated and eligible: ${JSON.stringify(delegation.members)}`);
    state.departure = delegation.programme.startDate;
    state.returnDay = delegation.programme.endDate;
  },

  /**
   * The officer opens a throwaway delegation and cancels it from "Start process → Change a delegation":
   * its start form asks everything (delegation, action, reason) and the change is made at once, no task.
   */
  async change(tasklist) {
    const title = `Tasklist throwaway — cancelled on the start form ${new Date().toISOString().slice(0, 19)}`;
    await tasklist.logIn('aziza');
    await tasklist.startProcess(options['process-name'] ?? SPOKEN[options.locale].process, 'openDelegation', async () => {
      await tasklist.type('title', title);
    }, 'aziza-open-throwaway');
    const [opened] = (await api.get('aziza', '/api/delegations?stage=NOMINATION'))
        .filter((delegation) => delegation.title === title);
    check(opened, `the delegation "${title}" was opened`);
    await tasklist.startProcess('Change a delegation', 'requestDelegationChange', async () => {
      // The delegations are listed as "reference · title", written into the start form by the engine; the
      // members offered are those of the chosen delegation only.
      await tasklist.select('chosenDelegation', `${state.reference} · `);
      await tasklist.choose('changeKind', 'WITHDRAW_MEMBER');
      const member = tasklist.page.locator(`.fjs-form ${tasklist.form.selector('chosenMember')}`);
      await member.click();
      const offered = await tasklist.page.locator('.fjs-dropdownlist-item').allInnerTexts();
      check(offered.length === MEMBERS.length && MEMBERS.every((name) => offered.some((o) => o.includes(name))),
          `the members offered are those of ${state.reference}: ${offered}`);
      // Escape would close the start form's dialog: the list is closed by going on to another field.
      await tasklist.page.locator(`.fjs-form ${tasklist.form.selector('changeReason')}`).click();
      await tasklist.select('chosenDelegation', `${opened.reference} · ${title}`);
      await tasklist.choose('changeKind', 'CANCEL');
      check(await tasklist.page.locator(`.fjs-form ${tasklist.form.selector('chosenMember')}`).count() === 0,
          'cancelling asks for no member');
      await tasklist.type('changeReason', 'Opened by mistake');
    }, 'aziza-change-delegation');
    const cancelled = await api.awaitStage('aziza', opened.id, 'CANCELLED');
    check(cancelled.stage === 'CANCELLED' && cancelled.closingReason === 'Opened by mistake'
        && cancelled.cancelledBy === 'aziza', `the throwaway delegation is cancelled: ${JSON.stringify(cancelled)}`);
  },

  /** Personnel vetting clears each member from the group's task list, each form showing the member's file. */
  async clear(tasklist) {
    await tasklist.logIn('gulnoza');
    const clearances = await api.awaitTasks('gulnoza', state.reference, 'UserTask_ClearMember', MEMBERS.length);
    await tasklist.photographList(1, clearances, 'gulnoza-task-list');
    // Unless the person sorts it otherwise, the list is in order of departure, and its header says so.
    check(decodeURIComponent(tasklist.page.url()).includes('"variable":"departsOn"'),
        `the task list is sorted by departure: ${tasklist.page.url()}`);
    const sortedBy = await tasklist.page.locator('[cam-sorting-choices] .sort-by').first().innerText();
    check(sortedBy.trim() === SPOKEN[options.locale].departure, `the list's header names the sorting: ${sortedBy}`);
    for (const task of clearances) {
      await tasklist.openTask(task, 'clearMember', [state.reference, state.title]);
      const shown = await tasklist.formText();
      const member = participantIn(shown);
      check(shown.includes(state.title), `the clearance form shows the delegation "${state.title}" as text`);
      check(await tasklist.page.locator('.fjs-form a[href*="evil.example"]').count() === 0,
          'the link in the title is no link on the form');
      await tasklist.checkSpeaks(options.locale, SPOKEN[options.locale]);
      if (member === PARTICIPANTS[0] || !state.flaggedThenHidden) {
        // "Not cleared" asks for a reason; flagged empty and hidden again, it must not hold Complete back.
        await tasklist.flagThenHide('clearance', 'REFUSED', 'CLEARED');
        state.flaggedThenHidden = true;
      }
      await tasklist.choose('clearance', 'CLEARED');
      await tasklist.complete(`gulnoza-clear-${firstName(member)}`);
    }
    const delegation = await api.delegation('gulnoza', state.delegationId);
    check(delegation.members.every((m) => m.clearance === 'CLEARED'), 'every member is cleared');
  },

  /** The department head approves, then an agency director, as the routing asks for a member of senior grade. */
  async approve(tasklist) {
    for (const approver of ['bakhtiyor', 'otabek']) {
      await tasklist.logIn(approver);
      const [task] = await api.awaitTasks(approver, state.reference, 'UserTask_ApproveDelegation', 1);
      await tasklist.openTask(task, 'approveDelegation');
      const shown = await tasklist.formText();
      check(shown.includes(state.title) && MEMBERS.every((name) => shown.includes(name)),
          'the approval form shows the delegation and its members');
      // Comments and the History tab work for whoever may see the task, not only administrators.
      const comment = `Checked by ${approver} against the training plan.`;
      tasklist.allowLatin(comment);
      await tasklist.commentAndReadHistory(comment);
      await tasklist.choose('approval', 'APPROVE');
      await tasklist.complete(`${approver}-approve-delegation`);
    }
    const delegation = await api.awaitStage('aziza', state.delegationId, 'EMBASSY');
    check(delegation.stage === 'EMBASSY', `once approved the delegation waits for the embassy, not ${delegation.stage}`);
    check(delegation.approvals.length === 2 && delegation.approvals.every((a) => a.approved),
        `the department head and a director approved: ${JSON.stringify(delegation.approvals)}`);
  },

  /**
   * The liaison at the embassy in Germany asks for the trip a week later; the officer moves both dates in
   * the form's calendar (in the page's language, weeks from Monday) and tells the embassy, whose next
   * request shows the new dates; the liaison then confirms the host arrangements.
   */
  async embassy(tasklist) {
    await tasklist.logIn('berlin');
    const [ask] = await api.awaitTasks('berlin', state.reference, 'UserTask_ConfirmHostArrangements', 1);
    await tasklist.openTask(ask, 'confirmHostArrangements');
    check((await tasklist.formText()).includes(state.title), 'the embassy sees the delegation it confirms');
    const asked = 'The Bürgeramt moved its open week: please come seven days later';
    tasklist.allowLatin(asked);
    await tasklist.choose('answer', 'CHANGES_REQUESTED');
    await tasklist.choose('changeKind', 'NEW_DATES');
    await tasklist.type('changeReason', asked);
    await tasklist.complete('berlin-ask-for-new-dates');

    await tasklist.logIn('aziza');
    const [revise] = await api.awaitTasks('aziza', state.reference, 'UserTask_ReviseForEmbassy', 1);
    await tasklist.openTask(revise, 'reviseForEmbassy', [state.reference, state.title]);
    check((await tasklist.formText()).includes(asked), 'the officer reads what the embassy asked for');
    const weekLater = (day) => {
      const date = new Date(`${day}T00:00:00Z`);
      date.setUTCDate(date.getUTCDate() + 7);
      return date.toISOString().slice(0, 10);
    };
    const departure = weekLater(state.departure);
    const returnDay = weekLater(state.returnDay);
    const calendar = await tasklist.pickDate('departureDate', departure);
    check(calendar.weekdays.length === 7 && calendar.weekdays[0].toLowerCase() === SPOKEN[options.locale].monday.toLowerCase(),
        `the calendar starts its weeks on Monday, in ${options.locale}: ${calendar.weekdays}`);
    await tasklist.pickDate('returnDate', returnDay);
    const revision = 'Flights and hotel moved seven days later';
    tasklist.allowLatin(revision);
    await tasklist.type('revision', revision);
    await tasklist.complete('aziza-revise-for-embassy');
    const moved = await api.delegation('aziza', state.delegationId);
    check(moved.departureDate === departure && moved.returnDate === returnDay,
        `the delegation travels on the new dates ${departure} – ${returnDay}: ${moved.departureDate} – ${moved.returnDate}`);
    state.departure = departure;
    state.returnDay = returnDay;

    await tasklist.logIn('berlin');
    const [confirm] = await api.awaitTasks('berlin', state.reference, 'UserTask_ConfirmHostArrangements', 1);
    await tasklist.openTask(confirm, 'confirmHostArrangements');
    const shown = await tasklist.formText();
    check(shown.includes(state.title) && shown.includes(revision), 'the next request shows what the officer changed');
    await tasklist.choose('answer', 'CONFIRMED');
    await tasklist.type('hostContact', 'Ms Anke Vogel, GIZ Tashkent, +998 71 140 05 00');
    await tasklist.type('venue', 'Bürgeramt Berlin-Mitte, Karl-Marx-Allee 31');
    await tasklist.type('agenda', 'Day 1 front office and appointments; day 2 back office; day 3 Fergana-Berlin exchange');
    await tasklist.type('accommodation', 'Hotel Alexander Plaza, Berlin');
    await tasklist.choose('airportPickup', 'true');
    await tasklist.choose('visaSupportLetterIssued', 'true');
    await tasklist.complete('berlin-confirm-host-arrangements');
    const delegation = await api.awaitStage('aziza', state.delegationId, 'FUNDING');
    check(delegation.stage === 'FUNDING', `after the embassy confirmed, funding follows, not ${delegation.stage}`);
  },

  /** Finance approves the funding (GIZ covers everything, so nothing is reserved). */
  async funding(tasklist) {
    await tasklist.logIn('madina');
    const [approve] = await api.awaitTasks('madina', state.reference, 'UserTask_ApproveFunding', 1);
    await tasklist.openTask(approve, 'approveFunding');
    check((await tasklist.formText()).includes(state.title), 'finance sees the delegation it funds');
    await tasklist.choose('fundingDecision', 'APPROVE');
    await tasklist.complete('madina-approve-funding');
    const delegation = await api.awaitStage('aziza', state.delegationId, 'TRAVEL');
    check(delegation.stage === 'TRAVEL', `after funding the delegation travels, not ${delegation.stage}`);
  },

  /** The officer records each member's ticket and visa. */
  async travel(tasklist) {
    await tasklist.logIn('aziza');
    let seat = 1;
    for (const task of await api.awaitTasks('aziza', state.reference, 'UserTask_RecordTicketAndVisa',
        MEMBERS.length)) {
      await tasklist.openTask(task, 'recordTicketAndVisa');
      const member = participantIn(await tasklist.formText());
      check(task.name.includes(member.name), `the ticket task is named after the member: ${task.name}`);
      await tasklist.type('flight', `HY 231 Tashkent–Frankfurt, ${state.departure}`);
      await tasklist.type('ticketNumber', `250-46000000${seat}`);
      await tasklist.selectValue('visa', 'ISSUED');
      await tasklist.type('visaNumber', `DEU-SCH-50${seat++}`);
      await tasklist.complete(`aziza-record-ticket-${firstName(member)}`);
    }
    check((await api.tasks('aziza', state.reference, 'UserTask_RecordTicketAndVisa')).length === 0,
        'every ticket is recorded');
    const delegation = await api.awaitStage('aziza', state.delegationId, 'TRAVEL');
    check(delegation.stage === 'TRAVEL', `the delegation waits for its departure, in ${delegation.stage}`);
  },

  /**
   * Back home, each participant submits a trip report, the officer files Rustam's; Jasur found a good practice.
   * Jasur works on his phone, and first sends an action plan of blanks, which only the server refuses.
   */
  async report(tasklist) {
    for (const participant of PARTICIPANTS) {
      const onPhone = participant === PARTICIPANTS[0];
      await tasklist.logIn(participant.reportedBy);
      const [task] = await api.awaitTasks(participant.reportedBy, state.reference, 'UserTask_SubmitTripReport', 1);
      await tasklist.phone(onPhone);
      await tasklist.openTask(task, 'submitTripReport');
      if (onPhone) {
        await tasklist.checkTouchTargets();
      }
      const shown = await tasklist.formText();
      check(shown.includes(state.title) && shown.includes(participant.name),
          `the report form names the delegation and ${participant.name}`);
      await tasklist.type('learned', participant.learned);
      if (participant.practice) {
        await tasklist.type('practice1Title', participant.practice[0]);
        await tasklist.type('practice1Description', participant.practice[1]);
        await tasklist.type('practice1WhereItApplies', participant.practice[2]);
      }
      if (onPhone) {
        await tasklist.type('actionPlan', '   ');
        const said = await tasklist.completeRefused('actionPlan');
        check(said.length > 0, 'the refused action plan is explained on the form');
        await tasklist.screenshot(`${participant.reportedBy}-trip-report-refused-on-phone`);
      }
      await tasklist.type('actionPlan', participant.actionPlan);
      await tasklist.complete(`${participant.reportedBy}-submit-trip-report-${firstName(participant)}`);
      await tasklist.phone(false);
    }
    check((await api.tasks('bakhtiyor', state.reference, 'UserTask_ReviewTripReport')).length === MEMBERS.length,
        'every report waits for the department head');
  },

  /** The department head accepts every report; the good practice enters the library. */
  async review(tasklist) {
    await tasklist.logIn('bakhtiyor');
    for (const task of await api.awaitTasks('bakhtiyor', state.reference, 'UserTask_ReviewTripReport',
        MEMBERS.length)) {
      await tasklist.openTask(task, 'reviewTripReport');
      const shown = await tasklist.formText();
      const participant = participantIn(shown);
      check(shown.includes(participant.learned) && shown.includes(participant.actionPlan),
          `the review form shows what ${participant.name} learned and plans`);
      await tasklist.choose('reviewDecision', 'ACCEPT');
      await tasklist.complete(`bakhtiyor-review-${firstName(participant)}`);
    }
    const library = await api.get('bakhtiyor', '/api/good-practices?q=SMS&country=DE');
    check(library.some((practice) => practice.title === 'Appointment kiosk with SMS call-up'),
        'the accepted good practice is in the library');
  },

  /** Finance settles each member's advance against the actual expenses. */
  async settle(tasklist) {
    await tasklist.logIn('madina');
    for (const task of await api.awaitTasks('madina', state.reference, 'UserTask_SettleAdvance', MEMBERS.length)) {
      await tasklist.openTask(task, 'settleAdvance');
      const member = participantIn(await tasklist.formText());
      check(task.name.includes(member.name), `the settlement task is named after the member: ${task.name}`);
      await tasklist.type('actualExpensesUsd', '1450');
      await tasklist.complete(`madina-settle-${firstName(member)}`);
    }
    check((await api.tasks('madina', state.reference, 'UserTask_SettleAdvance')).length === 0,
        'every advance is settled');
    const delegation = await api.awaitStage('aziza', state.delegationId, 'DEBRIEFING');
    check(delegation.stage === 'DEBRIEFING', `the delegation waits for the six-month follow-up, in ${delegation.stage}`);
  },

  /** Six months on, the department head records how far each action plan was carried out. */
  async followUp(tasklist) {
    await tasklist.logIn('bakhtiyor');
    for (const task of await api.awaitTasks('bakhtiyor', state.reference, 'UserTask_RecordActionPlanOutcome',
        MEMBERS.length)) {
      await tasklist.openTask(task, 'recordActionPlanOutcome');
      const shown = await tasklist.formText();
      const participant = participantIn(shown);
      check(shown.includes(participant.actionPlan), `the follow-up form shows ${participant.name}'s action plan`);
      await tasklist.choose('actionPlanOutcome', 'CARRIED_OUT_PARTLY');
      await tasklist.type('outcomeComment', 'Carried out in one centre; the others follow next year.');
      await tasklist.complete(`bakhtiyor-follow-up-${firstName(participant)}`);
    }
    const delegation = await api.awaitStage('aziza', state.delegationId, 'COMPLETED');
    check(delegation.stage === 'COMPLETED' && delegation.openTasks.length === 0,
        `after the follow-up the delegation is completed, in ${delegation.stage}`);
  },
};

const tasklist = await Tasklist.open({
  api, locale: options.locale, screenshots: options.screenshots,
});
try {
  await allowData(tasklist);
  for (const step of options.steps.split(',')) {
    check(STEPS[step], `no step "${step}"; the steps are ${Object.keys(STEPS).join(', ')}`);
    console.log(`step ${step} (${options.locale})`);
    await STEPS[step](tasklist);
    fs.writeFileSync(options.state, JSON.stringify(state, null, 2));
    console.log(`step ${step} done`);
  }
} catch (failure) {
  const shot = await tasklist.screenshot('failed').catch(() => 'none');
  console.error(`FAILED: ${failure.message}\nscreenshot: ${shot}`);
  process.exitCode = 1;
} finally {
  await tasklist.close();
}
