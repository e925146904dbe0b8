// The import page: sends the chosen file to POST /api/imports/{kind} with the user's HTTP Basic
// credentials (never stored), and shows the answer: a summary, or every refused row as a table.
'use strict';

const COLUMNS = {
  'staff': 'Columns: fullName, position, grade (JUNIOR, MIDDLE, SENIOR), organisation, region, passportNumber, '
      + 'passportExpiry, serviceStartDate, personnelReserve (true or false), username (the Camunda user id that links '
      + 'the person to their account), languages (en:B2;ru:C1), trips (KR:2025-03-01:2025-03-10:purpose;…). '
      + 'Dates as yyyy-mm-dd or date cells.',
  'programmes': 'Columns: title, kind (STUDY_TRIP, SHORT_COURSE, LONG_INTERNSHIP), hostCountry (JP), hostInstitution, '
      + 'startDate, endDate, fundingSource (OWN_BUDGET or a donor: JICA), donorCoversAirfare, donorCoversLodging, '
      + 'donorCoversDailyAllowance (true or false), airfareEstimateUsd (1450.00), seats, requiredLanguage (en), '
      + 'requiredLanguageLevel (B1), description.',
  'budget-lines': 'Columns: fundingSource (OWN_BUDGET or a donor), year, code (ADPS-TRN-2030), name, '
      + 'allocation (60000.00), spent (what the line paid before Safar kept it; blank for none).'
};

const form = document.getElementById('import');
const kind = document.getElementById('kind');
const result = document.getElementById('result');

function showColumns() {
  document.getElementById('columns').textContent = COLUMNS[kind.value];
}

function element(tag, text, attributes) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) {
    node.textContent = String(text);
  }
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  return node;
}

function table(caption, headings, rows) {
  const grid = element('table');
  grid.appendChild(element('caption', caption));
  const head = grid.appendChild(element('thead')).appendChild(element('tr'));
  headings.forEach(heading => head.appendChild(element('th', heading, {scope: 'col'})));
  const body = grid.appendChild(element('tbody'));
  rows.forEach(cells => {
    const row = body.appendChild(element('tr'));
    cells.forEach(cell => row.appendChild(element('td', cell)));
  });
  return grid;
}

function show(outcome, heading, ...content) {
  result.replaceChildren(element('h2', heading), ...content);
  result.className = outcome;
  result.focus();
}

function basic(user, password) {
  const bytes = new TextEncoder().encode(user + ':' + password);
  return 'Basic ' + btoa(String.fromCharCode(...bytes));
}

async function send(checkOnly) {
  const file = document.getElementById('file').files[0];
  const user = document.getElementById('user').value.trim();
  const password = document.getElementById('password').value;
  if (!user || !password || !file) {
    show('refused', 'Give your user id, your password and a file.');
    return;
  }
  const data = new FormData();
  data.append('file', file);
  const response = await fetch('api/imports/' + encodeURIComponent(kind.value) + (checkOnly ? '?dryRun=true' : ''), {
    method: 'POST',
    headers: {'Authorization': basic(user, password), 'Accept': 'application/json, application/problem+json'},
    body: data,
    credentials: 'omit'
  });
  if (response.status === 401) {
    show('refused', 'The user id or the password is wrong.');
    return;
  }
  let answer;
  try {
    answer = await response.json();
  } catch (notJson) {
    show('refused', 'Safar answered ' + response.status + ' without saying why.');
    return;
  }
  if (response.ok) {
    const said = answer.dryRun
      ? `Checked: all ${answer.rows} rows of ${file.name} pass. Nothing was stored; choose Import to store them.`
      : `Imported: ${answer.stored} rows of ${file.name} are stored.`;
    const notes = answer.notes && answer.notes.length
      ? [table('Notes (no reason to refuse)', ['Row', 'Column', 'Note'],
          answer.notes.map(note => [note.row, note.field, note.message]))]
      : [];
    show('passed', said, ...notes);
    return;
  }
  const rows = answer.violations || [];
  show('refused', answer.title || ('Refused (' + response.status + ')'),
    ...(rows.length
      ? [table('Every refused row of ' + file.name, ['Row', 'Column', 'Field', 'Rule', 'What to do'],
          rows.map(v => [v.row, v.column || '', v.field, v.rule, v.message]))]
      : [element('p', answer.detail)]));
}

form.addEventListener('submit', async event => {
  event.preventDefault();
  const buttons = form.querySelectorAll('button');
  buttons.forEach(button => { button.disabled = true; });
  try {
    await send(event.submitter && event.submitter.value === 'check');
  } catch (failure) {
    show('refused', 'Safar could not be reached: ' + failure.message);
  } finally {
    buttons.forEach(button => { button.disabled = false; });
  }
});
kind.addEventListener('change', showColumns);
showColumns();
