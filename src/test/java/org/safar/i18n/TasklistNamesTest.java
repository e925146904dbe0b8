package org.safar.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The names Tasklist shows of Safar's processes, in every language, and as the models name them. */
class TasklistNamesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");

    private final TasklistNames names = new TasklistNames();

    @Test
    void theEnglishNamesAreThoseOfTheModels() throws IOException {
        Properties english = properties("i18n/tasklist.properties");
        Map<String, String> models = new HashMap<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:processes/**/*.bpmn")) {
            try (InputStream in = resource.getInputStream()) {
                BpmnModelInstance model = Bpmn.readModelFromStream(in);
                for (Process process : model.getModelElementsByType(Process.class)) {
                    models.put("process." + process.getId(), process.getName());
                }
                for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                    models.put("task." + task.getId(), task.getName());
                    task.getDocumentations().stream().map(Documentation::getTextContent).findFirst()
                            .ifPresent(documentation -> models.put("task." + task.getId() + ".description", documentation));
                }
            }
        }
        assertThat(models).as("processes and user tasks of processes/").isNotEmpty();
        SoftAssertions softly = new SoftAssertions();
        models.forEach((key, name) -> softly.assertThat(english.getProperty(key)).as(key).isEqualTo(name));
        english.stringPropertyNames().stream()
                .filter(key -> key.startsWith("process.") || key.startsWith("task.UserTask_") && !key.endsWith(".named"))
                .forEach(key -> softly.assertThat(models).as("%s in the models", key).containsKey(key));
        softly.assertAll();
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
    void everyNameIsTranslated(Language language) throws IOException {
        Properties english = properties("i18n/tasklist.properties");
        Properties translated = properties("i18n/tasklist_" + language.code() + ".properties");
        SoftAssertions softly = new SoftAssertions();
        for (String key : english.stringPropertyNames()) {
            String translation = translated.getProperty(key);
            softly.assertThat(translation).as("%s in %s", key, language).isNotBlank();
            if (translation != null) {
                softly.assertThat(placeholders(translation)).as("placeholders of %s in %s", key, language)
                        .isEqualTo(placeholders(english.getProperty(key)));
            }
        }
        softly.assertThat(translated.stringPropertyNames()).as("keys of %s", language)
                .isSubsetOf(english.stringPropertyNames());
        softly.assertAll();
    }

    @Test
    void namesAfterAPersonOrOverdueAreTakenApartAndPutTogether() {
        assertThat(names.taskName("UserTask_ClearMember", "Clear Kamola Ismoilova", Language.RU))
                .isEqualTo("Проверка: Kamola Ismoilova");
        assertThat(names.taskName("UserTask_SubmitTripReport", "Submit trip report: Sherzod Mahmudov (overdue)", Language.RU))
                .isEqualTo("Сдать отчёт о поездке: Sherzod Mahmudov (просрочено)");
        assertThat(names.taskName("UserTask_SubmitTripReport", "Submit trip report (overdue)", Language.KK))
                .isEqualTo("Сапар туралы есепті тапсыру (мерзімі өткен)");
        assertThat(names.taskName("UserTask_ApproveDelegation", "Approve delegation", Language.UZ))
                .isEqualTo("Delegatsiyani tasdiqlash");
        assertThat(names.taskName("UserTask_RecordTicketAndVisa", "Record ticket and visa: Jasur Tursunov", Language.MN))
                .isEqualTo("Тийз ба визийг бүртгэх: Jasur Tursunov");
    }

    @Test
    void whatTheBundleDoesNotKnowStaysAsItIs() {
        assertThat(names.taskName("UserTask_ClearMember", "Clear Kamola Ismoilova", Language.EN)).isEqualTo("Clear Kamola Ismoilova");
        assertThat(names.taskName("someoneElsesTask", "Do something", Language.RU)).isEqualTo("Do something");
        assertThat(names.taskName("UserTask_ApproveDelegation", "Renamed by hand", Language.RU)).isEqualTo("Renamed by hand");
        assertThat(names.processName("delegation", "Delegation", Language.RU)).isEqualTo("Делегация");
        assertThat(names.processName("delegation", "Another name", Language.RU)).isEqualTo("Another name");
        assertThat(names.filterText("My tasks", Language.UZ)).isEqualTo("Mening vazifalarim");
        assertThat(names.filterText("Someone's own filter", Language.UZ)).isEqualTo("Someone's own filter");
        assertThat(names.groupName("embassy-KZ", "Embassy liaison, KZ", Language.RU)).isEqualTo("Сотрудник посольства по связям, KZ");
        assertThat(names.groupName("finance", "Budget office", Language.MN)).isEqualTo("Санхүүгийн алба");
    }

    private static TreeSet<String> placeholders(String text) {
        TreeSet<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    /** Read as they are, without the English bundle behind them that ResourceBundle would add. */
    private static Properties properties(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TasklistNamesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
