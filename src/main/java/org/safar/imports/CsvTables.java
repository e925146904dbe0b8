package org.safar.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.safar.web.ApiMessages;
import org.springframework.http.HttpStatus;

/**
 * A CSV file as an HR system or Excel writes it: UTF-8 (with or without a byte-order mark), separated
 * by commas, or by semicolons or tabs as Excel does where the comma is the decimal sign; the header row
 * tells which. A quoted value may hold the separator and line breaks.
 */
final class CsvTables {

    private CsvTables() {
    }

    static Table read(byte[] bytes, TableLimits limits) {
        String text = utf8(bytes);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator(text)).setIgnoreEmptyLines(false).get();
        List<Table.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (hasNext(records, parser)) {
                CSVRecord record = records.next();
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(value -> cells.add(Table.cellText(value)));
                limits.checkColumns(cells.size());
                Table.Row row = new Table.Row((int) record.getRecordNumber(), cells);
                if (!row.isBlank()) {
                    rows.add(row);
                    limits.checkRows(rows.size() - 1);
                }
            }
        } catch (IOException closing) {
            throw new UncheckedIOException(closing);
        }
        return limits.table(rows);
    }

    /**
     * A record the parser cannot finish is named by the line it begins on: where a quote opened that never
     * closes, though the parser only notices at the end of the file.
     */
    private static boolean hasNext(Iterator<CSVRecord> records, CSVParser parser) {
        long startsOn = parser.getCurrentLineNumber() + 1;
        try {
            return records.hasNext();
        } catch (UncheckedIOException malformed) {
            throw new FileRefusedException(HttpStatus.BAD_REQUEST,
                    ApiMessages.text("import.file.csv", String.valueOf(startsOn)));
        }
    }

    private static String utf8(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            throw new FileRefusedException(HttpStatus.BAD_REQUEST, ApiMessages.text("import.file.encoding"));
        }
    }

    /** The separator the header row uses most: its names hold none of the three. */
    private static char separator(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long most = header.chars().filter(c -> c == ',').count();
        for (char candidate : new char[] {';', '\t'}) {
            long count = header.chars().filter(c -> c == candidate).count();
            if (count > most) {
                best = candidate;
                most = count;
            }
        }
        return best;
    }
}
