/*
 * Safar's additions to Camunda Tasklist, loaded as a custom script (scripts/config.js):
 *  - a language menu in the header and on the login page; the choice is kept in the cookie
 *    "safar-language", which Tasklist starts with here and which Safar's server reads to send the
 *    task forms and the process and task names in the same language (org.safar.i18n);
 *  - the messages that form-js writes itself, such as "Field is required.", in that language
 *    (form-js-messages.json), since form-js has no translations of its own;
 *  - "Create task" and a task's groups only for administrators (see markAdministrator);
 *  - Safar's own texts of the page (shortcut descriptions, names of icon-only controls) from
 *    tasklist-messages.json, and the date pickers' months and weekdays in that language, weeks from Monday
 *    (Tasklist's own for due dates, and flatpickr's in forms' date fields);
 *  - forms that cannot get stuck: form-js keeps the error of a field that a condition has hidden again,
 *    which keeps Complete disabled (see dropErrorsOfHiddenFields);
 *  - what the server refuses in a submitted form, at the top of that form (see showRefusal);
 *  - names for icon-only controls, grouped radio questions, and focus that follows the work: into a form
 *    when a task opens, back to the list when it is completed;
 *  - the task list in order of departure, the next trip first, until the person sorts it otherwise
 *    (see sortByDepartureUnlessChosen).
 */
const angular = window.angular;

const COOKIE = 'safar-language';

const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'ru', name: 'Русский' },
  { code: 'uz', name: 'O‘zbekcha' },
  { code: 'kk', name: 'Қазақша' },
  { code: 'mn', name: 'Монгол' }
];

const formJsMessages = fetch(new URL('form-js-messages.json', import.meta.url))
  .then(response => response.json())
  .then(catalog => Object.entries(catalog).map(([english, translations]) => ({
    pattern: new RegExp('^' + english.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{(\d)\\\}/g, '(.+?)') + '$'),
    translations
  })));

/** Safar's own English texts of the page, with their translations. */
const safarMessages = fetch(new URL('tasklist-messages.json', import.meta.url))
  .then(response => response.json())
  .catch(() => ({}));

let safarCatalog = {};
safarMessages.then(catalog => {
  safarCatalog = catalog;
});

/** One of Safar's English texts in the page's language. */
function say(english) {
  return safarCatalog[english]?.[pageLanguage] ?? english;
}

function chosenLanguage() {
  const cookie = document.cookie.split('; ').find(entry => entry.startsWith(COOKIE + '='));
  const code = cookie && cookie.substring(COOKIE.length + 1);
  return LANGUAGES.some(language => language.code === code) ? code : null;
}

/** Reloads, so that the forms and names that the server translates come again in the new language. */
function choose(code) {
  document.cookie = `${COOKIE}=${code}; path=/; max-age=${5 * 365 * 24 * 3600}; SameSite=Lax`;
  window.location.reload();
}

const languageMenu = `
<span class="dropdown safar-language" uib-dropdown>
  <a href class="dropdown-toggle" uib-dropdown-toggle>
    <span class="glyphicon glyphicon-globe"></span>
    <span lang="{{ current.code }}">{{ current.name }}</span>
    <span class="caret"></span>
  </a>
  <ul class="dropdown-menu dropdown-menu-right" uib-dropdown-menu>
    <li ng-repeat="language in languages" ng-class="{ active: language.code === current.code }">
      <a href ng-click="choose(language.code)" lang="{{ language.code }}">{{ language.name }}</a>
    </li>
  </ul>
</span>`;

const languageMenuController = ['$scope', '$rootScope', '$translate', function ($scope, $rootScope, $translate) {
  $scope.languages = LANGUAGES;
  $scope.choose = choose;
  const show = () => {
    $scope.current = LANGUAGES.find(language => language.code === $translate.use()) || LANGUAGES[0];
  };
  show();
  // angular-translate emits its events on the root scope only.
  $scope.$on('$destroy', $rootScope.$on('$translateChangeSuccess', show));
}];

/** The language Tasklist speaks now; form-js's messages follow it. */
let pageLanguage = 'en';

/** Attributes in which form-js writes English: hints, the "Remove tag" button, a table's sort hints. */
const TRANSLATED_ATTRIBUTES = ['placeholder', 'title', 'aria-label'];

