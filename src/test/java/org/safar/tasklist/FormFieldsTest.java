package org.safar.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safar.SafarApplication;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.Handle;
import org.springframework.asm.Label;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.SpringAsmInfo;

/**
 * Every field a form takes has one name in the code and is read there, and the code reads no field a form
 * does not have, so that a field renamed on one side fails here by the form's and the field's name instead
 * of arriving as null.
 *
 * <p>A form's inputs are the fields {@link CamundaForm} takes (text views, tables, images, separators and
 * buttons take nothing), except those marked {@code readonly} or {@code disabled}, which only show. A name is
 * defined by a {@code static final String} of a {@code *Variables} or {@code *Forms} class, or by a
 * {@code static String name(int)} there for numbered fields ({@code practice1Title}). A task form's field is
 * read when its name is handed to {@link FormVariables#text}, {@link FormVariables#texts} or
 * {@link FormVariables#date} in a class that
 * names the form (its listener's {@code form()}); a start form's, which start the process as process
 * variables, when it is read with {@code getVariable}. The compiled classes are scanned, where a constant
 * shows as the string it stands for.
 */
class FormFieldsTest {

    /** Fields that nothing reads yet, each with why it is let through. */
    /** Fields no code reads yet, by form: none (a gap to close, never a rule, should one appear). */
    private static final Map<String, Set<String>> NOT_READ_YET = Map.of();

    private static final Pattern START_FORM = Pattern.compile("<bpmn:startEvent [^>]*camunda:formRef=\"([^\"]+)\"");
    private static final String FORM_VARIABLES = FormVariables.class.getName().replace('.', '/');
    private static final Set<String> FORM_READERS = Set.of("text", "texts", "date");
    private static final int NUMBERED_FIELDS = 9;

    private static Map<String, Set<String>> inputs;
    private static Set<String> startForms;
    /** Names defined, each with the classes that define it. */
    private static Map<String, Set<String>> defined;
    /** Numbered names ({@code practice1Title}) with the {@code Class.method} that makes them. */
    private static Map<String, String> numbered;
    private static Map<String, ClassReads> classes;

