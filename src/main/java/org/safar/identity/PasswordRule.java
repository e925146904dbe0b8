package org.safar.identity;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;

/**
 * The rule for passwords in production: Camunda's built-in password policy, which the prod profile
 * switches on ({@code enable-password-policy}), so that the engine refuses a weak password wherever
 * one is set, in Admin, the Welcome app or the REST API. Safar holds the passwords it is given at
 * start to the same policy, and says in words what a refused one lacks.
 *
 * <p>Reads a policy through Camunda's public {@link PasswordPolicy} only: the placeholders and
 * parameters of its rules (PASSWORD_POLICY_LENGTH with minLength, …), which Camunda's own webapps also
 * read to describe them. The policy itself is the engine's ({@code IdentityService#getPasswordPolicy});
 * before the engine exists, the same default that the engine builds for itself
 * (org.safar.engine.CamundaDefaultPasswordPolicy).
 */
public final class PasswordRule {

    private PasswordRule() {
    }

    /** What a password must be under the policy, e.g. "at least 10 characters, at least 1 digit, …". */
    public static String requirements(PasswordPolicy policy) {
        return inWords(policy.getRules().stream());
    }

    /** The rules of the policy that the password breaks for this user, in words; empty if it meets them all. */
    public static Optional<String> broken(PasswordPolicy policy, String password, User user) {
        List<PasswordPolicyRule> broken = policy.getRules().stream().filter(rule -> !rule.execute(password, user))
                .toList();
        return broken.isEmpty() ? Optional.empty() : Optional.of(inWords(broken.stream()));
    }

    /** What is in a password first, what is not in it last. */
    private static String inWords(Stream<PasswordPolicyRule> rules) {
        return rules.sorted(Comparator.comparing(rule -> rule.getPlaceholder().equals("PASSWORD_POLICY_USER_DATA")))
                .map(PasswordRule::describe).collect(Collectors.joining(", "));
    }

    private static String describe(PasswordPolicyRule rule) {
        Map<String, String> parameters = rule.getParameters() == null ? Map.of() : rule.getParameters();
        return switch (rule.getPlaceholder()) {
            case "PASSWORD_POLICY_LENGTH" -> "at least " + parameters.get("minLength") + " characters";
            case "PASSWORD_POLICY_LOWERCASE" -> "at least " + parameters.get("minLowerCase") + " lower-case letter";
            case "PASSWORD_POLICY_UPPERCASE" -> "at least " + parameters.get("minUpperCase") + " upper-case letter";
            case "PASSWORD_POLICY_DIGIT" -> "at least " + parameters.get("minDigit") + " digit";
            case "PASSWORD_POLICY_SPECIAL" -> "at least " + parameters.get("minSpecial") + " special character";
            case "PASSWORD_POLICY_USER_DATA" -> "no user id, first name, last name or e-mail of the user in it";
            default -> rule.getPlaceholder() + " " + parameters;
        };
    }
}
