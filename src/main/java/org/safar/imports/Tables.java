package org.safar.imports;

import java.util.Locale;
import java.util.Set;
import org.safar.web.ApiMessages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Reads an uploaded file as CSV or as an Excel workbook, told apart by what the file holds, not only by
 * its name: a workbook is a zip archive, a CSV file is UTF-8 text. Anything else is refused with what
 * to send instead, before a row is read.
 */
@Component
class Tables {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final Set<String> EXTENSIONS = Set.of("csv", "txt", "xlsx");
    /** Browsers send a CSV file under several types: Windows with Excel installed as Excel's. */
    private static final Set<String> TYPES = Set.of("text/csv", "text/plain", "application/csv", "text/x-csv",
            "application/vnd.ms-excel", "application/octet-stream", XLSX);
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private final TableLimits limits;

    Tables(@Value("${safar.imports.max-rows}") int maxRows) {
        this.limits = new TableLimits(maxRows, 64);
    }

    Table read(Upload upload) {
        byte[] bytes = upload.bytes();
        if (startsWith(bytes, OLE2)) {
            throw new FileRefusedException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ApiMessages.text("import.file.xls"));
        }
        if (!declaredReadable(upload) || (containsNul(bytes) && !startsWith(bytes, ZIP))) {
            throw notReadable(upload);
        }
        if (startsWith(bytes, ZIP)) {
            return XlsxTables.read(bytes, limits);
        }
        if (XLSX.equals(baseType(upload.contentType())) || upload.name() != null
                && upload.name().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw notReadable(upload);
        }
        return CsvTables.read(bytes, limits);
    }

    private static boolean declaredReadable(Upload upload) {
        String type = baseType(upload.contentType());
        boolean typeKnown = type == null || TYPES.contains(type) || type.startsWith("text/");
        String name = upload.name();
        int dot = name == null ? -1 : name.lastIndexOf('.');
        boolean nameKnown = dot < 0 || EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        return typeKnown && nameKnown;
    }

    private static FileRefusedException notReadable(Upload upload) {
        return new FileRefusedException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                ApiMessages.text("import.file.type", upload.description()));
    }

    private static String baseType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Text has no NUL byte; images, PDFs and other binaries nearly always do. */
    private static boolean containsNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }
}
