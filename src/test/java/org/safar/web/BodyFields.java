package org.safar.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The places a caller fills in a request body, read from the request record by reflection, nested
 * records in lists included: a field added to a record is in the corpus without a line written for it.
 */
final class BodyFields {

    /** What kind of JSON value a place takes. */
    enum Kind {
        TEXT, WHOLE_NUMBER, DECIMAL, FLAG, CHOICE, DATE, LIST, OBJECT;

        static Kind of(Class<?> type) {
            if (type == String.class) {
                return TEXT;
            }
            if (type == Long.class || type == long.class || type == Integer.class || type == int.class
                    || type == Short.class || type == short.class) {
                return WHOLE_NUMBER;
            }
            if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
                return DECIMAL;
            }
            if (type == Boolean.class || type == boolean.class) {
                return FLAG;
            }
            if (type.isEnum()) {
                return CHOICE;
            }
            if (Temporal.class.isAssignableFrom(type)) {
                return DATE;
            }
            if (Collection.class.isAssignableFrom(type)) {
                return LIST;
            }
            if (type.isRecord()) {
                return OBJECT;
            }
            throw new IllegalArgumentException("The corpus does not know how to fill a " + type.getSimpleName()
                    + "; teach BodyFields.Kind and BadValues this kind of value");
        }
    }

    /**
     * One place: its name as a violation names it ({@code trips[0].purpose}), its path from the body's
     * root, its Java type and kind, and whether the rules take a value there. An id that refers to a row
     * (a Long without bounds) is answered 404 when it names nothing, so it is a {@code reference}.
     */
    record BodyField(String name, List<Object> path, Kind kind, Class<?> type, List<Annotation> rules,
            Predicate<JsonNode> takes) {

        boolean reference() {
            return kind == Kind.WHOLE_NUMBER && rules.stream().noneMatch(FieldRules::isBound);
        }

        /** A member of an object, which can be left out, given twice or misspelt; not a list's element. */
        boolean member() {
            return path.get(path.size() - 1) instanceof String;
        }

        String key() {
            return (String) path.get(path.size() - 1);
        }

        List<Object> parentPath() {
            return path.subList(0, path.size() - 1);
        }
    }

    private BodyFields() {
    }

    /**
     * The fields of a request record and everything nested in them. {@code byService} adds the rules a
     * service checks itself for fields whose record carries no annotations, by the field's name.
     */
    static List<BodyField> of(Class<?> record, Map<String, Predicate<JsonNode>> byService) {
        List<BodyField> fields = new ArrayList<>();
        collect(record, List.of(), "", byService, fields);
        return fields;
    }

    private static void collect(Class<?> record, List<Object> at, String prefix,
            Map<String, Predicate<JsonNode>> byService, List<BodyField> into) {
        for (RecordComponent component : record.getRecordComponents()) {
            List<Object> path = append(at, component.getName());
            String name = prefix + component.getName();
            List<Annotation> rules = annotations(component, record);
            AnnotatedType type = component.getAnnotatedType();
            Predicate<JsonNode> takes = takes(type, rules);
            Predicate<JsonNode> alsoByService = byService.get(name);
            into.add(new BodyField(name, path, Kind.of(component.getType()), component.getType(), rules,
                    alsoByService == null ? takes : takes.and(alsoByService)));
            if (type instanceof AnnotatedParameterizedType list) {
                AnnotatedType element = list.getAnnotatedActualTypeArguments()[0];
                List<Object> first = append(path, 0);
                List<Annotation> elementRules = List.of(element.getAnnotations());
                into.add(new BodyField(name + "[0]", first, Kind.of(classOf(element)), classOf(element), elementRules,
                        takes(element, elementRules)));
                if (classOf(element).isRecord()) {
                    collect(classOf(element), first, name + "[0].", byService, into);
                }
            }
        }
    }

    /** Whether the rules take a value at a place of this type, lists and nested records checked all the way down. */
    private static Predicate<JsonNode> takes(AnnotatedType type, List<Annotation> rules) {
        Class<?> javaType = classOf(type);
        Kind kind = Kind.of(javaType);
        Predicate<JsonNode> inside = null;
        if (kind == Kind.LIST && type instanceof AnnotatedParameterizedType list) {
            AnnotatedType element = list.getAnnotatedActualTypeArguments()[0];
            inside = takes(element, List.of(element.getAnnotations()));
        } else if (kind == Kind.OBJECT) {
            inside = objectTakes(javaType);
        }
        return FieldRules.takes(kind, javaType, rules, inside);
    }

    private static Predicate<JsonNode> objectTakes(Class<?> record) {
        Map<String, Predicate<JsonNode>> members = new LinkedHashMap<>();
        for (RecordComponent component : record.getRecordComponents()) {
            members.put(component.getName(), takes(component.getAnnotatedType(), annotations(component, record)));
        }
        return node -> {
            for (var names = node.fieldNames(); names.hasNext(); ) {
                if (!members.containsKey(names.next())) {
                    return false;
                }
            }
            return members.entrySet().stream().allMatch(member -> member.getValue()
                    .test(node.has(member.getKey()) ? node.get(member.getKey()) : NullNode.getInstance()));
        };
    }

    /**
     * Constraints sit on the record's field and accessor (their targets have no record component) and,
     * on a list, on the element's type.
     */
    private static List<Annotation> annotations(RecordComponent component, Class<?> record) {
        Map<Class<?>, Annotation> found = new LinkedHashMap<>();
        List<AnnotatedElement> places = new ArrayList<>(List.of(component.getAccessor()));
        try {
            places.add(record.getDeclaredField(component.getName()));
        } catch (NoSuchFieldException impossible) {
            throw new IllegalStateException(impossible);
        }
        places.add(component.getAnnotatedType());
        for (AnnotatedElement place : places) {
            for (Annotation annotation : place.getAnnotations()) {
                found.putIfAbsent(annotation.annotationType(), annotation);
            }
        }
        return List.copyOf(found.values());
    }

    private static Class<?> classOf(AnnotatedType type) {
        if (type.getType() instanceof Class<?> plain) {
            return plain;
        }
        if (type.getType() instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw) {
            return raw;
        }
        throw new IllegalArgumentException(type + " is no type the corpus knows");
    }

    private static List<Object> append(List<Object> path, Object step) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(step);
        return List.copyOf(longer);
    }
}
