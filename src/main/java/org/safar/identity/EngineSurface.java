package org.safar.identity;

/**
 * Marks the engine calls that Safar's own code makes on a user's behalf, so that the engine's
 * deny-by-default list (org.safar.engine.EngineSurfacePlugin) lets them pass: the domain API under
 * {@code /api} sets the caller on the engine (for the engine's authorizations and for
 * {@link CurrentUser}) and then opens, cancels and withdraws through Safar's services, which start
 * processes, correlate messages and read variables that no user may do directly.
 *
 * <p>Only code of Safar opens the scope, and only around a request whose handlers are Safar's own
 * controllers: what such a request can do is what those controllers and their rules allow. The scope
 * belongs to the thread and is closed when the request ends.
 */
public final class EngineSurface implements AutoCloseable {

    private static final ThreadLocal<Boolean> SAFARS_OWN = new ThreadLocal<>();

    private final boolean outer;

    private EngineSurface() {
        outer = SAFARS_OWN.get() == null;
        SAFARS_OWN.set(Boolean.TRUE);
    }

    /** Opens the scope for this thread until {@link #close()}. */
    static EngineSurface safarsOwn() {
        return new EngineSurface();
    }

    /** Whether this thread is in Safar's own scope: what the engine's list lets pass without a look. */
    public static boolean isSafarsOwn() {
        return SAFARS_OWN.get() != null;
    }

    @Override
    public void close() {
        if (outer) {
            SAFARS_OWN.remove();
        }
    }
}
