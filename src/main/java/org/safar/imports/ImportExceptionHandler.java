package org.safar.imports;

import java.net.URI;
import java.util.stream.Collectors;
import org.safar.web.ApiMessages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Problem details for what only an import runs into. A refused file answers as a refused request does
 * (400, its violations listed), each violation with the row it is on and the column as the file names
 * it; a file that cannot be read at all answers with what to send instead. Uploads are parsed when the
 * import reads them ({@code spring.servlet.multipart.resolve-lazily}), so that their refusals are
 * answered here, in the caller's language.
 */
@RestControllerAdvice(basePackageClasses = ImportExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ImportExceptionHandler {

    private static final URI REFUSED = URI.create("https://safar.example/problems/import-refused");
    private static final URI UNREADABLE = URI.create("https://safar.example/problems/unreadable-file");

    private final long maxBytes;

    ImportExceptionHandler(@Value("${safar.imports.max-bytes}") DataSize maxBytes) {
        this.maxBytes = maxBytes.toBytes();
    }

    @ExceptionHandler(RowsRefusedException.class)
    ProblemDetail refused(RowsRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.violations().stream()
                .map(v -> ApiMessages.text("import.row", String.valueOf(v.row())) + ", " + v.field() + ": "
                        + v.message())
                .collect(Collectors.joining("; ")));
        problem.setType(REFUSED);
        problem.setTitle(ApiMessages.text("title.importRefused", String.valueOf(e.refusedRows())));
        problem.setProperty("rows", e.rows());
        problem.setProperty("refusedRows", e.refusedRows());
        problem.setProperty("violations", e.violations());
        return problem;
    }

    @ExceptionHandler(FileRefusedException.class)
    ProblemDetail unreadable(FileRefusedException e) {
        return unreadable(e.status(), e.getMessage());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return unreadable(HttpStatus.PAYLOAD_TOO_LARGE, FileRefusedException.tooLarge(maxBytes).getMessage());
    }

    @ExceptionHandler(MultipartException.class)
    ProblemDetail notAForm(MultipartException e) {
        return unreadable(HttpStatus.BAD_REQUEST, FileRefusedException.missing().getMessage());
    }

    private static ProblemDetail unreadable(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(UNREADABLE);
        problem.setTitle(ApiMessages.text("title.importUnreadable"));
        return problem;
    }
}
