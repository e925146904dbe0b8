package org.safar;

import org.springframework.boot.ExitCodeGenerator;

/**
 * Safar refusing to start because of how it is set up, never because of a fault: what is wrong, in
 * one line, and what to set instead. {@link StartRefusedAnalyzer} makes these the whole report of the
 * failed start, and the JVM ends with {@link #EXIT_CODE}, so that a service manager or Docker can
 * tell a refusal, which a restart will not cure, from a crash.
 */
public final class StartRefused extends RuntimeException implements ExitCodeGenerator {

    /** EX_CONFIG of sysexits.h: a configuration error. */
    public static final int EXIT_CODE = 78;

    private final String action;

    private StartRefused(String description, String action) {
        super(description);
        this.action = action;
    }

    /** A setting without which Safar cannot start in any profile, such as its database. */
    public static StartRefused because(String why, String action) {
        return new StartRefused("Safar will not start: " + why, action);
    }

    /** A setting that the prod profile asks for, or one it does not allow. */
    public static StartRefused inProduction(String why, String action) {
        return new StartRefused("Safar will not start in production: " + why, action);
    }

    /** What the operator sets or changes to get past the refusal. */
    public String action() {
        return action;
    }

    @Override
    public int getExitCode() {
        return EXIT_CODE;
    }
}
