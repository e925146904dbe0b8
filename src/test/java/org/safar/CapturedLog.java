package org.safar;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.LoggerFactory;

/**
 * What the named loggers write while a test provokes a failure on purpose, kept off the console and
 * held for the test to assert: a green build then prints no stack trace that a reader would have to
 * tell from a real one. Closing it gives the loggers back their console.
 *
 * <pre>try (CapturedLog log = CapturedLog.of(CapturedLog.ENGINE_COMMANDS)) { ...; assertThat(log.errors())... }</pre>
 *
 * A Spring context that starts inside the block sets logging up anew and ends the capture, so capture
 * around the provoking call, not around a context's start (there, set the level by property).
 */
public final class CapturedLog implements AutoCloseable {

    /** Where the engine logs an exception that leaves a command (ENGINE-16004) and a failed job. */
    public static final String ENGINE_COMMANDS = "org.camunda.bpm.engine.context";
    public static final String JOB_EXECUTOR = "org.camunda.bpm.engine.jobexecutor";

    private final List<Logger> loggers = new ArrayList<>();
    private final List<Boolean> additivity = new ArrayList<>();
    private final List<Level> levels = new ArrayList<>();
    private final Holding appender = new Holding();

    private CapturedLog(Level level, String... names) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        appender.setContext(context);
        appender.start();
        for (String name : names) {
            Logger logger = context.getLogger(name);
            loggers.add(logger);
            additivity.add(logger.isAdditive());
            levels.add(logger.getLevel());
            if (level != null) {
                logger.setLevel(level);
            }
            logger.setAdditive(false);
            logger.addAppender(appender);
        }
    }

    public static CapturedLog of(String... loggers) {
        return new CapturedLog(null, loggers);
    }

    /** Captures from the given level on, e.g. DEBUG to see what the engine logs of a refusal. */
    public static CapturedLog of(Level level, String... loggers) {
        return new CapturedLog(level, loggers);
    }

    /** Everything captured so far, in order. */
    public List<ILoggingEvent> events() {
        return List.copyOf(appender.list);
    }

    /** The captured events at ERROR, as "message: the exception's message" for readable assertions. */
    public List<String> errors() {
        return events().stream().filter(event -> event.getLevel() == Level.ERROR).map(CapturedLog::describe).toList();
    }

    private static String describe(ILoggingEvent event) {
        var thrown = event.getThrowableProxy();
        while (thrown != null && thrown.getCause() != null) {
            thrown = thrown.getCause();
        }
        return event.getFormattedMessage() + (thrown == null ? "" : ": " + thrown.getMessage());
    }

    /** Keeps each event with its MDC and arguments as they were when it was logged. */
    private static final class Holding extends AppenderBase<ILoggingEvent> {

        private final List<ILoggingEvent> list = new CopyOnWriteArrayList<>();

        @Override
        protected void append(ILoggingEvent event) {
            event.prepareForDeferredProcessing();
            list.add(event);
        }
    }

    @Override
    public void close() {
        for (int i = 0; i < loggers.size(); i++) {
            loggers.get(i).detachAppender(appender);
            loggers.get(i).setAdditive(additivity.get(i));
            loggers.get(i).setLevel(levels.get(i));
        }
        appender.stop();
    }
}
