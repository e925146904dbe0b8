/*
 * Safar's Tasklist configuration: it replaces the file of the same path in Camunda's webjar
 * (camunda-webapp-webjar 7.24.0, an ES module since 7.20), keeping its keyboard shortcuts.
 */
export default {
  app: {
    name: 'Tasklist',
    vendor: 'Safar'
  },

  // One locale file per language in ../locales; Tasklist starts in the browser's first language when
  // it is one of these, else in English, and safar/tasklist.js lets the user pick another.
  locales: {
    availableLocales: ['en', 'ru', 'uz', 'kk', 'mn'],
    fallbackLocale: 'en'
  },

  // Loaded from app/tasklist/ as ES modules before Tasklist starts.
  customScripts: ['safar/tasklist'],

  // Camunda's first-login hint points to Camunda's welcome page, not to anything of Safar's.
  disableWelcomeMessage: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