/** Puts form-js's own English messages in a form into the language of the page, as they appear. */
function translateFormJs(messages) {
  const translate = text => {
    const trimmed = text.trim();
    for (const message of messages) {
      const match = message.pattern.exec(trimmed);
      if (match && message.translations[pageLanguage]) {
        return message.translations[pageLanguage].replace(/\{(\d)\}/g, (_, index) => match[Number(index) + 1]);
      }
    }
    return null;
  };
  const inForm = node => (node.nodeType === Node.TEXT_NODE ? node.parentElement : node)?.closest('.fjs-container');
  const translateText = text => {
    const translated = translate(text.data);
    if (translated !== null) {
      text.data = translated;
    }
  };
  const translateAttributes = element => TRANSLATED_ATTRIBUTES
    .filter(attribute => element.hasAttribute(attribute))
    .forEach(attribute => {
      const translated = translate(element.getAttribute(attribute));
      if (translated !== null) {
        element.setAttribute(attribute, translated);
      }
    });
  const visit = node => {
    if (pageLanguage === 'en') {
      return;
    }
    if (node.nodeType === Node.TEXT_NODE) {
      if (inForm(node)) {
        translateText(node);
      }
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE || !(inForm(node) || node.querySelector('.fjs-container'))) {
      return;
    }
    const texts = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    while (texts.nextNode()) {
      if (inForm(texts.currentNode)) {
        translateText(texts.currentNode);
      }
    }
    [node, ...node.querySelectorAll(TRANSLATED_ATTRIBUTES.map(attribute => `[${attribute}]`).join(','))]
      .filter(element => inForm(element))
      .forEach(translateAttributes);
  };
  new MutationObserver(mutations => mutations.forEach(mutation => {
    if (mutation.type === 'childList') {
      mutation.addedNodes.forEach(visit);
    } else {
      visit(mutation.target);
    }
  })).observe(document.body, {
    childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: TRANSLATED_ATTRIBUTES
  });
}

const ADMINISTRATORS = 'camunda-admin';

/**
 * The engine lets only members of camunda-admin create tasks and change a task's groups
 * (EngineSurfacePlugin), so Tasklist offers both only to them: their page carries the class
 * safar-admin, and ../styles/user-styles.css hides both for everyone else. Tasklist's authentication
 * names no groups; the engine API tells them, as it tells Tasklist's own dialogs.
 */
function markAdministrator($http, Uri, $rootScope) {
  const authentication = $rootScope.authentication;
  document.body.classList.remove('safar-admin');
  if (!authentication) {
    return;
  }
  $http.get(Uri.appUri('engine://engine/:engine/identity/groups'), { params: { userId: authentication.name } })
    .then(response => {
      const isAdministrator = response.data.groups.some(group => group.id === ADMINISTRATORS);
      // The answer for a user who has logged out meanwhile marks nobody.
      document.body.classList.toggle('safar-admin', isAdministrator && $rootScope.authentication === authentication);
    })
    .catch(() => {});
}

/** The group names stay as text for the others; a click or Enter on them opens no dialog. */
function keepGroupsDialogForAdministrators() {
  document.addEventListener('click', event => {
    if (!document.body.classList.contains('safar-admin') && event.target.closest('[ng-click="editGroups()"]')) {
      event.preventDefault();
      event.stopPropagation();
    }
  }, true);
}

/**
 * Tasklist's controls that show only an icon, by what they do. Those with a tooltip are named by it
 * (Tasklist translates it); these have none.
 */
const ICON_CONTROLS = [
  ['button.region-toggle[data-region="filters"]', 'Show or hide the filters'],
  ['button.region-toggle[data-region="list"]', 'Show or hide the task list'],
  ['button.region-toggle[data-region="task"]', 'Show or hide the task'],
  ['button.maximize', 'Enlarge the task'],
  ['button.dropdown-toggle[ng-disabled*="searches"]', 'Saved searches'],
  ['.app-switch > .dropdown-toggle', 'Camunda applications'],
  ['.new-sort > .dropdown-toggle', 'Add a sort order'],
  ['a.instance-link', 'Open the process in Cockpit']
];

function setAttribute(element, name, value) {
  if (element.getAttribute(name) !== value) {
    element.setAttribute(name, value);
  }
}

/**
 * What a screen reader needs and Tasklist leaves out: a name for every icon-only control, a search box that
 * says it is a combobox (it carries aria-expanded), the login form in the page's order (Tasklist gives it
 * tabindex 1–3), and each radio question as a group named by its question.
 */
