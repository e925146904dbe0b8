/*
 * Safar's additions to Camunda Tasklist, loaded as a custom script (scripts/config.js):
 *  - a language menu in the header and on the login page; the choice is kept in the cookie
 *    "safar-language", which Tasklist starts with here and which Safar's server reads to send the
 *    task forms and the process and task names in the same language (org.safar.i18n);
 *  - the messages that form-js writes itself, such as "Field is required.", in that language
 *    (form-js-messages.json), since form-js has no translations of its own;
 *  - "Create task" and a task's groups only for administrators (see markAdministrator).
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
  const translatePlaceholder = element => {
    const translated = translate(element.getAttribute('placeholder'));
    if (translated !== null) {
      element.setAttribute('placeholder', translated);
    }
  };
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
    [node, ...node.querySelectorAll('[placeholder]')]
      .filter(element => element.hasAttribute('placeholder') && inForm(element))
      .forEach(translatePlaceholder);
  };
  new MutationObserver(mutations => mutations.forEach(mutation => {
    if (mutation.type === 'childList') {
      mutation.addedNodes.forEach(visit);
    } else {
      visit(mutation.target);
    }
  })).observe(document.body, {
    childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['placeholder']
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

angular.module('cam.tasklist.custom')
  .config(['$translateProvider', 'ViewsProvider', function ($translateProvider, ViewsProvider) {
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
  .run(['$rootScope', '$http', 'Uri', function ($rootScope, $http, Uri) {
    $rootScope.$on('$translateChangeSuccess', (event, change) => {
      pageLanguage = change.language;
      document.documentElement.lang = change.language;
    });
    formJsMessages.then(translateFormJs);
    markAdministrator($http, Uri, $rootScope);
    $rootScope.$on('authentication.changed', () => markAdministrator($http, Uri, $rootScope));
    keepGroupsDialogForAdministrators();
  }]);
