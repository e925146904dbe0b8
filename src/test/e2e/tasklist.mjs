// Camunda Tasklist driven as a person drives it, in Debian's Chromium (never a downloaded browser),
// and Safar's REST API asked with HTTP Basic, to check each step on the server's side too.
//
// Form fields are found by the ids the forms in forms/*.form give them, radio options by their
// place in the form, and tasks by their id in the task list: nothing depends on the language the
// browser shows Tasklist in, except the name of the process that is started.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const FORMS = path.resolve(HERE, '../../../forms');
const AXE = fs.readFileSync(path.join(HERE, 'node_modules/axe-core/axe.min.js'), 'utf8');
/** The rules axe-core checks: WCAG 2.1 A and AA. */
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** A phone's width, at which a participant works a task. */
/** Languages in Cyrillic letters, where a word in Latin letters that is not data is English. */
const CYRILLIC_LOCALES = ['ru', 'kk', 'mn'];
/** A word of two letters or more in Latin letters (CEFR levels such as B2 and single letters are not words). */
const LATIN_WORD = /[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’]+/g;
/** The task's tabs as Tasklist names them (its locales/*.json, HISTORY and FORM). */
const TAB_NAMES = {
  ru: { history: 'История', form: 'Форма' },
};
export const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1400, height: 2000 };
const CHROMIUM = '/usr/bin/chromium';
const TIMEOUT = 120_000;
// Tasklist's first page load on a freshly started Safar, on a busy machine, can take minutes.
const FIRST_LOAD_TIMEOUT = 600_000;

export class Check extends Error {}

export function check(condition, message) {
  if (!condition) {
    throw new Check(message);
  }
}

