package org.safar.imports;

import org.safar.web.ApiMessages;
import org.springframework.http.HttpStatus;

/**
 * A file that cannot be read as rows at all: the wrong type, too large, no header, not UTF-8. Its
 * message is already in the caller's language.
 */
class FileRefusedException extends RuntimeException {

    private final HttpStatus status;

    FileRefusedException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    static FileRefusedException missing() {
        return new FileRefusedException(HttpStatus.BAD_REQUEST, ApiMessages.text("import.file.missing", Tables.XLSX));
    }

    static FileRefusedException tooLarge(long maxBytes) {
        return new FileRefusedException(HttpStatus.PAYLOAD_TOO_LARGE,
                ApiMessages.text("import.file.tooLarge", String.valueOf(maxBytes / 1024)));
    }

    HttpStatus status() {
        return status;
    }
}
