package org.safar.engine;

// Camunda's internals: the private fields of command classes that the guards read by reflection. A field an
// upgrade moves fails the engine's start, naming the guard; UpgradeContractTest names it before that.

import java.lang.reflect.Field;
import java.util.Objects;

/**
 * The fields of Camunda's command classes that Safar's guards read: what a command acts on that it does
 * not expose (the task a claim is for, the query a filter runs with). Internal to Camunda 7; a field an
 * upgrade moves fails the engine's start, naming the guard that must be adapted.
 */
final class EngineFields {

    private EngineFields() {
    }

    /** @param guard what reads the field, for the message, e.g. "the task query guard" */
    static Field field(Class<?> type, String name, String guard) {
        try {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("This Camunda version has no " + type.getSimpleName() + "." + name
                    + "; " + guard + " must be adapted to it", e);
        }
    }

    static Object read(Field field, Object command) {
        try {
            return field.get(Objects.requireNonNull(command));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
