package org.safar.notices;

import java.util.Locale;

/** A person to tell something, with the address and the language to tell it in. */
public record Recipient(String userId, String name, String address, Locale language) {
}
