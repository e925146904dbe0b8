package org.safar.imports;

import jakarta.validation.Validator;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.safar.web.ApiMessages;
import org.safar.web.Rule;

/**
 * Which column of a file holds which field of the request record: a column is named after the field
 * (in any case: {@code fullName}, {@code FULLNAME}). A header that names something else, names a
 * field twice, leaves a column unnamed, or lacks a field every row needs is refused as a whole, since
 * every row would be refused for it.
 */
final class Columns {

    private static final Set<String> REQUIRING = Set.of("NotNull", "NotBlank", "NotEmpty");

    private final Map<String, Integer> columnOfField = new HashMap<>();
    private final Map<String, String> headerOfField = new HashMap<>();
    private final int width;

    private Columns(int width) {
        this.width = width;
    }

    /** The columns of a file for a request type, or the refusal of its header. */
    static Columns of(Table.Row header, Class<? extends Record> type, Validator validator) {
        Map<String, String> fields = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toMap(name -> name.toLowerCase(Locale.ROOT), name -> name));
        int width = header.cells().size();
        while (width > 0 && header.cell(width - 1) == null) {
            width--;
        }
        Columns columns = new Columns(width);
        List<RowViolation> refused = new ArrayList<>();
        for (int column = 0; column < width; column++) {
            String name = header.cell(column);
            String field = name == null ? null : fields.get(name.toLowerCase(Locale.ROOT));
            String label = name == null ? "#" + (column + 1) : name;
            if (name == null) {
                refused.add(new RowViolation(header.number(), label, label, Rule.REQUIRED,
                        ApiMessages.text("import.unnamedColumn")));
            } else if (field == null) {
                refused.add(new RowViolation(header.number(), name, name, Rule.UNKNOWN_FIELD,
                        ApiMessages.text("import.unknownColumn", String.join(", ", fields.values().stream()
                                .sorted().toList()))));
            } else if (columns.columnOfField.containsKey(field)) {
                refused.add(new RowViolation(header.number(), name, field, Rule.DUPLICATE_KEY,
                        ApiMessages.text("import.repeatedColumn")));
            } else {
                columns.columnOfField.put(field, column);
                columns.headerOfField.put(field, name);
            }
        }
        for (RecordComponent component : type.getRecordComponents()) {
            String field = component.getName();
            if (!columns.columnOfField.containsKey(field) && requiredInEveryRow(type, field, validator)) {
                refused.add(new RowViolation(header.number(), field, field, Rule.REQUIRED,
                        ApiMessages.text("import.missingColumn")));
            }
        }
        if (!refused.isEmpty()) {
            throw new RowsRefusedException(0, refused);
        }
        return columns;
    }

    private static boolean requiredInEveryRow(Class<?> type, String field, Validator validator) {
        PropertyDescriptor property = validator.getConstraintsForClass(type).getConstraintsForProperty(field);
        return property != null && property.getConstraintDescriptors().stream()
                .anyMatch(c -> REQUIRING.contains(c.getAnnotation().annotationType().getSimpleName()));
    }

    /** The cell of a field in a row; null when the file has no column for it or the cell is blank. */
    String cell(Table.Row row, String field) {
        Integer column = columnOfField.get(field);
        return column == null ? null : row.cell(column);
    }

    /** A value right of the last named column would be lost: the row is refused instead. */
    int firstCellBeyond(Table.Row row) {
        for (int column = width; column < row.cells().size(); column++) {
            if (row.cell(column) != null) {
                return column;
            }
        }
        return -1;
    }

    /** The column as the file names it that holds a violation's field ({@code languages[0].level}: languages). */
    String columnOf(String fieldPath) {
        String field = fieldPath.split("[.\\[]", 2)[0];
        return headerOfField.get(field);
    }
}
