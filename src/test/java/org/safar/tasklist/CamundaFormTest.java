package org.safar.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.safar.web.Violation;

/** What {@link CamundaForm} reads from Safar's forms, and how it checks a submission. */
class CamundaFormTest {

    private static final Function<String, Collection<String>> NO_OPTIONS = name -> List.of();

    static Stream<Path> forms() throws IOException {
        return Files.list(Path.of("forms")).filter(form -> form.toString().endsWith(".form")).sorted();
    }

    private static CamundaForm form(String name) throws IOException {
        return CamundaForm.read(Files.readAllBytes(Path.of("forms", name + ".form")));
    }

    /** Submitted as Tasklist submits: untyped plain values, lists as Json. */
    private static VariableMap submitted(Object... namesAndValues) {
        VariableMap values = Variables.createVariables();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value instanceof List<?> list) {
                values.putValueTyped((String) namesAndValues[i], SpinValues.jsonValue(
                        list.stream().map(v -> "\"" + v + "\"").toList().toString()).create());
            } else {
                values.putValueTyped((String) namesAndValues[i], Variables.untypedValue(value));
            }
        }
        return values;
    }

    private static List<Violation> refusal(CamundaForm form, VariableMap submitted) {
        try {
            form.check(submitted, NO_OPTIONS);
        } catch (FormRefused refused) {
            return refused.violations();
        }
        throw new AssertionError("Not refused: " + submitted);
    }

    @ParameterizedTest
    @MethodSource("forms")
    void everyFormIsReadAndItsConditionsNameOnlyItsFields(Path path) throws IOException {
        CamundaForm form = CamundaForm.read(Files.readAllBytes(path));
        assertThat(form.id()).isEqualTo(path.getFileName().toString().replace(".form", ""));
        for (CamundaForm.Field field : form.fields().values()) {
            for (String condition : field.hiddenWhen()) {
                assertThat(CamundaForm.paths(condition)).as("%s: %s", field.key(), condition)
                        .allMatch(form.fields()::containsKey);
                // evaluates, both with the fields empty and filled in
                Map<String, Object> values = new HashMap<>();
                form.hidden(field, values);
                form.fields().keySet().forEach(key -> values.put(key, "x"));
                form.hidden(field, values);
            }
        }
    }

    @Test
    void fieldsInGroupsAreTheFormsAndTextViewsTablesAndButtonsAreNot() throws IOException {
        assertThat(form("submitTripReport").fields()).containsKeys("learned", "practice1Title",
                "practice2Description", "practice3WhereItApplies", "actionPlan").hasSize(11);
        assertThat(form("approveDelegation").fields()).containsOnlyKeys("approval", "approvalReason");
        assertThat(form("requestDelegationChange").fields())
                .containsOnlyKeys("chosenDelegation", "changeKind", "chosenMember", "changeReason");
    }

    @Test
    void aKeyThatIsNoFieldIsRefusedWithWhatTheFormTakes() throws IOException {
        List<Violation> refused = refusal(form("approveDelegation"), submitted("approval", "APPROVE",
                "delegationId", 7L));
        assertThat(refused).singleElement().satisfies(violation -> {
            assertThat(violation.field()).isEqualTo("delegationId");
            assertThat(violation.rule()).isEqualTo("unknownField");
            assertThat(violation.message()).contains("delegationId is not a field of the form approveDelegation",
                    "\"Your decision\" (approval)", "\"Reason for the rejection\" (approvalReason)");
        });
    }

    @Test
    void aFieldIsRequiredOnlyWhileItsConditionShowsIt() throws IOException {
        CamundaForm approval = form("approveDelegation");
        assertThat(refusal(approval, submitted("approval", "REJECT"))).extracting(Violation::field, Violation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("approvalReason", "required"));
        assertThat(refusal(approval, submitted("approval", "REJECT", "approvalReason", "  ")))
                .extracting(Violation::message).containsExactly("\"Reason for the rejection\" (approvalReason) is required");
        assertThat(approval.check(submitted("approval", "APPROVE"), NO_OPTIONS).keySet()).containsExactly("approval");
        // Tasklist sends a hidden field empty, or not at all; a hidden field's value is not kept.
        assertThat(approval.check(submitted("approval", "APPROVE", "approvalReason", null), NO_OPTIONS).keySet())
                .containsExactly("approval");
        assertThat(approval.check(submitted("approval", "APPROVE", "approvalReason", "<b>"), NO_OPTIONS).keySet())
                .containsExactly("approval");
        // groups: a practice with a title needs its description
        CamundaForm report = form("submitTripReport");
        assertThat(refusal(report, submitted("learned", "Much", "actionPlan", "Pilot it", "practice1Title",
                "One-stop shop", "practice2Title", ""))).extracting(Violation::field)
                .containsExactly("practice1Description", "practice1WhereItApplies");
        assertThat(report.check(submitted("learned", "Much", "actionPlan", "Pilot it", "practice1Title", "",
                "practice2Title", "", "practice3Title", ""), NO_OPTIONS)).containsKeys("learned", "practice1Title");
    }

    @Test
    void textIsPlainTextWithTheRulesOfTheApi() throws IOException {
        CamundaForm approval = form("approveDelegation");
        for (String markup : List.of("<a href=\"https://evil.example\">log in</a>", "${execution.setVariable('x', 1)}",
                "#{identityService}", "bell\u0007")) {
            assertThat(refusal(approval, submitted("approval", "REJECT", "approvalReason", markup)))
                    .extracting(Violation::field, Violation::rule)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("approvalReason", "plainText"));
        }
        // prose may use what prose uses, Markdown included: it is shown as text wherever a form shows it
        assertThat(approval.check(submitted("approval", "REJECT", "approvalReason",
                "Budget frozen; ask again in Q3 -- see [the memo](https://intranet)\nThanks"), NO_OPTIONS))
                .containsKey("approvalReason");
        // titles follow the rules of names
        CamundaForm open = form("openDelegation");
        assertThat(refusal(open, submitted("title", "Japan; DROP TABLE delegation"))).extracting(Violation::rule)
                .containsExactly("plainText");
        assertThat(refusal(open, submitted("title", "x".repeat(201)))).extracting(Violation::rule)
                .containsExactly("maxLength");
        assertThat(refusal(open, submitted("title", 42))).extracting(Violation::rule).containsExactly("type");
        assertThat(open.check(submitted("title", "Japan short course 2027 — senior officials"), NO_OPTIONS))
                .containsKey("title");
    }

    @Test
    void choicesAreAmongTheirOptions() throws IOException {
        CamundaForm approval = form("approveDelegation");
        assertThat(refusal(approval, submitted("approval", "APPROVE_ALL"))).extracting(Violation::rule)
                .containsExactly("option");
        CamundaForm shortfall = form("resolveBudgetShortfall");
        Function<String, Collection<String>> offered = name -> Map.of("budgetLineOptions", List.of("3", "4"),
                "memberOptions", List.of("11", "12")).getOrDefault(name, List.of());
        assertThat(shortfall.check(submitted("resolution", "OTHER_LINE", "otherBudgetLine", "4"), offered))
                .containsKey("otherBudgetLine");
        assertThatThrownBy(() -> shortfall.check(submitted("resolution", "OTHER_LINE", "otherBudgetLine", "99"),
                offered)).isInstanceOf(FormRefused.class).hasMessageContaining("otherBudgetLine");
        assertThat(shortfall.check(submitted("resolution", "REDUCE", "membersToWithdraw", List.of("12"),
                "withdrawalReason", "Over budget"), offered)).containsKey("membersToWithdraw");
        assertThatThrownBy(() -> shortfall.check(submitted("resolution", "REDUCE", "membersToWithdraw",
                List.of("12", "13"), "withdrawalReason", "Over budget"), offered)).isInstanceOf(FormRefused.class)
                .hasMessageContaining("membersToWithdraw");
        assertThatThrownBy(() -> shortfall.check(submitted("resolution", "REDUCE", "membersToWithdraw", List.of(),
                "withdrawalReason", "Over budget"), offered)).isInstanceOf(FormRefused.class)
                .hasMessageContaining("is required");
    }

    @Test
    void numbersAreNumbersWithinTheirRules() throws IOException {
        CamundaForm settle = form("settleAdvance");
        assertThat(settle.check(submitted("actualExpensesUsd", 1234.5), NO_OPTIONS)).containsKey("actualExpensesUsd");
        assertThat(settle.check(submitted("actualExpensesUsd", 0), NO_OPTIONS)).containsKey("actualExpensesUsd");
        assertThat(refusal(settle, submitted("actualExpensesUsd", "1234"))).extracting(Violation::rule)
                .containsExactly("type");
        assertThat(refusal(settle, submitted("actualExpensesUsd", -1))).extracting(Violation::rule)
                .containsExactly("min");
        assertThat(refusal(settle, submitted("actualExpensesUsd", 10.005))).extracting(Violation::rule)
                .contains("decimalDigits");
    }

    @Test
    void whatTextViewsShowIsKnownAndTheFieldsAreNotAmongIt() throws IOException {
        assertThat(form("reviewTripReport").shownAsMarkdown()).contains("participant.fullName", "report.learned",
                "report.actionPlan", "delegation.kind").doesNotContain("reviewDecision", "SHORT_COURSE");
        assertThat(form("nominateMembers").shownAsMarkdown()).contains("whyReturned", "groupProblems")
                .doesNotContain("split", "this");
    }

    @Test
    void whatSafarDoesNotCheckYetIsRefusedWhenTheFormIsRead() {
        byte[] computed = """
                {"id": "computed", "components": [{"type": "expression", "key": "total", "expression": "=1"}]}"""
                .getBytes();
        assertThatThrownBy(() -> CamundaForm.read(computed)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not check yet");
    }
}
