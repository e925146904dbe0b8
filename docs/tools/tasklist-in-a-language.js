// Shows a Safar task form in Tasklist as a user whose browser speaks another language sees it, in
// Debian's Chromium (never a downloaded browser), and checks that it speaks that language.
//   cd docs/tools && npm install && node tasklist-in-a-language.js [base URL] [language] [screenshot]
// e.g. node tasklist-in-a-language.js http://localhost:8080 ru ../../target/tasklist-ru.png
// Needs a running Safar with its demo data: it opens a delegation as aziza through the API, then
// logs in as gulnoza (hr-vetting), opens her clearance task, tries to complete it empty and takes
// the screenshot with the form's labels and its validation message in the language.
const { chromium } = require('playwright-core');
const fs = require('fs');
const path = require('path');

const [base = 'http://localhost:8080', language = 'ru', screenshot = path.join(__dirname, '../../target/tasklist-' + language + '.png')] =
  process.argv.slice(2);
const browserLocales = { en: 'en-GB', ru: 'ru-RU', uz: 'uz-UZ', kk: 'kk-KZ', mn: 'mn-MN' };

async function api(user, method, urlPath, body) {
  const response = await fetch(base + urlPath, {
    method,
    headers: { Authorization: 'Basic ' + Buffer.from(user + ':' + user).toString('base64'), 'Content-Type': 'application/json' },
    body: body && JSON.stringify(body)
  });
  if (!response.ok) {
    throw new Error(`${method} ${urlPath} answered ${response.status}: ${await response.text()}`);
  }
  return response.status === 204 ? null : response.json();
}

function check(condition, what) {
  if (!condition) {
    throw new Error('Not in ' + language + ': ' + what);
  }
  console.log('ok', what);
}

(async () => {
  const germany = (await api('aziza', 'GET', '/api/programmes')).find(p => p.title.startsWith('Study trip: citizen service centres'));
  const staff = await api('aziza', 'GET', '/api/staff?name=Dilnoza+Hamidova');
  const delegation = await api('aziza', 'POST', '/api/delegations',
    { title: 'Samarkand PSC leads in Germany', programmeId: germany.id, memberStaffIds: [staff[0].id] });
  const [task] = await api('gulnoza', 'GET', '/engine-rest/task?processInstanceBusinessKey=' + delegation.id);
  await api('gulnoza', 'POST', `/engine-rest/task/${task.id}/claim`, { userId: 'gulnoza' });
  const labels = (await (await fetch(`${base}/camunda/app/tasklist/locales/${language}.json`)).json()).labels;

  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox',
    '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'] });
  try {
    const context = await browser.newContext({ locale: browserLocales[language], viewport: { width: 1400, height: 1300 } });
    const page = await context.newPage();
    await page.goto(base + '/camunda/app/tasklist/');
    await page.fill('input[ng-model="username"]', 'gulnoza');
    await page.fill('input[ng-model="password"]', 'gulnoza');
    await page.click('button[type="submit"]');
    await page.waitForSelector('.tasks-list');
    await page.goto(`${base}/camunda/app/tasklist/default/#/?task=${task.id}`);
    await page.waitForSelector('.fjs-container .fjs-form-field-radio');

    check(await page.getAttribute('html', 'lang') === language, 'Tasklist speaks ' + language);
    const header = await page.locator('.task-details h2, .task-details .names h2').first().textContent();
    console.log('task:', header.trim());
    await page.click(`button:has-text("${labels.COMPLETE}")`);
    await page.waitForSelector('.fjs-form-field-error');
    const form = await page.locator('.fjs-container').innerText();
    if (language === 'ru') {
      check(header.includes('Проверка: Dilnoza Hamidova'), 'the task name');
      check(form.includes('Личное дело участника') && form.includes('Допуск'), 'the form');
      check(form.includes('Поле обязательно для заполнения.'), "form-js's validation message");
    } else {
      check(!form.includes('Field is required.'), "form-js's validation message");
    }
    fs.mkdirSync(path.dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot });
    console.log('screenshot', screenshot);
  } finally {
    await browser.close();
  }
})().catch(error => {
  console.error(error);
  process.exit(1);
});
