package cn.lianxi.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.evidence.SealKey;
import cn.lianxi.evidence.SealKeys;
import cn.lianxi.evidence.Seals;

/**
 * The member agencies' own side of the seal (电子签章): an agency system seals every answer it sends with its private
 * key, over the exact bytes of the body, and sends the detached JWS in the {@code Lianxi-Seal} header. The bench and
 * the system tests play the seeded agencies' systems, so they hold those agencies' dev keys, which the launcher keeps
 * apart from the platform's ({@code $LIANXI_HOME/agency-seals}; the platform has only their public halves). An
 * agency with no key there (one a test registered without a key) answers unsealed, which only a platform that does
 * not require seals accepts.
 */
public final class AgencySeals {

    /** The header carrying the agency's seal over the request body. */
    public static final String HEADER = "Lianxi-Seal";
    private static final Pattern SEALED = Pattern.compile(".*/inbox/[^/]+/(answer|amendments|rejection)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private volatile SealKeys keys;

    private AgencySeals(Path dir) {
        this.dir = dir;
        this.keys = load(dir);
    }

    /** The seeded agencies' keys of the platform at {@code lianxiHome}. */
    public static AgencySeals of(Path lianxiHome) {
        return new AgencySeals(lianxiHome.resolve("agency-seals"));
    }

    /** Whether a POST to this path (or URL) is an answer that its agency seals. */
    public static boolean sealed(String pathOrUrl) {
        String path = pathOrUrl.contains("?") ? pathOrUrl.substring(0, pathOrUrl.indexOf('?')) : pathOrUrl;
        return SEALED.matcher(path).matches();
    }

    /** The seal of the caller's agency (the token's {@code agency_id}) over {@code body}, or empty without a key. */
    public Optional<String> seal(String bearerToken, byte[] body) {
        return agencyOf(bearerToken).flatMap(this::key).map(key -> Seals.seal(key, body));
    }

    /** The agency's key pair, reading the directory again when a key is new. */
    public Optional<SealKey> key(String agencyId) {
        Optional<SealKey> key = keys.find(agencyId).filter(SealKey::canSign);
        if (key.isEmpty() && Files.exists(dir.resolve(agencyId + ".key.pem"))) {
            keys = load(dir);
            key = keys.find(agencyId).filter(SealKey::canSign);
        }
        return key;
    }

    /** The {@code agency_id} claim of an access token (read, not verified: the caller holds its own token). */
    static Optional<String> agencyOf(String bearerToken) {
        String[] parts = bearerToken == null ? new String[0] : bearerToken.split("\\.");
        if (parts.length < 2) {
            return Optional.empty();
        }
        try {
            String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
            return Optional.ofNullable(JSON.readTree(payload).path("agency_id").textValue());
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static SealKeys load(Path dir) {
        return Files.isDirectory(dir) ? SealKeys.load(dir) : SealKeys.empty();
    }
}
