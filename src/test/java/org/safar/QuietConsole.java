package org.safar;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The console of a test that makes Safar fail on purpose (a refused start, say), held for the test to
 * read instead of printed: an ERROR line in a green build then means something. What Spring Boot and
 * logback write goes through {@code System.out} and {@code System.err} at each line, so swapping those
 * streams catches it. Should the test fail, the held console is printed after all, for the reader.
 *
 * <pre>@ExtendWith(QuietConsole.class) ... void test(QuietConsole.Output output) { ... assertThat(output).contains(...) }</pre>
 */
public final class QuietConsole implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace HELD = ExtensionContext.Namespace.create(QuietConsole.class);

    /** Everything written to the console during the test so far. */
    public static final class Output implements CharSequence {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final PrintStream out;
        private final PrintStream err;

        private Output(PrintStream out, PrintStream err) {
            this.out = out;
            this.err = err;
        }

        @Override
        public String toString() {
            synchronized (bytes) {
                return bytes.toString(StandardCharsets.UTF_8);
            }
        }

        @Override
        public int length() {
            return toString().length();
        }

        @Override
        public char charAt(int index) {
            return toString().charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return toString().subSequence(start, end);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Output output = new Output(System.out, System.err);
        PrintStream held = new PrintStream(output.bytes, true, StandardCharsets.UTF_8) {
            @Override
            public void write(byte[] buffer, int offset, int length) {
                synchronized (output.bytes) {
                    super.write(buffer, offset, length);
                }
            }
        };
        System.setOut(held);
        System.setErr(held);
        context.getStore(HELD).put(Output.class, output);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Output output = context.getStore(HELD).remove(Output.class, Output.class);
        System.setOut(output.out);
        System.setErr(output.err);
        if (context.getExecutionException().isPresent()) {
            output.out.println("---- console of the failed test " + context.getDisplayName() + " ----");
            output.out.print(output);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Output.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(HELD).get(Output.class, Output.class);
    }
}
