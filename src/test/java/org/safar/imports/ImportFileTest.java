package org.safar.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safar.imports.StaffImportApiTest.rows;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safar.SafarApi;
import org.safar.staff.StaffRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;

/** Files that are not rows to check: the wrong type, too large, unreadable, a header that does not fit. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"safar.imports.max-bytes=64KB", "safar.imports.max-rows=20"})
@ActiveProfiles("test")
class ImportFileTest {

    private static final String HEADER = "fullName,position,grade,organisation,region,passportNumber,passportExpiry,"
            + "serviceStartDate,personnelReserve,username,languages,trips\n";
    private static final String ROW =
            "Sanjar Ergashev,Specialist,JUNIOR,Ministry of Justice,Tashkent,AE4000001,2033-01-01,2020-01-01,false,,en:B1,\n";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    StaffRepository staff;

    @BeforeEach
    void english() {
        new SafarApi(rest).exchange("aziza", HttpMethod.PUT, "/api/me/language", "{\"language\": \"en\"}");
    }

    @Test
    void aFileOfAnotherTypeIsRefusedSayingWhatToSend() {
        assertUnreadable(imports().upload("aziza", "staff", "report.pdf", "%PDF-1.7\n".getBytes(), false),
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Send a CSV file (UTF-8 text) or an Excel workbook (.xlsx); report.pdf is neither");
        assertUnreadable(imports().body("aziza", "staff", "application/json", "{}".getBytes(), false),
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Send a CSV file (UTF-8 text) or an Excel workbook (.xlsx); application/json is neither");
        assertUnreadable(imports().upload("aziza", "staff", "staff.csv", new byte[] {1, 0, 2, 0, 3}, false),
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Send a CSV file (UTF-8 text) or an Excel workbook (.xlsx); staff.csv is neither");
        assertUnreadable(imports().upload("aziza", "staff", "staff.xls",
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, false),
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Old Excel workbooks (.xls) are not read: save it as an Excel workbook (.xlsx) or as CSV UTF-8");
        assertUnreadable(imports().upload("aziza", "staff", "staff.xlsx", (HEADER + ROW).getBytes(), false),
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Send a CSV file (UTF-8 text) or an Excel workbook (.xlsx); staff.xlsx is neither");
        assertUnreadable(imports().upload("aziza", "staff", "staff.xlsx", zipOf("word/document.xml", "<w/>"), false),
                HttpStatus.BAD_REQUEST, "The workbook cannot be read: open it in Excel, save it again as an Excel "
                        + "workbook (.xlsx) and send that");
    }

    @Test
    void aFileAsTheBodyIsReadByItsContentType() {
        JsonNode csv = api().ok(imports().body("aziza", "staff", "text/csv; charset=utf-8",
                (HEADER + ROW).getBytes(StandardCharsets.UTF_8), true));
        assertThat(csv.get("rows").asInt()).isEqualTo(1);

        JsonNode workbook = api().ok(imports().body("aziza", "staff", Tables.XLSX,
                ImportClient.sample("staff.xlsx"), true));
        assertThat(workbook.get("rows").asInt()).isEqualTo(3);
    }

    @Test
    void csvAsExcelWritesItWithSemicolonsAndAByteOrderMarkIsRead() {
        String excel = "\uFEFF" + HEADER.replace(',', ';')
                + "Sanjar Ergashev;\"Head, regional office\";JUNIOR;Ministry of Justice;Tashkent;AE4000001;2033-01-01;"
                + "2020-01-01;FALSE;;\"en:B1;ru:C1\";\n";

        JsonNode checked = api().ok(imports().upload("aziza", "staff", "staff.csv", excel, true));

        assertThat(checked.get("rows").asInt()).isEqualTo(1);
    }

    @Test
    void textThatIsNotUtf8OrHasAnOpenQuoteIsRefused() {
        assertUnreadable(imports().upload("aziza", "staff", "staff.csv",
                (HEADER + ROW.replace("Sanjar", "Sanjar Gülnara")).getBytes(StandardCharsets.ISO_8859_1), false),
                HttpStatus.BAD_REQUEST,
                "The file is not UTF-8 text: save it as CSV UTF-8, or send the Excel workbook itself");
        assertUnreadable(imports().upload("aziza", "staff", "staff.csv", HEADER + ROW + "\"Open,quote\n" + ROW, false),
                HttpStatus.BAD_REQUEST, "The CSV file cannot be read at line 3: a quote there opens a value that does not close");
    }

    @Test
    void anEmptyFileAndAFileWithoutRowsSayWhatAFileHolds() {
        assertUnreadable(imports().upload("aziza", "staff", "staff.csv", "\n\n", false), HttpStatus.BAD_REQUEST,
                "The file is empty: its first row names the columns, and each row below it is one record");
        assertUnreadable(imports().upload("aziza", "staff", "staff.csv", HEADER, false), HttpStatus.BAD_REQUEST,
                "The file has a header row and nothing below it");
    }

    @Test
    void aHeaderThatDoesNotFitTheRequestIsRefusedOnce() {
        String header = "fullName,position,grade,GRADE,organisation,e-mail,passportNumber,passportExpiry,"
                + "serviceStartDate\n";

        JsonNode problem = api().read(imports().upload("aziza", "staff", "staff.csv",
                header + "A,B,JUNIOR,JUNIOR,C,a@b,,,2020-01-01\n", false));

        assertThat(problem.get("rows").asInt()).isZero();
        assertThat(rows(problem)).containsExactly(
                "1 e-mail e-mail unknownField is not a column of this file; its columns are fullName, grade, languages, "
                        + "organisation, passportExpiry, passportNumber, personnelReserve, position, region, "
                        + "serviceStartDate, trips, username",
                "1 GRADE grade duplicateKey names a column twice; name each column once",
                "1 region region required is needed in every row, and the file has no such column");
    }

    @Test
    void aValueRightOfTheLastNamedColumnRefusesItsRow() {
        JsonNode problem = api().read(imports().upload("aziza", "staff", "staff.csv",
                HEADER + ROW.replace(",\n", ",,forgotten\n"), false));

        assertThat(rows(problem)).containsExactly(
                "2 null #13 unknownField holds a value to the right of the last named column");
    }

    @Test
    void aFileIsBoundedInBytesRowsAndUnpackedSize() {
        long before = staff.count();
        String large = HEADER + ROW.repeat(700);
        assertUnreadable(imports().upload("aziza", "staff", "staff.csv", large, false), HttpStatus.PAYLOAD_TOO_LARGE,
                "A file may be at most 64 KB: send fewer rows at a time");
        assertUnreadable(imports().body("aziza", "staff", "text/csv", large.getBytes(), false),
                HttpStatus.PAYLOAD_TOO_LARGE, "A file may be at most 64 KB: send fewer rows at a time");
        assertUnreadable(imports().upload("aziza", "staff", "staff.csv", HEADER + ROW.repeat(21), false),
                HttpStatus.BAD_REQUEST, "A file may hold at most 20 rows below its header: send fewer rows at a time");
        // POI's zip-bomb check, under the words XlsxTables looks for: a sheet that unpacks to 1000 times its size.
        assertUnreadable(imports().upload("aziza", "staff", "staff.xlsx", inflated(ImportClient.sample("staff.xlsx")),
                false), HttpStatus.BAD_REQUEST,
                "The workbook unpacks to more than 64 MB: send fewer rows at a time, or the rows as CSV");
        assertThat(staff.count()).isEqualTo(before);
    }

    @Test
    void aFormWithoutTheFileAnUnknownKindAndABadFlagAreRefused() {
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("upload", new ByteArrayResource((HEADER + ROW).getBytes()) {
            @Override
            public String getFilename() {
                return "staff.csv";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("aziza", "aziza");
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        assertUnreadable(rest.exchange("/api/imports/staff", HttpMethod.POST, new HttpEntity<>(form, headers),
                String.class), HttpStatus.BAD_REQUEST, "Send the file as the part 'file' of a multipart form, or as "
                        + "the body with Content-Type text/csv or " + Tables.XLSX);

        ResponseEntity<String> unknown = imports().upload("aziza", "delegations", "staff.csv", HEADER + ROW, false);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api().read(unknown).get("detail").asText())
                .isEqualTo("There is no import of delegations; Safar imports staff, programmes and budget-lines");

        ResponseEntity<String> flag = rest.exchange("/api/imports/staff?dryRun=maybe", HttpMethod.POST,
                new HttpEntity<>((HEADER + ROW).getBytes(), textCsv()), String.class);
        assertThat(flag.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api().read(flag).get("violations").get(0).get("field").asText()).isEqualTo("dryRun");
    }

    @Test
    void thePageAndTheSamplesAreServedWithoutALogin() {
        ResponseEntity<String> page = rest.getForEntity("/import.html", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(page.getBody()).contains("Check only", "import.js", "import/staff.csv");
        for (String part : new String[] {"/import.js", "/import.css", "/webjars/camunda/assets/safar-logo.svg"}) {
            assertThat(rest.getForEntity(part, String.class).getStatusCode()).as(part).isEqualTo(HttpStatus.OK);
        }
        assertThat(rest.getForEntity("/import/staff.csv", byte[].class).getBody())
                .isEqualTo(ImportClient.sample("staff.csv"));
        assertThat(rest.getForEntity("/import/staff.xlsx", byte[].class).getBody())
                .isEqualTo(ImportClient.sample("staff.xlsx"));
    }

    private static HttpHeaders textCsv() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("aziza", "aziza");
        headers.set(HttpHeaders.CONTENT_TYPE, "text/csv");
        return headers;
    }

    private void assertUnreadable(ResponseEntity<String> response, HttpStatus status, String detail) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        JsonNode problem = api().read(response);
        assertThat(problem.get("title").asText()).isEqualTo("The file cannot be imported");
        assertThat(problem.get("detail").asText()).isEqualTo(detail);
    }

    /** The workbook with 40 MB of blanks in its sheet, which deflate to some 40 KB. */
    private static byte[] inflated(byte[] workbook) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().startsWith("xl/worksheets/")) {
                    String sheet = new String(content, StandardCharsets.UTF_8);
                    content = sheet.replace("<sheetData>", "<sheetData>" + " ".repeat(40 * 1024 * 1024))
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.write(content);
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] zipOf(String name, String content) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry(name));
            out.write(content.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private ImportClient imports() {
        return new ImportClient(rest);
    }

    private SafarApi api() {
        return new SafarApi(rest);
    }
}
