package org.safar.engine;

import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;

/**
 * Camunda's internal: {@link DefaultPasswordPolicyImpl}, the policy the engine builds for itself when
 * {@code enable-password-policy} is on and no other is configured. Safar checks the administrator's
 * password against it before the engine exists (org.safar.operations.StartSettings), so that a start in
 * production is refused with the reason rather than failing in the starter. If an upgrade renames the
 * class or changes its rules, that check and the engine's would differ; UpgradeContractTest compares
 * the two.
 */
public final class CamundaDefaultPasswordPolicy {

    /** The rules the engine applies in production, as the engine itself builds them. */
    public static final PasswordPolicy POLICY = new DefaultPasswordPolicyImpl();

    private CamundaDefaultPasswordPolicy() {
    }
}
