// Safar's own bpmnlint rules, found as "plugin:safar/..." by bpmnlint when it runs in this folder.
module.exports = {
  configs: {
    recommended: {
      rules: {
        'safar/label-clear': 'error'
      }
    }
  },
  rules: {
    'label-clear': './rules/label-clear.js'
  }
};
