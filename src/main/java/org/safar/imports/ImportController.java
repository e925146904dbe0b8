package org.safar.imports;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/imports/{staff|programmes|budget-lines}?dryRun=true}: a CSV file or an Excel workbook,
 * as the part {@code file} of a form (what the import page sends) or as the body itself, with its type
 * as Content-Type. The file is read only after the caller is found allowed, and at most
 * {@code safar.imports.max-bytes} of it.
 */
@RestController
@RequestMapping("/api/imports")
class ImportController {

    private final Imports imports;
    private final long maxBytes;

    ImportController(Imports imports, @Value("${safar.imports.max-bytes}") DataSize maxBytes) {
        this.imports = imports;
        this.maxBytes = maxBytes.toBytes();
    }

    @PostMapping(path = "/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportSummary upload(@PathVariable String kind, @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestPart(name = "file", required = false) MultipartFile file) {
        return imports.run(kind, dryRun, () -> uploaded(file));
    }

    @PostMapping("/{kind}")
    ImportSummary body(@PathVariable String kind, @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            HttpServletRequest request) {
        return imports.run(kind, dryRun, () -> sent(contentType, request));
    }

    private Upload uploaded(MultipartFile file) {
        if (file == null) {
            throw FileRefusedException.missing();
        }
        if (file.getSize() > maxBytes) {
            throw FileRefusedException.tooLarge(maxBytes);
        }
        try {
            return new Upload(file.getOriginalFilename(), file.getContentType(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Upload sent(String contentType, HttpServletRequest request) {
        if (contentType == null || request.getContentLengthLong() == 0) {
            throw FileRefusedException.missing();
        }
        if (request.getContentLengthLong() > maxBytes) {
            throw FileRefusedException.tooLarge(maxBytes);
        }
        try {
            byte[] bytes = request.getInputStream().readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE));
            if (bytes.length > maxBytes) {
                throw FileRefusedException.tooLarge(maxBytes);
            }
            return new Upload(null, contentType, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
