package org.safar.imports;

/** A file as it came: its name and declared type when the client gave them, and its bytes. */
record Upload(String name, String contentType, byte[] bytes) {

    /** What the refusal of an unknown type calls the file: its name, else its declared type. */
    String description() {
        if (name != null && !name.isBlank()) {
            return name;
        }
        return contentType == null ? "?" : contentType;
    }
}
