package org.safar.imports;

import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.safar.web.ApiMessages;
import org.safar.web.BeanViolations;
import org.safar.web.InvalidRequestException;
import org.safar.web.NotFoundException;
import org.safar.web.Rule;
import org.safar.web.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a file all or nothing. Every row is read into the API's request record, checked by its Bean
 * Validation and stored by the API's service, in one transaction, so each row meets exactly the API's
 * rules, and the database's own checks see the rows stored before it. If any row is refused, or on a dry
 * run, the transaction is rolled back: nothing of the file stays, and the answer lists every refused row.
 */
@Service
class Imports {

    private final Map<String, Importer<?>> importers;
    private final Tables tables;
    private final Validator validator;
    private final TransactionTemplate transaction;
    private final EntityManager entities;

    Imports(List<Importer<?>> importers, Tables tables, Validator validator, PlatformTransactionManager transactions,
            EntityManager entities) {
        this.importers = importers.stream().collect(Collectors.toMap(Importer::kind, Function.identity()));
        this.tables = tables;
        this.validator = validator;
        this.transaction = new TransactionTemplate(transactions);
        this.entities = entities;
    }

    /** Who asks before what they send: the file is read only for a caller who may import its kind. */
    ImportSummary run(String kind, boolean dryRun, FileSource file) {
        Importer<?> importer = importers.get(kind);
        if (importer == null) {
            throw new NotFoundException("importKind", kind);
        }
        importer.checkCaller();
        return run(importer, tables.read(file.read()), dryRun);
    }

    private <R extends Record> ImportSummary run(Importer<R> importer, Table table, boolean dryRun) {
        Columns columns = Columns.of(table.header(), importer.requestType(), validator);
        Outcome outcome = transaction.execute(status -> {
            Outcome stored = storeAll(importer, columns, table);
            if (dryRun || !stored.refused.isEmpty()) {
                status.setRollbackOnly();
            }
            return stored;
        });
        if (!outcome.refused.isEmpty()) {
            throw new RowsRefusedException(table.rows().size(), outcome.refused);
        }
        return new ImportSummary(importer.kind(), dryRun, table.rows().size(), dryRun ? 0 : outcome.ids.size(),
                dryRun ? List.of() : outcome.ids, outcome.notes);
    }

    private <R extends Record> Outcome storeAll(Importer<R> importer, Columns columns, Table table) {
        Outcome outcome = new Outcome();
        Map<String, Map<Object, Integer>> firstRowOf = new HashMap<>();
        for (Table.Row row : table.rows()) {
            List<Violation> broken = new ArrayList<>();
            int beyond = columns.firstCellBeyond(row);
            if (beyond >= 0) {
                broken.add(new Violation("#" + (beyond + 1), Rule.UNKNOWN_FIELD,
                        ApiMessages.text("import.beyondColumns")));
            }
            RowReader.Reading<R> reading = RowReader.read(importer.requestType(), columns, row);
            broken.addAll(reading.unreadable());
            broken.addAll(beanViolations(reading.request(), reading.unreadable()));
            if (broken.isEmpty()) {
                broken.addAll(store(importer, reading.request(), row.number(), firstRowOf, outcome));
            }
            broken.forEach(v -> outcome.refused.add(new RowViolation(row.number(), columns.columnOf(v.field()),
                    v.field(), v.rule(), v.message())));
            // Each row's records are written and let go: kept, they would all be checked again at every
            // query's automatic flush, and a file of thousands of rows would take minutes.
            entities.flush();
            entities.clear();
        }
        return outcome;
    }

    /**
     * A value that an earlier row of the file holds is refused naming that row; the service's own
     * refusal of the same value (the earlier row is stored by now) would only say it again.
     */
    private <R extends Record> List<Violation> store(Importer<R> importer, R request, int row,
            Map<String, Map<Object, Integer>> firstRowOf, Outcome outcome) {
        List<Violation> broken = new ArrayList<>();
        importer.uniqueValues(request).forEach((field, value) -> {
            if (value != null) {
                Integer earlier = firstRowOf.computeIfAbsent(field, f -> new HashMap<>()).putIfAbsent(value, row);
                if (earlier != null) {
                    broken.add(new Violation(field, Rule.UNIQUE, ApiMessages.text("import.sameAsRow", String.valueOf(earlier))));
                }
            }
        });
        try {
            outcome.ids.add(importer.store(request));
            outcome.notes.addAll(importer.notes(row, request));
        } catch (InvalidRequestException refused) {
            refused.violations().stream()
                    .filter(v -> broken.stream().noneMatch(b -> b.field().equals(v.field())
                            && Rule.UNIQUE.equals(v.rule())))
                    .forEach(broken::add);
        }
        return broken;
    }

    /** The request's Bean Validation, less what is said already of a cell that could not be read. */
    private List<Violation> beanViolations(Object request, List<Violation> unreadable) {
        try {
            BeanViolations.validate(validator, request);
            return List.of();
        } catch (InvalidRequestException invalid) {
            return invalid.violations().stream()
                    .filter(v -> unreadable.stream().noneMatch(u -> v.field().equals(u.field())
                            || v.field().startsWith(u.field() + ".") || v.field().startsWith(u.field() + "[")))
                    .toList();
        }
    }

    /** Reads the file's bytes when asked: after the caller was found allowed. */
    @FunctionalInterface
    interface FileSource {
        Upload read();
    }

    private static final class Outcome {
        final List<Long> ids = new ArrayList<>();
        final List<RowNote> notes = new ArrayList<>();
        final List<RowViolation> refused = new ArrayList<>();
    }
}