function makeAccessible() {
  for (const [selector, english] of ICON_CONTROLS) {
    document.querySelectorAll(selector).forEach(control => setAttribute(control, 'aria-label', say(english)));
  }
  document.querySelectorAll('a[uib-tooltip], button[uib-tooltip]').forEach(control => {
    if (!control.textContent.trim() && control.getAttribute('uib-tooltip')) {
      setAttribute(control, 'aria-label', control.getAttribute('uib-tooltip'));
      if (control.matches('a:not([href])')) {
        // A link without an address is a button to assistive technology only when it says so.
        setAttribute(control, 'role', 'button');
      }
    }
  });
  document.querySelectorAll('input[aria-expanded]:not([role])').forEach(input => input.setAttribute('role', 'combobox'));
  document.querySelectorAll('[tabindex]').forEach(element => {
    if (Number(element.getAttribute('tabindex')) > 0) {
      element.setAttribute('tabindex', '0');
    }
  });
  document.querySelectorAll('.fjs-form-field-radio').forEach(question => {
    const label = question.querySelector(':scope > .fjs-form-field-label');
    if (label) {
      label.id ||= `${question.querySelector('input')?.id ?? 'safar-question'}-question`;
      setAttribute(question, 'role', 'radiogroup');
      setAttribute(question, 'aria-labelledby', label.id);
    }
  });
}

/**
 * The form-js form shown in a container: Tasklist keeps it to itself, so it is found where Preact, which
 * renders it, keeps the tree (__k, its children) and form-js puts its services (the provider's value).
 */
function formJsIn(container) {
  const pending = [container.__k];
  while (pending.length) {
    const vnode = pending.pop();
    if (!vnode) {
      continue;
    }
    const getService = vnode.props?.value?.getService;
    if (typeof getService === 'function') {
      return getService('form', false);
    }
    pending.push(...(Array.isArray(vnode.__k) ? vnode.__k : [vnode.__k]));
  }
  return null;
}

const watchedForms = new WeakSet();

/**
 * form-js (Tasklist 7.24) forgets no error when a condition hides its field again: "Not cleared", Complete
 * (the reason is flagged as required), then "Cleared" leaves the hidden reason's error behind, and Tasklist
 * keeps Complete disabled while any error is left. So the errors of fields no longer shown are dropped as
 * the fields go; what is shown is checked by form-js as before.
 */
function dropErrorsOfHiddenFields(container) {
  if (watchedForms.has(container)) {
    return;
  }
  const form = formJsIn(container);
  if (!form) {
    return;
  }
  watchedForms.add(container);
  const shownFieldIds = () => new Set(form.get('formFieldInstanceRegistry').getAll().map(instance => instance.id));
  form.on('formFieldInstanceRegistry.changed', ({ action }) => {
    if (action !== 'removed') {
      return;
    }
    // The field leaves while form-js renders; its state is changed once that is over.
    setTimeout(() => {
      const errors = form._getState().errors || {};
      const shown = shownFieldIds();
      const kept = Object.fromEntries(Object.entries(errors).filter(([id]) => shown.has(id)));
      if (Object.keys(kept).length !== Object.keys(errors).length) {
        form._setState({ errors: kept });
      }
    });
  });
}

/**
 * How CamundaForm names a field the server refuses: '"Label" (key) is required'. The key finds the field in
 * the form, and form-js then shows the refusal beside it as its own error, in the page's language.
 */
const FIELD_REFUSAL = /^"(?:[^"]*)" \(([\w.]+)\) (.+)$/;

/** CamundaForm's rules, as form-js words them (form-js-messages.json translates those), or as Safar does. */
const FIELD_RULES = [
  [/^is required$/, () => 'Field is required.'],
  [/^must be at most (\d+) characters long$/, length => `Field must have maximum length of ${length}.`],
  [/^must be at least (\d+) characters long$/, length => `Field must have minimum length of ${length}.`],
  [/^must be a number$/, () => 'Value is not a number.'],
  [/^must be at least (\S+)$/, value => `Field must have minimum value of ${value}.`],
  [/^must be at most (\S+)$/, value => `Field must have maximum value of ${value}.`],
  [/^must be plain text: /, () => say('Write plain text: no < >, no ${ } or #{ }, no control characters.')]
];

/** What a refusal of CamundaForm's says about its field, or null for one it words otherwise. */
function fieldError(rule) {
  for (const [pattern, error] of FIELD_RULES) {
    const match = pattern.exec(rule);
    if (match) {
      return error(match[1]);
    }
  }
  return null;
}

