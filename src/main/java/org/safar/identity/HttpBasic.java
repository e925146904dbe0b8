package org.safar.identity;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;

/** HTTP Basic credentials checked against Camunda's identity service, the same users as Tasklist's. */
public final class HttpBasic {

    private static final String BASIC = "Basic ";

    private HttpBasic() {
    }

    /** The user whose id and password the Authorization header carries, if they are right. */
    public static Optional<String> authenticatedUser(IdentityService identity, String header) {
        if (header == null || !header.startsWith(BASIC)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).trim()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String userId = decoded.substring(0, colon);
        return identity.checkPassword(userId, decoded.substring(colon + 1)) ? Optional.of(userId) : Optional.empty();
    }
}
