package org.safar.imports;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.safar.web.ApiMessages;
import org.springframework.http.HttpStatus;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an Excel workbook (.xlsx), read as a stream of rows: a node has a few hundred MB of
 * heap, and a workbook read whole into POI's object model takes many times its size. The workbook is
 * opened from a temporary file, so that POI unpacks only the part it reads; each part may unpack to
 * {@link #MAX_UNPACKED} bytes, and POI's zip-bomb check (a part may not unpack to more than 100 times
 * its packed size) stays on.
 */
final class XlsxTables {

    static final long MAX_UNPACKED = 64L * 1024 * 1024;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_UNPACKED);
    }

    private XlsxTables() {
    }

    static Table read(byte[] bytes, TableLimits limits) {
        Path file = null;
        try {
            file = Files.createTempFile("safar-import-", ".xlsx");
            Files.write(file, bytes);
            return read(file, limits);
        } catch (FileRefusedException refused) {
            throw refused;
        } catch (IOException | RuntimeException | OpenXML4JException | SAXException
                | ParserConfigurationException unreadable) {
            throw new FileRefusedException(HttpStatus.BAD_REQUEST,
                    ApiMessages.text(unpacksTooLarge(unreadable) ? "import.file.unpacked" : "import.file.xlsx",
                            String.valueOf(MAX_UNPACKED / (1024 * 1024))));
        } finally {
            deleteQuietly(file);
        }
    }

    private static Table read(Path file, TableLimits limits)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
        try {
            XSSFReader reader = new XSSFReader(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return limits.table(List.of());
            }
            Rows rows = new Rows(limits);
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                        new ReadOnlySharedStringsTable(workbook, false), rows, new AsWritten(), false));
                xml.parse(new InputSource(sheet));
            }
            return limits.table(rows.read);
        } finally {
            // Read only: close() would try to save it, and says so in the log.
            workbook.revert();
        }
    }

    /**
     * POI says that a part unpacks too large only in the words of an IOException (its zip-bomb and
     * entry-size checks); ImportFileTest fails by name if an upgrade changes them.
     */
    private static boolean unpacksTooLarge(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("Zip bomb") || message.contains("max entry size")
                    || message.contains("max text size")) {
                return true;
            }
        }
        return false;
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                file.toFile().deleteOnExit();
            }
        }
    }

    /** The rows of the sheet as POI streams them; a cell's place comes from its reference, since empty cells are left out. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final TableLimits limits;
        private final List<Table.Row> read = new ArrayList<>();
        private List<String> cells;

        Rows(TableLimits limits) {
            this.limits = limits;
        }

        @Override
        public void startRow(int rowIndex) {
            cells = new ArrayList<>();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            String text = Table.cellText(value);
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            if (text == null) {
                return;
            }
            limits.checkColumns(column + 1);
            while (cells.size() < column) {
                cells.add(null);
            }
            cells.add(text);
        }

        @Override
        public void endRow(int rowIndex) {
            Table.Row row = new Table.Row(rowIndex + 1, cells);
            if (!row.isBlank()) {
                read.add(row);
                limits.checkRows(read.size() - 1);
            }
        }
    }

    /**
     * A date cell as yyyy-mm-dd and a number as its value, whatever format the cell shows them in
     * (1,500.00, 31.01.2033): the rows read them as the API reads its JSON.
     */
    private static final class AsWritten extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString,
                boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