/**
 * What the server refused in the form just submitted, shown where the person looks: beside the field it
 * names, else at the top of the form, read out at once (role="alert"). Tasklist's own message, which says
 * only that the form failed, with the server's English, gives way to it. It goes when the form is sent again.
 */
function showRefusal(toast) {
  const container = [...document.querySelectorAll('.modal .fjs-container, .task-card .fjs-container')].pop();
  const message = toast.querySelector('.message')?.textContent.trim().replace(/^:\s*/, '') ?? '';
  if (!container || !message || container.querySelector('.fjs-form-field-error')) {
    return;
  }
  toast.classList.add('safar-explained');
  clearRefusal();
  const form = formJsIn(container);
  // Each of CamundaForm's reasons begins with a field's label in quotes; a "; " inside one is no boundary.
  const reasons = message.replace(/^The form \w+ was not submitted: /, '').split(/; (?=")/);
  const unplaced = [];
  const errors = {};
  for (const reason of reasons) {
    const [, key, rule] = FIELD_REFUSAL.exec(reason) ?? [];
    const field = key && form?.get('formFieldRegistry').getAll().find(candidate => candidate.key === key);
    const error = field && fieldError(rule);
    if (error) {
      errors[field.id] = [...(errors[field.id] ?? []), error];
    } else {
      unplaced.push(reason);
    }
  }
  if (Object.keys(errors).length > 0) {
    form._setState({ errors: { ...form._getState().errors, ...errors } });
  }
  // Tasklist's own close button, so that Tasklist forgets the message too.
  toast.querySelector('button.close:not(.ng-hide)')?.click();
  const box = document.createElement('div');
  box.className = 'safar-refusal alert alert-danger';
  box.setAttribute('role', 'alert');
  box.tabIndex = -1;
  const heading = document.createElement('strong');
  heading.textContent = say('The form was not accepted');
  const detail = document.createElement('p');
  detail.textContent = unplaced.length > 0 ? unplaced.join(' ') : say('Correct the form and try again.');
  box.append(heading, detail);
  container.parentElement.insertBefore(box, container);
  box.focus();
}

function clearRefusal() {
  document.querySelectorAll('.safar-refusal').forEach(box => box.remove());
}

/** The task shown, to tell a newly opened one from the same one drawn again. */
let shownTask = null;
/** Until when the list takes the focus back after Complete. */
let listFocusUntil = 0;

/** What last had the focus, to tell focus that dropped with its element from focus a person moved. */
let lastFocused = null;
document.addEventListener('focusin', event => {
  lastFocused = event.target;
});

/** Whether Complete was pressed on the task shown, so that focus goes back to the list once it has gone. */
let completed = false;
/** When a form was last sent (Complete, or Start in the start dialog): a failure after it is its refusal. */
let submittedAt = 0;

function rememberSubmissions() {
  document.addEventListener('click', event => {
    if (event.target.closest('button[ng-click="complete()"]')) {
      completed = true;
    }
    if (event.target.closest('button[ng-click="complete()"], .modal-footer button.btn-primary')) {
      submittedAt = Date.now();
      clearRefusal();
    }
  }, true);
}

/**
 * Focus follows the work: into the form of a task that opens (on a phone, that scrolls the form into view,
 * below the list), and back to the list after Complete, where it would otherwise drop to the page's body.
 */
function followWithFocus() {
  const task = new URLSearchParams(window.location.hash.split('?')[1] || '').get('task');
  const card = document.querySelector('.task-card');
  if (task && card?.querySelector('.fjs-form') && task !== shownTask) {
    shownTask = task;
    const heading = card.querySelector('h2') || card;
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
    const top = heading.getBoundingClientRect().top;
    if (top < 0 || top > window.innerHeight / 2) {
      // On a phone the list comes first and the form far below it.
      heading.scrollIntoView({ block: 'start' });
    }
  }
  const open = !!card?.querySelector('.fjs-form');
  if (!open) {
    shownTask = null;
  }
  if (task && card && document.activeElement === document.body && lastFocused && !lastFocused.isConnected) {
    // What had the focus went (Claim, once claimed): the task keeps it.
    (card.querySelector('h2') || card).focus({ preventScroll: true });
  }
  // Tasklist keeps the completed task's id in the address, but shows no task; it then draws the list anew,
  // and the list itself (not one of its links, which are replaced) takes the focus for a while.
  if (completed && !open) {
    completed = false;
    listFocusUntil = Date.now() + 5000;
  }
  const list = document.querySelector('.tasks-list');
  if (!open && list && Date.now() < listFocusUntil && document.activeElement === document.body) {
    list.tabIndex = -1;
    list.focus({ preventScroll: true });
  }
}

/**
 * Tasklist says only that the form could not be completed, while the fields at fault may be out of sight:
 * its message names them (by their labels, already in the page's language), and the first of them takes
 * the focus, which brings it into view.
 */
function explainFormErrors() {
  const toast = document.querySelector('.page-notifications .alert-danger:not(.safar-explained)');
  const faulty = [...document.querySelectorAll('.task-card .fjs-form-field, .modal .fjs-form-field')]
    .filter(field => field.querySelector('.fjs-form-field-error'));
  if (!toast) {
    return;
  }
  // The task stays: focus stays with it.
  completed = false;
  if (faulty.length === 0) {
    if (Date.now() - submittedAt < 60_000) {
      showRefusal(toast);
    }
    return;
  }
  toast.classList.add('safar-explained');
  const names = faulty.map(field => field.querySelector('.fjs-form-field-label')?.textContent.replace(/\*\s*$/, '').trim())
    .filter(Boolean);
  const line = document.createElement('span');
  line.className = 'message';
  line.textContent = `${say('Check these fields:')} ${names.join('; ')}`;
  toast.append(line);
  faulty[0].querySelector('input, textarea, select')?.focus();
}

/** The process variable that holds a delegation's departure day (org.safar.delegation.DelegationVariables). */
const DEPARTS_ON = 'departsOn';

/**
 * Tasklist's sorting, as its URL carries it: by the departure of the task's delegation, the next first, and
 * among the many tasks of one delegation (one day for all) the newest first, as Tasklist sorts by default. The
 * second order makes the list's pages stable: on PostgreSQL rows that tie come in no fixed order, and a task
 * could show on two pages or on none.
 */
const BY_DEPARTURE = JSON.stringify([
  { sortBy: 'processVariable', sortOrder: 'asc', parameters: { variable: DEPARTS_ON, type: 'Date' } },
  { sortBy: 'created', sortOrder: 'desc' }
]);

/**
 * Tasklist sorts by creation, the newest first, unless its URL says otherwise; a list of many tasks of many
 * delegations reads better by departure, the next trip first (tasks of a delegation with no dates yet sort
 * apart: last on PostgreSQL, first on H2). Set only when the URL has no sorting, so that a person's own choice
 * in the list's header stays.
 */
function sortByDepartureUnlessChosen($location) {
  if ($location.path().startsWith('/login') || $location.search().sorting) {
    return;
  }
  $location.search('sorting', BY_DEPARTURE);
  $location.replace();
}

/** The list's header names a sorting by a variable by the variable's name: this one by its meaning. */
function nameSortByDeparture() {
  document.querySelectorAll('[cam-sorting-choices] .sort-by').forEach(label => {
    const text = label.firstChild;
    if (text?.nodeType === Node.TEXT_NODE && text.nodeValue.trim() === DEPARTS_ON) {
      // The text node Angular interpolates into is kept: a later choice of another sorting replaces it again.
      text.nodeValue = say('Departure');
    }
  });
}

/** The page's own changes, seen once per frame: names, stuck forms, focus, date pickers and the list's order. */
function watchPage() {
  let scheduled = false;
  new MutationObserver(() => {
    if (scheduled) {
      return;
    }
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      makeAccessible();
      document.querySelectorAll('.fjs-container').forEach(dropErrorsOfHiddenFields);
      followWithFocus();
      explainFormErrors();
      localizeFormDatePickers();
      nameSortByDeparture();
    });
  }).observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true,
    attributeFilter: ['uib-tooltip'] });
}