    @BeforeAll
    static void readFormsAndClasses() throws Exception {
        inputs = new TreeMap<>();
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            for (Path path : files.filter(p -> p.toString().endsWith(".form")).toList()) {
                CamundaForm form = CamundaForm.read(Files.readAllBytes(path));
                Set<String> keys = new TreeSet<>();
                form.fields().values().stream()
                        .filter(field -> !field.component().path("readonly").asBoolean(false)
                                && !field.component().path("disabled").asBoolean(false))
                        .forEach(field -> keys.add(field.key()));
                inputs.put(form.id(), keys);
            }
        }
        startForms = new TreeSet<>();
        try (Stream<Path> models = Files.list(Path.of("processes"))) {
            for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                Matcher start = START_FORM.matcher(Files.readString(model));
                while (start.find()) {
                    startForms.add(start.group(1));
                }
            }
        }
        Path root = Path.of(SafarApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Path> classFiles;
        try (Stream<Path> walk = Files.walk(root)) {
            classFiles = walk.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
        defined = new TreeMap<>();
        numbered = new TreeMap<>();
        Set<String> keyMethods = new HashSet<>();
        for (Path file : classFiles) {
            String name = root.relativize(file).toString().replace(".class", "").replace('/', '.')
                    .replace('\\', '.');
            String simple = name.substring(name.lastIndexOf('.') + 1);
            if (simple.endsWith("Variables") || simple.endsWith("Forms")) {
                define(Class.forName(name), keyMethods);
            }
        }
        classes = new TreeMap<>();
        for (Path file : classFiles) {
            try (InputStream in = Files.newInputStream(file)) {
                ClassReader reader = new ClassReader(in);
                String topLevel = reader.getClassName().replaceFirst("\\$.*", "").replace('/', '.');
                reader.accept(classes.computeIfAbsent(topLevel, name -> new ClassReads(name, keyMethods)), 0);
            }
        }
    }

    private static void define(Class<?> definer, Set<String> keyMethods) throws ReflectiveOperationException {
        for (Field field : definer.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == String.class) {
                field.setAccessible(true);
                defined.computeIfAbsent((String) field.get(null), name -> new TreeSet<>()).add(definer.getName());
            }
        }
        for (Method method : definer.getDeclaredMethods()) {
            if (Modifier.isStatic(method.getModifiers()) && method.getReturnType() == String.class
                    && List.of(method.getParameterTypes()).equals(List.of(int.class))) {
                method.setAccessible(true);
                String maker = definer.getName() + "." + method.getName();
                keyMethods.add(maker);
                for (int n = 1; n <= NUMBERED_FIELDS; n++) {
                    numbered.put((String) method.invoke(null, n), maker);
                }
            }
        }
    }

    @Test
    void everyFieldOfEveryFormHasItsConstantAndIsRead() {
        List<String> problems = new ArrayList<>();
        inputs.forEach((form, keys) -> {
            for (String key : keys) {
                if (!defined.containsKey(key) && !numbered.containsKey(key)) {
                    problems.add("Form " + form + ": the field " + key
                            + " has no constant in a *Variables or *Forms class");
                }
                boolean letThrough = NOT_READ_YET.getOrDefault(form, Set.of()).contains(key);
                if (read(form, key) && letThrough) {
                    problems.add("Form " + form + ": the field " + key + " is read now; take it off NOT_READ_YET");
                }
                if (!read(form, key) && !letThrough) {
                    problems.add("Form " + form + ": nothing reads the field " + key + (startForms.contains(form)
                            ? " (a start form's field is read as a process variable, with getVariable)"
                            : " (through FormVariables, in the class whose form() names " + form + ")"));
                }
            }
        });
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void whatTheCodeReadsFromAFormIsAFieldOfThatForm() {
        List<String> problems = new ArrayList<>();
        for (ClassReads reads : classes.values()) {
            Set<String> forms = new TreeSet<>(reads.strings);
            forms.retainAll(inputs.keySet());
            if (!reads.fromForm.isEmpty() && forms.isEmpty()) {
                problems.add(reads.name + " reads " + reads.fromForm + " through FormVariables but names no form");
            }
            for (String form : forms) {
                for (String key : reads.fromForm) {
                    String field = key.contains(".") ? numberedIn(key, form) : key;
                    if (!inputs.get(form).contains(field)) {
                        problems.add("Form " + form + " has no field " + field + ", which " + reads.name + " reads");
                    }
                }
            }
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void theNamesFoundAreTheOnesTheFormsUse() {
        assertThat(defined).containsKeys("memberId", "delegation", "clearance", "title", "hostInformedNote");
        assertThat(numbered).containsEntry("practice2Title", "org.safar.debriefing.DebriefingVariables.practiceTitle");
        assertThat(classes.get("org.safar.vetting.internal.ClearMemberTask").fromForm)
                .containsExactlyInAnyOrder("clearance", "clearanceNote");
        assertThat(classes.get("org.safar.embassy.internal.LateEmbassyTask").strings)
                .contains("followUpWithEmbassy", "interveneWithEmbassy");
        assertThat(classes.get("org.safar.delegation.internal.OpenDelegationDelegate").fromProcess).contains("title");
        assertThat(startForms).contains("openDelegation", "requestDelegationChange");
    }

    /** The first of a method's numbered names that the form has, or its first if it has none. */
    private static String numberedIn(String maker, String form) {
        return numbered.entrySet().stream().filter(made -> made.getValue().equals(maker)).map(Map.Entry::getKey)
                .sorted().filter(inputs.get(form)::contains).findFirst()
                .orElse(maker + "(1)");
    }

    private static boolean read(String form, String key) {
        String maker = numbered.get(key);
        if (startForms.contains(form)) {
            return classes.values().stream().anyMatch(reads -> reads.fromProcess.contains(key));
        }
        return classes.values().stream().filter(reads -> reads.strings.contains(form))
                .anyMatch(reads -> reads.fromForm.contains(key) || maker != null && reads.fromForm.contains(maker));
    }

    /**
     * What a class (with its nested classes) reads: the names it hands to {@link FormVariables} and to
     * {@code getVariable}, as a string constant or made by a numbered-name method just before the call, and
     * every string it holds (among them the ids of the forms it serves).
     */
    private static final class ClassReads extends ClassVisitor {

        final String name;
        final Set<String> keyMethods;
        final Set<String> strings = new TreeSet<>();
        final Set<String> fromForm = new TreeSet<>();
        final Set<String> fromProcess = new TreeSet<>();

        ClassReads(String name, Set<String> keyMethods) {
            super(SpringAsmInfo.ASM_VERSION);
            this.name = name;
            this.keyMethods = keyMethods;
        }

        @Override
        public MethodVisitor visitMethod(int access, String method, String descriptor, String signature,
                String[] exceptions) {
            return new MethodVisitor(SpringAsmInfo.ASM_VERSION) {

                /** The name the instruction before put on the stack, if it put one. */
                private String last;

                @Override
                public void visitLdcInsn(Object value) {
                    last = value instanceof String text ? text : null;
                    if (last != null) {
                        strings.add(last);
                    }
                }

                @Override
                public void visitMethodInsn(int opcode, String owner, String called, String calledDescriptor,
                        boolean isInterface) {
                    String maker = owner.replace('/', '.') + "." + called;
                    if (last != null && owner.equals(FORM_VARIABLES) && FORM_READERS.contains(called)) {
                        fromForm.add(last);
                    } else if (last != null && called.startsWith("getVariable")) {
                        fromProcess.add(last);
                    }
                    last = keyMethods.contains(maker) ? maker : null;
                }

                @Override
                public void visitInsn(int opcode) {
                    last = null;
                }

                @Override
                public void visitIntInsn(int opcode, int operand) {
                    last = null;
                }

                @Override
                public void visitVarInsn(int opcode, int variable) {
                    last = null;
                }

                @Override
                public void visitTypeInsn(int opcode, String type) {
                    last = null;
                }

                @Override
                public void visitFieldInsn(int opcode, String owner, String field, String fieldDescriptor) {
                    last = null;
                }

                @Override
                public void visitInvokeDynamicInsn(String called, String calledDescriptor, Handle bootstrap,
                        Object... arguments) {
                    last = null;
                }

                @Override
                public void visitJumpInsn(int opcode, Label label) {
                    last = null;
                }

                @Override
                public void visitIincInsn(int variable, int increment) {
                    last = null;
                }
            };
        }
    }
}
