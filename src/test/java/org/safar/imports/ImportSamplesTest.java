package org.safar.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The workbook sample in docs/import is made here, with real date, number and yes/no cells, and stays
 * what this test says: {@code ./mvnw -o test -Dtest=ImportSamplesTest -Dsafar.import.write-samples=true}
 * writes it again. That the samples import cleanly is the API tests' job.
 */
class ImportSamplesTest {

    static final List<List<Object>> STAFF_WORKBOOK = List.of(
            List.of("fullName", "position", "grade", "organisation", "region", "passportNumber", "passportExpiry",
                    "serviceStartDate", "personnelReserve", "username", "languages", "trips"),
            List.of("Ulugbek Saidov", "Deputy head, e-government department", "SENIOR",
                    "Ministry of Digital Technologies", "Tashkent", "AC3456781", LocalDate.of(2033, 6, 30),
                    LocalDate.of(2007, 3, 12), true, "usaidov", "en:B2;ru:C2",
                    "KR:2024-11-04:2024-11-15:KOICA seminar on digital government"),
            List.of("Madina Khodjaeva", "Senior specialist, citizen services", "MIDDLE",
                    "Samarkand regional administration", "Samarkand", "AC3456782", LocalDate.of(2031, 2, 28),
                    LocalDate.of(2017, 9, 4), false, "mkhodjaeva", "en:B1;de:A2", ""),
            List.of("Otabek Nurmatov", "Specialist, HR records", "JUNIOR", "Agency for the Development of Public Service",
                    "Tashkent", "AC3456783", LocalDate.of(2034, 10, 15), LocalDate.of(2022, 1, 17), false, "",
                    "en:C1;ru:C1", ""));

    @Test
    void theStaffWorkbookHoldsTheRowsThisTestMakes() throws IOException {
        byte[] made = Workbooks.of(STAFF_WORKBOOK);
        if (Boolean.getBoolean("safar.import.write-samples")) {
            Files.write(ImportClient.SAMPLES.resolve("staff.xlsx"), made);
        }
        TableLimits limits = new TableLimits(100, 64);
        Table committed = XlsxTables.read(ImportClient.sample("staff.xlsx"), limits);

        assertThat(committed).isEqualTo(XlsxTables.read(made, limits));
        assertThat(committed.rows().get(0).cells()).contains("2033-06-30", "2007-03-12", "TRUE");
    }

    @Test
    void aWorkbookShowsItsDatesAndSumsTheLocalWayAndIsReadAsWritten() {
        byte[] workbook = Workbooks.of(List.of(List.of("allocation", "year", "from"),
                List.of(new java.math.BigDecimal("60000.50"), 2030, LocalDate.of(2030, 1, 31))));

        Table table = XlsxTables.read(workbook, new TableLimits(100, 64));

        assertThat(table.rows().get(0).cells()).containsExactly("60000.5", "2030", "2030-01-31");
    }
}