/** Tasklist's keyboard shortcuts (scripts/config.js), described in the page's language. */
function describeShortcuts() {
  const shortcuts = window.camTasklistConf?.shortcuts || {};
  Object.values(shortcuts).forEach(shortcut => {
    shortcut.english ??= shortcut.description;
    shortcut.description = say(shortcut.english);
  });
}

/**
 * The names of months and weekdays (Sunday first, as Angular counts) in each language but English:
 * Chromium's own Intl lacks Kazakh and Mongolian.
 */
const dateNames = fetch(new URL('date-names.json', import.meta.url))
  .then(response => response.json())
  .catch(() => ({}));

/**
 * The date picker (due and follow-up dates) names months and weekdays from Angular's locale, which is
 * English only: they are put in the page's language (English stays as Angular has it), and weeks begin on
 * Monday, as in every country Safar serves (uibDatepickerConfig, set in the module's config).
 */
function localizeDatePicker($locale, language) {
  const formats = $locale.DATETIME_FORMATS;
  englishDateNames ??= {
    MONTH: formats.MONTH, STANDALONEMONTH: formats.STANDALONEMONTH, SHORTMONTH: formats.SHORTMONTH,
    DAY: formats.DAY, SHORTDAY: formats.SHORTDAY
  };
  dateNames.then(catalog => {
    const names = catalog[language];
    Object.assign(formats, names ? {
      MONTH: names.months, STANDALONEMONTH: names.months, SHORTMONTH: names.shortMonths,
      DAY: names.days, SHORTDAY: names.shortDays
    } : englishDateNames);
  });
}

