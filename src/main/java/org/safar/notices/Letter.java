package org.safar.notices;

/** The subject and plain-text body of one e-mail, in its recipient's language. */
record Letter(String subject, String body) {
}
