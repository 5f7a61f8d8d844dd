package cn.lianxi.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An immutable ring of seal keys (签章密钥), by key id. On disk a ring is one directory: {@code <keyId>.pub.pem}
 * (SubjectPublicKeyInfo) for every party, and {@code <keyId>.key.pem} (PKCS#8) beside it for the parties that seal
 * here. In development that is the launcher's {@code $LIANXI_HOME/seals}; in production a mounted Kubernetes Secret.
 */
public final class SealKeys {

    private static final String PUBLIC_SUFFIX = ".pub.pem";
    private static final String PRIVATE_SUFFIX = ".key.pem";
    /** Key ids become file names: court codes, agency ids and service names fit this, a path never does. */
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final byte[] PAIR_PROBE = "lianxi seal key pair probe".getBytes(StandardCharsets.UTF_8);

    private final Map<String, SealKey> keys;

    private SealKeys(Map<String, SealKey> keys) {
        this.keys = Collections.unmodifiableMap(keys);
    }

    public static SealKeys empty() {
        return new SealKeys(new TreeMap<>());
    }

    /** A ring of {@code keys}; a key id given twice is an error, not a silent override. */
    public static SealKeys of(Collection<SealKey> keys) {
        Map<String, SealKey> byId = new TreeMap<>();
        for (SealKey key : keys) {
            if (byId.putIfAbsent(key.keyId(), key) != null) {
                throw new IllegalArgumentException("seal key " + key.keyId() + " is given twice");
            }
        }
        return new SealKeys(byId);
    }

    /** This ring with {@code key} added, replacing a key of the same id. */
    public SealKeys with(SealKey key) {
        Map<String, SealKey> byId = new TreeMap<>(keys);
        byId.put(key.keyId(), key);
        return new SealKeys(byId);
    }

    public Optional<SealKey> find(String keyId) {
        return Optional.ofNullable(keyId == null ? null : keys.get(keyId));
    }

    public Collection<SealKey> all() {
        return keys.values();
    }

    /**
     * Every key in {@code dir}. A private key without its public file, a pair whose halves do not belong together
     * and an unreadable file are errors (IllegalArgumentException naming the file): a service must not start with a
     * seal it cannot make.
     */
    public static SealKeys load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("seal key directory " + dir + " does not exist");
        }
        Map<String, SealKey> byId = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                String name = file.getFileName().toString();
                if (name.endsWith(PUBLIC_SUFFIX)) {
                    String keyId = name.substring(0, name.length() - PUBLIC_SUFFIX.length());
                    byId.put(keyId, read(dir, keyId));
                } else if (name.endsWith(PRIVATE_SUFFIX)) {
                    String keyId = name.substring(0, name.length() - PRIVATE_SUFFIX.length());
                    if (!Files.exists(dir.resolve(keyId + PUBLIC_SUFFIX))) {
                        throw new IllegalArgumentException(file + " has no public key " + keyId + PUBLIC_SUFFIX + " beside it");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list seal key directory " + dir, e);
        }
        return of(byId.values());
    }

    /** A new key pair; a court, an agency or a service makes its own once (see the verifier's {@code keygen}). */
    public static SealKey generate(String keyId, SealAlgorithm algorithm) {
        KeyPair pair = KeyCodec.generate(algorithm);
        return new SealKey(checkedId(keyId), algorithm, pair.getPublic(), pair.getPrivate());
    }

    /**
     * Writes {@code key} into {@code dir} (made if missing): the public half, and the private half, readable by the
     * owner only (mode 600) where the file system has POSIX permissions. An existing key of the same id is never
     * overwritten (IllegalStateException): replacing a seal key is a deliberate act, not a side effect.
     */
    public static void write(Path dir, SealKey key) {
        String keyId = checkedId(key.keyId());
        Path publicFile = dir.resolve(keyId + PUBLIC_SUFFIX);
        Path privateFile = dir.resolve(keyId + PRIVATE_SUFFIX);
        try {
            Files.createDirectories(dir);
            if (Files.exists(publicFile) || Files.exists(privateFile)) {
                throw new IllegalStateException("a seal key " + keyId + " already exists in " + dir);
            }
            if (key.canSign()) {
                createPrivate(privateFile);
                Files.writeString(privateFile, Pem.write("PRIVATE KEY", key.privateKey().getEncoded()));
            }
            Files.writeString(publicFile, key.publicPem());
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("a seal key " + keyId + " already exists in " + dir, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write seal key " + keyId + " into " + dir, e);
        }
    }

    /** A public-only key from its PEM text, e.g. an agency's key as registered by an administrator. */
    public static SealKey fromPublicPem(String keyId, String pem) {
        String what = "the public key of " + keyId;
        byte[] spki = Pem.read("PUBLIC KEY", pem, what);
        PublicKey publicKey = KeyCodec.publicKey(spki, what);
        return new SealKey(checkedId(keyId), KeyCodec.algorithmOfPublic(spki, what), publicKey, null);
    }

    private static SealKey read(Path dir, String keyId) throws IOException {
        SealKey key = fromPublicPem(keyId, Files.readString(dir.resolve(keyId + PUBLIC_SUFFIX)));
        Path privateFile = dir.resolve(keyId + PRIVATE_SUFFIX);
        if (!Files.exists(privateFile)) {
            return key;
        }
        String what = privateFile.toString();
        byte[] pkcs8 = Pem.read("PRIVATE KEY", Files.readString(privateFile), what);
        if (KeyCodec.algorithmOfPrivate(pkcs8, what) != key.algorithm()) {
            throw new IllegalArgumentException(what + " is not a " + key.algorithm() + " key like " + keyId + PUBLIC_SUFFIX);
        }
        PrivateKey privateKey = KeyCodec.privateKey(pkcs8, what);
        SealKey pair = new SealKey(keyId, key.algorithm(), key.publicKey(), privateKey);
        // a pair mixed up on disk would seal with one party's key under another's name: prove the halves match
        if (!Seals.verify(Seals.seal(pair, PAIR_PROBE), PAIR_PROBE, keyId, of(List.of(key))).valid()) {
            throw new IllegalArgumentException(what + " does not belong to " + keyId + PUBLIC_SUFFIX);
        }
        return pair;
    }

    private static void createPrivate(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
    }

    private static String checkedId(String keyId) {
        if (keyId == null || !KEY_ID.matcher(keyId).matches()) {
            throw new IllegalArgumentException("'" + keyId + "' is not a seal key id (letters, digits, '.', '_', '-')");
        }
        return keyId;
    }
}