/** Safar's domain API and the engine REST API, as one user, with HTTP Basic (demo password = user id). */
export class SafarApi {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
  }

  async get(user, apiPath) {
    const response = await fetch(this.baseUrl + apiPath, {
      headers: { Authorization: 'Basic ' + Buffer.from(`${user}:${user}`).toString('base64') },
    });
    check(response.ok, `GET ${apiPath} as ${user} answered ${response.status}: ${await response.clone().text()}`);
    return response.json();
  }

  async taskExists(user, taskId) {
    const response = await fetch(`${this.baseUrl}/engine-rest/task/${taskId}`, {
      headers: { Authorization: 'Basic ' + Buffer.from(`${user}:${user}`).toString('base64') },
    });
    return response.ok;
  }

  delegation(user, id) {
    return this.get(user, `/api/delegations/${id}`);
  }

  /**
   * The delegation once it has reached the stage, or as it is when waiting longer makes no sense: the
   * engine goes on past a save point a moment after the step that led to it.
   */
  async awaitStage(user, id, stage) {
    const deadline = Date.now() + TIMEOUT;
    for (;;) {
      const delegation = await this.delegation(user, id);
      if (delegation.stage === stage || Date.now() > deadline) {
        return delegation;
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }

  /** Open tasks of a delegation (by its reference, the business key) that the user can see in the engine, of one task definition. */
  tasks(user, reference, taskDefinitionKey) {
    return this.get(user, `/engine-rest/task?processInstanceBusinessKey=${encodeURIComponent(reference)}`
        + `&taskDefinitionKey=${taskDefinitionKey}&sortBy=created&sortOrder=asc`);
  }

  /** Waits until the user sees the number of tasks expected; the engine may still be working on the last step. */
  async awaitTasks(user, reference, taskDefinitionKey, count) {
    const deadline = Date.now() + TIMEOUT;
    for (;;) {
      const tasks = await this.tasks(user, reference, taskDefinitionKey);
      if (tasks.length === count) {
        return tasks;
      }
      check(Date.now() < deadline, `${user} sees ${tasks.length} tasks ${taskDefinitionKey} of delegation `
          + `${reference}, expected ${count}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

/** One form of forms/: where its fields are on the page. */
class FormModel {
  constructor(formName) {
    this.name = formName;
    this.components = [];
    const collect = (components) => components.forEach((component) => {
      this.components.push(component);
      collect(component.components ?? []);
    });
    collect(JSON.parse(fs.readFileSync(path.join(FORMS, formName + '.form'), 'utf8')).components);
  }

  component(key) {
    const component = this.components.find((c) => c.key === key);
    check(component, `form ${this.name} has no field ${key}`);
    return component;
  }

  /** A field's input; form-js gives a date field's input its own id, the field's with "-date" added. */
  selector(key) {
    const component = this.component(key);
    return `[id$="-${component.id}${component.type === 'datetime' ? '-date' : ''}"]`;
  }

  /** A radio option by its value: form-js numbers the options in the order the form lists them. */
  optionSelector(key, value) {
    const index = this.component(key).values.findIndex((option) => option.value === value);
    check(index >= 0, `field ${key} of form ${this.name} has no option ${value}`);
    return `[id$="-${this.component(key).id}-${index}"]`;
  }
}

/** A browser of its own (fresh profile) in which the demo users log in to Tasklist in turn. */
export class Tasklist {
  static async open({ api, locale, screenshots }) {
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'safar-e2e-chromium-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync', `--lang=${locale}`],
      locale,
      // Tall enough for every form to show whole in a screenshot.
      viewport: DESKTOP,
    });
    context.setDefaultTimeout(TIMEOUT);
    const page = context.pages()[0] ?? await context.newPage();
    fs.mkdirSync(screenshots, { recursive: true });
    return new Tasklist(context, page, api, screenshots, profile, locale);
  }

  constructor(context, page, api, screenshots, profile, locale = 'en') {
    this.locale = locale;
    /** Words in Latin letters the pages may show in another language: data and what the test typed, lower case. */
    this.allowedLatin = new Set();
    this.context = context;
    this.page = page;
    this.api = api;
    this.baseUrl = api.baseUrl;
    this.screenshots = screenshots;
    this.profile = profile;
    this.shots = fs.readdirSync(screenshots).filter((f) => f.endsWith('.png')).length;
    this.form = null;
  }

  async close() {
    await this.context.close();
    fs.rmSync(this.profile, { recursive: true, force: true });
  }

  async logIn(user) {
    await this.context.clearCookies();
    await this.page.goto(this.baseUrl + '/camunda/app/tasklist/default/#/login');
    const username = this.page.locator('input[ng-model="username"]');
    const password = this.page.locator('input[ng-model="password"]');
    await username.waitFor({ timeout: FIRST_LOAD_TIMEOUT });
    if (!this.loginChecked) {
      await this.checkAccessible('the login page');
      this.loginChecked = true;
    }
    // The login form may still be redrawn (its texts arrive) while it is filled, and a value can land in the
    // other field: fill until both hold what they should.
    for (let attempt = 0; ; attempt++) {
      await username.fill(user);
      await password.fill(user);
      if (await username.inputValue() === user && await password.inputValue() === user) {
        break;
      }
      check(attempt < 5, `the login form of Tasklist would not keep the user name and password of ${user}`);
      await this.page.waitForTimeout(500);
    }
    await this.page.click('button[type="submit"]');
    await this.page.waitForSelector('.task-filter', { timeout: FIRST_LOAD_TIMEOUT });
    this.user = user;
    // Only administrators may create tasks; none of the demo users who work here is one.
    await this.page.waitForFunction(() => [...document.querySelectorAll('.create-task-action')]
        .every((action) => getComputedStyle(action).display === 'none'), undefined, { timeout: 10_000 })
        .catch(() => {});
    check(!(await this.page.locator('.create-task-action').isVisible()), `"Create task" is offered to ${user}`);
  }

  /** Starts a process from "Start process", filling its start form with the given function. */
  async startProcess(processName, formName, fill, shotName) {
    await this.page.click('.start-process-action a');
    await this.page.click(`ul.processes a:text-is("${processName}")`);
    await this.page.waitForSelector('.modal .fjs-form');
    this.form = new FormModel(formName);
    await this.checkAccessible(`the start form ${formName}`);
    await this.checkNoEnglish(`the start form ${formName}`);
    await fill();
    await this.screenshot(shotName);
    await this.page.locator('.modal-footer button.btn-primary').click();
    await this.page.waitForSelector('.modal', { state: 'detached' });
  }

  /** Shows a filter's list (0 "My tasks", 1 "My group's tasks") until it holds the tasks, and photographs it. */
  async photographList(filter, tasks, shotName) {
    await this.page.locator('.task-filter h4.name a').nth(filter).click();
    for (const task of tasks) {
      await this.page.locator(`ol.tasks-list a[href*="task=${task.id}"]`).waitFor({ timeout: 20_000 });
    }
    // Away from the filter, whose tooltip (on hover and on focus) would lie over the list.
    await this.page.mouse.move(700, 900);
    await this.page.evaluate(() => document.activeElement?.blur());
    await this.screenshot(shotName);
  }

  /**
   * Opens a task from the task list as a person would: picks the filter it is under (0 "My tasks",
   * 1 "My group's tasks"), clicks it in the list, and claims it when it is a group task.
   */
  /** Opens the task from the list; the list's entry must name each of {@code listedWith} (its delegation's headline). */
  async openTask(task, formName, listedWith = []) {
    const filter = task.assignee ? 0 : 1;
    const link = this.page.locator(`ol.tasks-list a[href*="task=${task.id}"]`);
    for (let attempt = 0; ; attempt++) {
      await this.page.locator('.task-filter h4.name a').nth(filter).click();
      try {
        await link.waitFor({ timeout: 20_000 });
        break;
      } catch (notListedYet) {
        check(attempt < 5, `task ${task.name} (${task.id}) never appeared in the task list of ${this.user}`);
        await this.page.reload();
        await this.page.waitForSelector('.task-filter');
      }
    }
    const listed = await link.innerText();
    for (const words of listedWith) {
      check(listed.includes(words), `the task list names "${words}" in ${task.name}: ${listed}`);
    }
    if (!this.listChecked) {
      await this.checkAccessible(`the task list of ${this.user}`);
      this.listChecked = true;
    }
    await this.checkNoEnglish(`the task list of ${this.user}`);
    await link.click();
    await this.page.waitForSelector('.task-card .fjs-form');
    const claim = this.page.locator('.task-card [ng-click="claim()"]');
    if (await claim.count() > 0) {
      await claim.click();
      await this.page.waitForSelector('.task-card [ng-click="unclaim()"]');
    }
    this.form = new FormModel(formName);
    this.task = task;
    // The form shows the task's data once its variables are in.
    await this.page.waitForTimeout(500);
    check(await this.page.evaluate(() => !!document.activeElement?.closest('.task-card')),
        `the focus moved to the opened task ${task.name}, not to ${await this.focused()}`);
    const top = await this.page.evaluate(() => document.querySelector('.task-card h2').getBoundingClientRect().top);
    check(top >= 0 && top < this.page.viewportSize().height / 2,
        `the opened task ${task.name} is in view: its heading is ${Math.round(top)} px down`);
    await this.checkAccessible(`the form ${formName}`);
    await this.checkNoEnglish(`the form ${formName} of ${this.user}`);
  }

  /** Words in Latin letters that are data (names, titles, codes) or typed by the test, allowed in any language. */
  allowLatin(...texts) {
    for (const text of texts) {
      for (const word of String(text ?? '').match(LATIN_WORD) ?? []) {
        this.allowedLatin.add(word.toLowerCase());
      }
    }
  }

  /**
   * In a language written in Cyrillic (Russian, Kazakh, Mongolian), fails on any word in Latin letters
   * that the page shows, its texts and its fields' placeholders, unless it is data or typed by the test
   * (allowLatin): what is left is English that Tasklist or Safar shows in place of the language asked for.
   * Uzbek is written in Latin letters and English cannot be told from it this way.
   */
  async checkNoEnglish(where) {
    if (!CYRILLIC_LOCALES.includes(this.locale)) {
      return;
    }
    const shown = await this.page.evaluate(() => [document.body.innerText,
      ...[...document.querySelectorAll('input[placeholder], textarea[placeholder]')]
          .filter((field) => field.offsetParent !== null).map((field) => field.placeholder)].join('\n'));
    const lines = shown.split('\n').filter((line) => (line.match(LATIN_WORD) ?? [])
        .some((word) => !this.allowedLatin.has(word.toLowerCase())));
    check(lines.length === 0, `${where} shows English in a Tasklist in ${this.locale}:\n  ${lines.join('\n  ')}`);
  }

  /** What has the keyboard focus, for a failure's message. */
  focused() {
    return this.page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120) ?? 'nothing');
  }

  /**
   * Runs axe-core on the page as it is (WCAG 2.1 A and AA) and fails on any critical or serious violation,
   * naming each rule and where it is broken.
   */
  async checkAccessible(where) {
    if (!(await this.page.evaluate(() => !!window.axe))) {
      await this.page.addScriptTag({ content: AXE });
    }
    const violations = await this.page.evaluate((tags) => window.axe.run(document, { runOnly: tags })
        .then((result) => result.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious')
            .map((v) => `${v.impact} ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)), WCAG);
    check(violations.length === 0, `axe-core finds on ${where}:\n${violations.join('\n')}`);
  }

  /** Works on at a phone's width (true) or on the desktop's (false). */
  async phone(on) {
    await this.page.setViewportSize(on ? PHONE : DESKTOP);
  }

  /**
   * Fails unless what a finger must hit is at least 44 × 44 px: the open task's buttons and controls, and the
   * list side's filters, sort orders, search box, tasks, header menu and footer link.
   */
  async checkTouchTargets() {
    const small = await this.page.evaluate(() => [...document.querySelectorAll(
        '.task-card button, .task-card .nav-tabs a, .task-card .fjs-inline-label, .task-card [cam-tasklist-task-meta] a, '
        + '.navbar-header .navbar-toggle, .task-filter a, .sorting-choice a, .new-sort > a, .search-container input, '
        + '.search-container a, .stored-criteria > button, ol.tasks-list li a, footer a')]
        .filter((element) => element.getClientRects().length > 0)
        .map((element) => ({ element, box: element.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 44 || box.height < 44)
        .map(({ element, box }) => `${(element.getAttribute('aria-label') || element.textContent).trim().slice(0, 30)} `
            + `${Math.round(box.width)}×${Math.round(box.height)}`));
    check(small.length === 0, `touch targets smaller than 44 × 44 px: ${small.join('; ')}`);
  }

  /** Fails when a message of Tasklist's lies over Save or Complete. */
  async checkButtonsUncovered() {
    const covered = await this.page.evaluate(() => {
      const boxes = [...document.querySelectorAll('.page-notifications .alert')].filter((a) => a.getClientRects().length)
          .map((a) => a.getBoundingClientRect());
      return [...document.querySelectorAll('.task-card .form-actions button, button[ng-click="complete()"]')]
          .filter((button) => button.getClientRects().length)
          .filter((button) => {
            const b = button.getBoundingClientRect();
            return boxes.some((a) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom);
          }).map((button) => button.textContent.trim());
    });
    check(covered.length === 0, `a message covers the buttons ${covered.join(', ')}`);
  }

  /**
   * The case that kept Complete disabled: a conditionally required field shown (by choosing `shows`), flagged
   * by Complete while empty, and hidden again (by choosing `hides`); Complete must then work again.
   */
  async flagThenHide(key, shows, hides) {
    const complete = this.page.locator('button[ng-click="complete()"]');
    await this.choose(key, shows);
    await complete.click();
    await this.page.locator('.fjs-form .fjs-form-field-error').first().waitFor();
    check(await complete.isDisabled(), 'Complete is disabled while a shown field is flagged');
    await this.checkButtonsUncovered();
    await this.choose(key, hides);
    await this.page.waitForFunction(() => !document.querySelector('.fjs-form .fjs-form-field-error'));
    await this.page.waitForFunction(() => !document.querySelector('button[ng-click="complete()"]').disabled,
        undefined, { timeout: 5_000 }).catch(() => {});
    check(!(await complete.isDisabled()), `Complete works again once ${key} hides the flagged field`);
    // The message about the flagged field is over; it goes as a person closes it.
    await this.page.locator('.page-notifications .alert .close').evaluateAll((buttons) => buttons.forEach((b) => b.click()));
  }

  /**
   * Presses Complete on a form with required fields left empty: form-js flags each beside it before anything
   * is sent, Tasklist's message names them and stays clear of the buttons. The message is then closed.
   */
  async completeIncomplete(...keys) {
    await this.page.locator('button[ng-click="complete()"]').click();
    for (const key of keys) {
      await this.page.locator(`.fjs-form .fjs-form-field:has(${this.form.selector(key)}) .fjs-form-field-error`)
          .waitFor({ timeout: 10_000 });
    }
    const toast = this.page.locator('.page-notifications .alert-danger').first();
    await toast.waitFor();
    const said = await toast.innerText();
    // The fields' labels as the page shows them, in the language it speaks.
    const labels = [];
    for (const key of keys) {
      const label = await this.page.locator(`.fjs-form .fjs-form-field:has(${this.form.selector(key)}) label`).first()
          .innerText();
      labels.push(label.replace(/\*\s*$/, '').trim());
    }
    check(labels.every((label) => said.includes(label)), `the message names ${labels.join(', ')}: ${said}`);
    check(await this.api.taskExists(this.user, this.task.id), 'the incomplete form was not sent');
    await this.checkButtonsUncovered();
    await this.page.locator('.page-notifications .alert .close').evaluateAll((buttons) => buttons.forEach((b) => b.click()));
  }

  /**
   * Completes the open task with a value that only the server refuses, and returns what the form then says
   * beside the field or at its top. The task stays open.
   */
  async completeRefused(key) {
    const complete = this.page.locator('button[ng-click="complete()"]');
    await complete.click();
    const field = this.page.locator(`.fjs-form .fjs-form-field:has(${this.form.selector(key)}) .fjs-form-field-error`);
    const top = this.page.locator('.safar-refusal');
    await field.or(top).first().waitFor();
    check(await this.api.taskExists(this.user, this.task.id), `the server took ${key} as it was`);
    await this.checkButtonsUncovered();
    const said = [...await field.allInnerTexts(), ...await top.allInnerTexts()].join(' ').trim();
    check(!/ENGINE-|Exception|was not submitted/.test(said), `the refusal shows no engine text: ${said}`);
    return said;
  }

  /**
   * Adds a comment to the open task and reads it back on its History tab, as a person checks what
   * happened to a task; then goes back to the form.
   */
  async commentAndReadHistory(text) {
    await this.page.locator('a.createCommentLink').click();
    await this.page.locator('.modal #comment-form-message').fill(text);
    await this.page.locator('.modal button[type="submit"]').click();
    await this.page.waitForSelector('.modal', { state: 'detached' });
    const errors = this.page.locator('.notifications .alert-danger');
    check(await errors.count() === 0, `${this.user} could not comment on ${this.task.name}: ${await errors.allInnerTexts()}`);
    const tab = (name) => this.page.locator('ul.nav-tabs li a').filter({ hasText: new RegExp(`^\\s*${name}\\s*$`) });
    await tab(TAB_NAMES[this.locale]?.history ?? 'History').click();
    const deadline = Date.now() + TIMEOUT;
    while (!(await this.page.locator('body').innerText()).includes(text)) {
      check(await errors.count() === 0, `${this.user} could not read the history of ${this.task.name}: `
          + `${await errors.allInnerTexts()}`);
      check(Date.now() < deadline, `the History tab of ${this.task.name} does not show the comment "${text}"`);
      await this.page.waitForTimeout(250);
    }
    check(await errors.count() === 0, `${this.user} could not read the history of ${this.task.name}: `
        + `${await errors.allInnerTexts()}`);
    await tab(TAB_NAMES[this.locale]?.form ?? 'Form').click();
    await this.page.waitForSelector('.task-card .fjs-form');
  }

  /** Checks that the page speaks the language: its lang, a text of the open form and the Complete button. */
  async checkSpeaks(locale, words) {
    check(words, `no words to recognise ${locale} by`);
    const lang = await this.page.evaluate(() => document.documentElement.lang);
    check(lang.startsWith(locale), `Tasklist speaks ${locale}, its page says ${lang}`);
    const shown = await this.formText();
    check(shown.includes(words.form), `the form speaks ${locale}: "${words.form}" is not in it`);
    const button = await this.page.locator('button[ng-click="complete()"]').innerText();
    check(button.includes(words.button), `the Complete button speaks ${locale}: it says "${button}"`);
  }

  /** What the open form shows, for checks on the page. */
  formText() {
    return this.page.locator('.fjs-form').last().innerText();
  }

  async type(key, text) {
    await this.page.locator(`.fjs-form ${this.form.selector(key)}`).fill(String(text));
  }

  async choose(key, value) {
    await this.page.locator(`.fjs-form ${this.form.optionSelector(key, value)}`).check();
  }

  /**
   * Picks a day (yyyy-mm-dd) in a form-js date field through its calendar, as a person would: the calendar
   * opens on the field's month, goes to the day's month and the day is clicked. Answers the weekdays as the
   * calendar heads its columns and the month it shows, to check that they speak the page's language.
   */
  async pickDate(key, day) {
    const input = this.page.locator(`.fjs-form ${this.form.selector(key)}`);
    await input.click();
    const calendar = this.page.locator('.flatpickr-calendar.open');
    await calendar.waitFor();
    const [year, month, date] = day.split('-').map(Number);
    await input.evaluate((element, [y, m]) => element._flatpickr.changeMonth(
        (y - element._flatpickr.currentYear) * 12 + (m - 1) - element._flatpickr.currentMonth), [year, month]);
    const weekdays = (await calendar.locator('.flatpickr-weekday').allInnerTexts()).map((name) => name.trim())
        .filter(Boolean);
    await this.checkNoEnglish(`the calendar of ${key} in ${this.form.name}`);
    const shownMonth = await calendar.evaluate((element) => {
      const months = element.querySelector('.flatpickr-monthDropdown-months');
      return months ? months.options[months.selectedIndex].textContent : element.querySelector('.cur-month').textContent;
    });
    await calendar.locator('.flatpickr-day:not(.prevMonthDay):not(.nextMonthDay)', { hasText: new RegExp(`^${date}$`) })
        .click();
    await calendar.waitFor({ state: 'hidden', timeout: 5_000 });
    return { weekdays, month: shownMonth.trim() };
  }

  /** Picks an option of a form-js select by what its label starts with. */
  async select(key, labelStart) {
    const input = this.page.locator(`.fjs-form ${this.form.selector(key)}`);
    await input.click();
    await input.fill(labelStart);
    await this.page.locator('.fjs-dropdownlist-item', { hasText: labelStart }).first().click();
  }

  /** Picks an option of a select with fixed options by its value: they are listed in the form's order. */
  async selectValue(key, value) {
    const index = this.form.component(key).values.findIndex((option) => option.value === value);
    check(index >= 0, `field ${key} of form ${this.form.name} has no option ${value}`);
    // Without search, form-js shows the select as a group around a hidden input.
    await this.page.locator(`.fjs-form .fjs-form-field-select:has(${this.form.selector(key)}) .fjs-input-group`).click();
    await this.page.locator('.fjs-dropdownlist-item').nth(index).click();
  }

  /** Adds tags to a form-js taglist, each found by what its label contains. */
  async tag(key, ...labels) {
    const input = this.page.locator(`.fjs-form ${this.form.selector(key)}`);
    for (const label of labels) {
      await input.click();
      await input.fill(label);
      await this.page.locator('.fjs-dropdownlist-item', { hasText: label }).first().click();
    }
    // The list stays open for more; a person closes it before going on.
    await input.press('Escape');
    await this.page.locator('.fjs-taglist-anchor .fjs-dropdownlist').waitFor({ state: 'detached' });
  }

  /** Completes the open task with what was filled in, and waits until the engine has completed it. */
  async complete(shotName) {
    await this.screenshot(shotName);
    await this.page.locator('button[ng-click="complete()"]').click({ timeout: 30_000 });
    const errors = this.page.locator('.fjs-form-field-error, .notifications .alert-danger');
    const deadline = Date.now() + TIMEOUT;
    while (await this.api.taskExists(this.user, this.task.id)) {
      if (await errors.count() > 0) {
        throw new Check(`${this.user} could not complete ${this.task.name}: ${await errors.allInnerTexts()}`);
      }
      check(Date.now() < deadline, `${this.task.name} was not completed by ${this.user}`);
      await this.page.waitForTimeout(250);
    }
    // Tasklist lets go of the completed task: it leaves the list.
    await this.page.locator(`ol.tasks-list a[href*="task=${this.task.id}"]`).waitFor({ state: 'detached' });
    await this.page.waitForFunction(() => !!document.activeElement?.closest('.tasks-list'), undefined,
        { timeout: 10_000 }).catch(() => {});
    check(await this.page.evaluate(() => !!document.activeElement?.closest('.tasks-list')),
        `after Complete the focus is back in the task list, not on ${await this.focused()}`);
  }

  async screenshot(name) {
    this.shots += 1;
    const file = path.join(this.screenshots, `${String(this.shots).padStart(2, '0')}-${name}.png`);
    // The viewport is tall enough for any form; the picture ends below the form or dialog shown.
    const bottom = await this.page.evaluate(() => Math.max(0, ...[...document.querySelectorAll(
        '.fjs-form, .modal-dialog, button[ng-click="complete()"], ol.tasks-list')].map((e) => e.getBoundingClientRect().bottom)));
    const viewport = this.page.viewportSize();
    const height = bottom > 0 ? Math.min(viewport.height, Math.ceil(bottom) + 30) : viewport.height;
    await this.page.screenshot({ path: file, clip: { x: 0, y: 0, width: viewport.width, height } });
    return file;
  }
}
