package org.safar.engine;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * One internal of Camunda that a piece of {@code org.safar.engine} relies on, and a check that it is
 * still there as the piece uses it: a field it reads by reflection, a method it overrides or calls, a
 * constructor, the methods of an interface it implements, or what the running engine holds.
 *
 * @param check what is wrong with it in this Camunda, or null when nothing is
 */
record EngineInternal(String description, Callable<String> check) {

    /** What is wrong, or null. A missing class, field or method is a problem of its own. */
    String problem() {
        try {
            return check.call();
        } catch (NoSuchFieldException | NoSuchMethodException e) {
            return "it is gone (" + e.getMessage() + ")";
        } catch (Exception | LinkageError e) {
            return "checking it failed: " + e;
        }
    }

    /** A field read by reflection ({@link EngineFields}) or inherited by a subclass: declared on that class, of that type. */
    static EngineInternal field(Class<?> owner, String name, Class<?> type) {
        return new EngineInternal("the field " + owner.getName() + "." + name + " of type " + type.getName(), () -> {
            Field field = owner.getDeclaredField(name);
            if (field.getType() != type) {
                return "its type is now " + field.getType().getName();
            }
            return Modifier.isStatic(field.getModifiers()) ? "it is static now" : null;
        });
    }

    /** A method overridden or called: on the class or a superclass, not private, returning that type (null: any). */
    static EngineInternal method(Class<?> owner, Class<?> returns, String name, Class<?>... parameters) {
        return new EngineInternal("the method " + owner.getName() + "#" + name + signature(parameters)
                + (returns == null ? "" : " returning " + returns.getName()), () -> {
                    Method method = find(owner, name, parameters);
                    if (Modifier.isPrivate(method.getModifiers())) {
                        return "it is private now";
                    }
                    if (returns != null && !returns.isAssignableFrom(method.getReturnType())) {
                        return "it returns " + method.getReturnType().getName() + " now";
                    }
                    return null;
                });
    }

    static EngineInternal constructor(Class<?> owner, Class<?>... parameters) {
        return new EngineInternal("the constructor " + owner.getName() + signature(parameters), () -> {
            Constructor<?> constructor = owner.getDeclaredConstructor(parameters);
            return Modifier.isPrivate(constructor.getModifiers()) ? "it is private now" : null;
        });
    }

    /** An interface Safar implements: exactly these abstract methods, so that a new one does not go unimplemented. */
    static EngineInternal abstractMethods(Class<?> type, String... names) {
        Set<String> expected = new TreeSet<>(Arrays.asList(names));
        return new EngineInternal("the abstract methods " + expected + " of " + type.getName(), () -> {
            Set<String> found = Arrays.stream(type.getMethods()).filter(m -> Modifier.isAbstract(m.getModifiers()))
                    .map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
            return found.equals(expected) ? null : "they are now " + found;
        });
    }

    /** What the running engine holds, e.g. that the engine kept the plugin's replacement of one of its parts. */
    static EngineInternal holds(String description, Callable<Boolean> holds) {
        return new EngineInternal(description, () -> holds.call() ? null : "it no longer does");
    }

    @Override
    public String toString() {
        return description;
    }

    private static Method find(Class<?> owner, String name, Class<?>... parameters) throws NoSuchMethodException {
        for (Class<?> type = owner; type != null; type = type.getSuperclass()) {
            try {
                return type.getDeclaredMethod(name, parameters);
            } catch (NoSuchMethodException notHere) {
                // a superclass may declare it
            }
        }
        return owner.getMethod(name, parameters);
    }

    private static String signature(Class<?>... parameters) {
        return Arrays.stream(parameters).map(Class::getSimpleName).collect(Collectors.joining(", ", "(", ")"));
    }
}
