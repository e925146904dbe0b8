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
    'process-name': { type: 'string', default: 'Delegation' },
  },
});
check(options['base-url'] && options.steps, 'give --base-url and --steps');

const api = new SafarApi(options['base-url']);
const state = fs.existsSync(options.state) ? JSON.parse(fs.readFileSync(options.state, 'utf8')) : {};
const MEMBERS = ['Jasur Tursunov', 'Malika Yusupova'];
const PROGRAMME = 'Study trip: citizen service centres in Germany';

/** Each step: who works it and what they do, then what the API must show. */
const STEPS = {
  /** The officer opens a delegation from "Start process" and nominates the two PSC leads. */
  async nominate(tasklist) {
    state.title = `Tasklist lifecycle — GIZ study trip ${new Date().toISOString().slice(0, 19)}`;
    await tasklist.logIn('aziza');
    await tasklist.startProcess(options['process-name'], 'openDelegation', async () => {
      await tasklist.type('title', state.title);
    }, 'aziza-open-delegation');
    const opened = (await api.get('aziza', '/api/delegations?stage=NOMINATION'))
        .filter((delegation) => delegation.title === state.title);
    check(opened.length === 1, `the delegation "${state.title}" was opened once, found ${opened.length}`);
    state.delegationId = opened[0].id;

    const [nominate] = await api.awaitTasks('aziza', state.delegationId, 'UserTask_NominateMembers', 1);
    await tasklist.openTask(nominate, 'nominateMembers');
    await tasklist.select('chosenProgramme', PROGRAMME);
    await tasklist.tag('chosenMembers', ...MEMBERS);
    const tags = await tasklist.page.locator('.fjs-taglist-tag').allInnerTexts();
    check(MEMBERS.every((name) => tags.some((tag) => tag.includes(name))), `the members chosen show as tags: ${tags}`);
    await tasklist.choose('nominationDecision', 'SUBMIT');
    await tasklist.complete('aziza-nominate-members');

    const delegation = await api.delegation('aziza', state.delegationId);
    check(delegation.stage === 'VETTING', `after the nomination the delegation is in vetting, not ${delegation.stage}`);
    check(delegation.programme.title === PROGRAMME, `the programme is ${delegation.programme.title}`);
    check(delegation.members.length === 2 && delegation.members.every((m) => m.eligible),
        'both members are nominated and eligible');
    state.departure = delegation.programme.startDate;
    state.returnDay = delegation.programme.endDate;
  },

  /** Personnel vetting clears each member from the group's task list, each form showing the member's file. */
  async clear(tasklist) {
    await tasklist.logIn('gulnoza');
    for (const task of await api.awaitTasks('gulnoza', state.delegationId, 'UserTask_ClearMember', 2)) {
      await tasklist.openTask(task, 'clearMember');
      const shown = await tasklist.formText();
      const member = MEMBERS.find((name) => shown.includes(name));
      check(member && shown.includes(state.title), `the clearance form shows the member and "${state.title}"`);
      await tasklist.choose('clearance', 'CLEARED');
      await tasklist.complete(`gulnoza-clear-${member.split(' ')[0].toLowerCase()}`);
    }
    const delegation = await api.delegation('gulnoza', state.delegationId);
    check(delegation.members.every((m) => m.clearance === 'CLEARED'), 'both members are cleared');
  },

  /** The approvers that the routing names approve in turn (for this group, the department head). */
  async approve(tasklist) {
    for (const approver of ['bakhtiyor', 'otabek']) {
      const tasks = await api.tasks(approver, state.delegationId, 'UserTask_ApproveDelegation');
      if (tasks.length === 0) {
        continue;
      }
      await tasklist.logIn(approver);
      await tasklist.openTask(tasks[0], 'approveDelegation');
      const shown = await tasklist.formText();
      check(shown.includes(state.title) && MEMBERS.every((name) => shown.includes(name)),
          'the approval form shows the delegation and its members');
      await tasklist.choose('approval', 'APPROVE');
      await tasklist.complete(`${approver}-approve-delegation`);
    }
    const delegation = await api.delegation('aziza', state.delegationId);
    check(delegation.stage === 'EMBASSY', `once approved the delegation waits for the embassy, not ${delegation.stage}`);
    check(delegation.approvals.length >= 1 && delegation.approvals.every((a) => a.approved),
        `every approval recorded is an approval: ${JSON.stringify(delegation.approvals)}`);
  },

  /** The liaison at the embassy in Germany confirms the host arrangements. */
  async embassy(tasklist) {
    await tasklist.logIn('berlin');
    const [confirm] = await api.awaitTasks('berlin', state.delegationId, 'UserTask_ConfirmHostArrangements', 1);
    await tasklist.openTask(confirm, 'confirmHostArrangements');
    check((await tasklist.formText()).includes(state.title), 'the embassy sees the delegation it confirms');
    await tasklist.choose('answer', 'CONFIRMED');
    await tasklist.type('hostContact', 'Ms Anke Vogel, GIZ Tashkent, +998 71 140 05 00');
    await tasklist.type('venue', 'Bürgeramt Berlin-Mitte, Karl-Marx-Allee 31');
    await tasklist.type('agenda', 'Day 1 front office and appointments; day 2 back office; day 3 Fergana-Berlin exchange');
    await tasklist.type('accommodation', 'Hotel Alexander Plaza, Berlin');
    await tasklist.choose('airportPickup', 'true');
    await tasklist.choose('visaSupportLetterIssued', 'true');
    await tasklist.complete('berlin-confirm-host-arrangements');
    const delegation = await api.delegation('aziza', state.delegationId);
    check(delegation.stage === 'FUNDING', `after the embassy confirmed, funding follows, not ${delegation.stage}`);
  },

  /** Finance approves the funding (GIZ covers everything, so nothing is reserved). */
  async funding(tasklist) {
    await tasklist.logIn('madina');
    const [approve] = await api.awaitTasks('madina', state.delegationId, 'UserTask_ApproveFunding', 1);
    await tasklist.openTask(approve, 'approveFunding');
    check((await tasklist.formText()).includes(state.title), 'finance sees the delegation it funds');
    await tasklist.choose('fundingDecision', 'APPROVE');
    await tasklist.complete('madina-approve-funding');
    const delegation = await api.delegation('aziza', state.delegationId);
    check(delegation.stage === 'TRAVEL', `after funding the delegation travels, not ${delegation.stage}`);
  },

  /** The officer records each member's ticket and visa. */
  async travel(tasklist) {
    await tasklist.logIn('aziza');
    let seat = 1;
    for (const task of await api.awaitTasks('aziza', state.delegationId, 'UserTask_RecordTicketAndVisa', 2)) {
      await tasklist.openTask(task, 'recordTicketAndVisa');
      const member = MEMBERS.find((name) => task.name.includes(name));
      check(member && (await tasklist.formText()).includes(member), `the ticket form names the member: ${task.name}`);
      await tasklist.type('flight', `HY 231 Tashkent–Frankfurt, ${state.departure}`);
      await tasklist.type('ticketNumber', `250-46000000${seat}`);
      await tasklist.selectValue('visa', 'ISSUED');
      await tasklist.type('visaNumber', `DEU-SCH-50${seat++}`);
      await tasklist.complete(`aziza-record-ticket-${member.split(' ')[0].toLowerCase()}`);
    }
    check((await api.tasks('aziza', state.delegationId, 'UserTask_RecordTicketAndVisa')).length === 0,
        'every ticket is recorded');
    const delegation = await api.delegation('aziza', state.delegationId);
    check(delegation.stage === 'TRAVEL', `the delegation waits for its departure, in ${delegation.stage}`);
  },

  /** Back home, each participant submits a trip report; Jasur found a good practice. */
  async report(tasklist) {
    const reports = {
      jasur: { learned: 'How the Bürgeramt serves walk-ins and appointments in one queue.',
        practice: ['Appointment kiosk with SMS call-up', 'Visitors take a number and get an SMS when their counter is free.',
          'Public Service Centres with more than ten counters'],
        actionPlan: 'Pilot the SMS call-up in the Samarkand centre this quarter.' },
      malika: { learned: 'Online pre-registration cuts waiting times by half.',
        actionPlan: 'Introduce online pre-registration in Fergana by June.' },
    };
    for (const [participant, report] of Object.entries(reports)) {
      await tasklist.logIn(participant);
      const [task] = await api.awaitTasks(participant, state.delegationId, 'UserTask_SubmitTripReport', 1);
      await tasklist.openTask(task, 'submitTripReport');
      check((await tasklist.formText()).includes(state.title), `${participant}'s report form names the delegation`);
      await tasklist.type('learned', report.learned);
      if (report.practice) {
        await tasklist.type('practice1Title', report.practice[0]);
        await tasklist.type('practice1Description', report.practice[1]);
        await tasklist.type('practice1WhereItApplies', report.practice[2]);
      }
      await tasklist.type('actionPlan', report.actionPlan);
      await tasklist.complete(`${participant}-submit-trip-report`);
    }
    check((await api.tasks('bakhtiyor', state.delegationId, 'UserTask_ReviewTripReport')).length === 2,
        'both reports wait for the department head');
  },

  /** The department head accepts both reports; the good practice enters the library. */
  async review(tasklist) {
    await tasklist.logIn('bakhtiyor');
    for (const task of await api.awaitTasks('bakhtiyor', state.delegationId, 'UserTask_ReviewTripReport', 2)) {
      await tasklist.openTask(task, 'reviewTripReport');
      const shown = await tasklist.formText();
      const participant = MEMBERS.find((name) => shown.includes(name));
      check(participant && (shown.includes('Bürgeramt') || shown.includes('pre-registration')),
          'the review form shows the participant and what they learned');
      await tasklist.choose('reviewDecision', 'ACCEPT');
      await tasklist.complete(`bakhtiyor-review-${participant.split(' ')[0].toLowerCase()}`);
    }
    const library = await api.get('bakhtiyor', '/api/good-practices?q=SMS&country=DE');
    check(library.some((practice) => practice.title === 'Appointment kiosk with SMS call-up'),
        'the accepted good practice is in the library');
  },

  /** Finance settles each member's advance against the actual expenses. */
  async settle(tasklist) {
    await tasklist.logIn('madina');
    for (const task of await api.awaitTasks('madina', state.delegationId, 'UserTask_SettleAdvance', 2)) {
      await tasklist.openTask(task, 'settleAdvance');
      const member = MEMBERS.find((name) => task.name.includes(name));
      check(member && (await tasklist.formText()).includes(member), `the settlement form names the member: ${task.name}`);
      await tasklist.type('actualExpensesUsd', '1450');
      await tasklist.complete(`madina-settle-${member.split(' ')[0].toLowerCase()}`);
    }
    check((await api.tasks('madina', state.delegationId, 'UserTask_SettleAdvance')).length === 0,
        'every advance is settled');
    const delegation = await api.delegation('aziza', state.delegationId);
    check(delegation.stage === 'DEBRIEFING', `the delegation waits for the six-month follow-up, in ${delegation.stage}`);
  },

  /** Six months on, the department head records how far each action plan was carried out. */
  async followUp(tasklist) {
    await tasklist.logIn('bakhtiyor');
    for (const task of await api.awaitTasks('bakhtiyor', state.delegationId, 'UserTask_RecordActionPlanOutcome', 2)) {
      await tasklist.openTask(task, 'recordActionPlanOutcome');
      const shown = await tasklist.formText();
      const participant = MEMBERS.find((name) => shown.includes(name));
      check(participant && (shown.includes('SMS call-up') || shown.includes('pre-registration in Fergana')),
          'the follow-up form shows the participant and their action plan');
      await tasklist.choose('actionPlanOutcome', 'CARRIED_OUT_PARTLY');
      await tasklist.type('outcomeComment', 'Piloted in one centre; the others follow next year.');
      await tasklist.complete(`bakhtiyor-follow-up-${participant.split(' ')[0].toLowerCase()}`);
    }
    const delegation = await api.delegation('aziza', state.delegationId);
    check(delegation.stage === 'COMPLETED' && delegation.openTasks.length === 0,
        `after the follow-up the delegation is completed, in ${delegation.stage}`);
  },
};

const tasklist = await Tasklist.open({
  api, locale: options.locale, screenshots: options.screenshots,
});
try {
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