/** The form-js date pickers already put in a language, with that language. */
const localizedPickers = new WeakMap();

/**
 * A form's date field (form-js) opens flatpickr, which names months and weekdays in English and starts
 * weeks on Sunday: each picker gets the page's language (English keeps flatpickr's names) and weeks from
 * Monday. flatpickr keeps its instance on the input it serves; setting its locale redraws the calendar.
 */
function localizeFormDatePickers() {
  const inputs = document.querySelectorAll('.fjs-container input.flatpickr-input');
  if (inputs.length === 0) {
    return;
  }
  dateNames.then(catalog => inputs.forEach(input => {
    const names = catalog[pageLanguage];
    translateDatePlaceholder(input, names?.dateLetters);
    const picker = input._flatpickr;
    if (!picker || localizedPickers.get(picker) === pageLanguage) {
      return;
    }
    localizedPickers.set(picker, pageLanguage);
    picker.set('locale', names ? {
      firstDayOfWeek: 1,
      weekdays: { shorthand: names.shortDays, longhand: names.days },
      months: { shorthand: names.shortMonths, longhand: names.months }
    } : { firstDayOfWeek: 1 });
  }));
}

/**
 * form-js shows a date field's format as its placeholder in the browser's own order ("dd.mm.yyyy"), with
 * English letters for day, month and year: they are written with the page language's letters
 * (date-names.json, "dateLetters"), the order and separators kept.
 */
function translateDatePlaceholder(input, letters) {
  const placeholder = input.getAttribute('placeholder');
  if (letters && placeholder && /^[dmy]+[^dmy]+[dmy]+[^dmy]+[dmy]+$/.test(placeholder)) {
    input.setAttribute('placeholder', placeholder.replace(/[dmy]/g, letter => letters[letter]));
  }
}

/** Angular's own names, for a page that goes back to English. */
let englishDateNames = null;

angular.module('cam.tasklist.custom')
  .config(['$translateProvider', 'ViewsProvider', 'uibDatepickerConfig',
    function ($translateProvider, ViewsProvider, uibDatepickerConfig) {
    uibDatepickerConfig.startingDay = 1;
    const chosen = chosenLanguage();
    if (chosen) {
      $translateProvider.preferredLanguage(chosen);
    }
    // Tasklist loads the fallback language's file as well, and each file sets the date language of
    // the whole page when it arrives: whichever comes last decides whether "3 days ago" is English.
    // Every locale file has every key (TasklistLocalesTest), so the page's own language suffices.
    $translateProvider.fallbackLanguage($translateProvider.preferredLanguage());
    const view = { id: 'safar-language', template: languageMenu, controller: languageMenuController };
    ViewsProvider.registerDefaultView('tasklist.navbar.action', { ...view, priority: 10 });
    ViewsProvider.registerDefaultView('tasklist.login', { ...view, priority: 0 });
  }])
  .run(['$rootScope', '$http', 'Uri', '$locale', '$location', function ($rootScope, $http, Uri, $locale, $location) {
    $rootScope.$on('$locationChangeSuccess', () => sortByDepartureUnlessChosen($location));
    $rootScope.$on('$translateChangeSuccess', (event, change) => {
      pageLanguage = change.language;
      document.documentElement.lang = change.language;
      localizeDatePicker($locale, change.language);
      safarMessages.then(() => {
        describeShortcuts();
        makeAccessible();
      });
    });
    watchPage();
    rememberSubmissions();
    formJsMessages.then(translateFormJs);
    markAdministrator($http, Uri, $rootScope);
    $rootScope.$on('authentication.changed', () => markAdministrator($http, Uri, $rootScope));
    keepGroupsDialogForAdministrators();
  }]);
