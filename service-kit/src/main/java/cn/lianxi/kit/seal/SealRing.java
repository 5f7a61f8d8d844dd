package cn.lianxi.kit.seal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;

import org.jboss.logging.Logger;

import cn.lianxi.evidence.SealCheck;
import cn.lianxi.evidence.SealKey;
import cn.lianxi.evidence.SealKeys;
import cn.lianxi.evidence.Seals;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;

/**
 * The service's seal keys (签章密钥): the key directory loaded at start, the keys it signs with and the public keys
 * it checks seals against. In development and tests a party without a private key anywhere gets one generated once
 * (and written to the directory when there is one, so the other services of the launcher, which share it, can
 * check its seals); in production ({@code lianxi.seal.required}) nothing is made up and the service refuses to start
 * without its own key.
 */
@ApplicationScoped
public class SealRing {

    private static final Logger LOG = Logger.getLogger(SealRing.class);

    /** What a checked seal lets a message be. */
    public enum Admission {
        /** The seal is valid: the message is admitted as sealed. */
        SEALED,
        /** No seal or no key known, in development or tests only: admitted, and recorded as unsealed. */
        UNSEALED,
        /** Refused: not stored, not acted on. */
        REFUSED
    }

    /** How long a key found missing is not looked for again in the directory. */
    static final java.time.Duration REREAD_AFTER_MISS = java.time.Duration.ofSeconds(2);

    private final SealConfig config;
    private final Instance<SealKeySource> sources;
    private final java.util.Map<String, Long> missedAt = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile SealKeys ring;

    public SealRing(SealConfig config, @Any Instance<SealKeySource> sources) {
        this.config = config;
        this.sources = sources;
        this.ring = read();
    }

    /** Fails the start when seals are required and the service's own private key is missing. */
    void requireServiceKey(@Observes StartupEvent start) {
        SealKey key = serviceKey();
        LOG.infof("sealing as %s (%s)", key.keyId(), key.algorithm().joseName());
    }

    /** The private key of {@code keyId} (a court, an agency, this service), generated in dev/test when nobody has one. */
    public Optional<SealKey> signer(String keyId) {
        Optional<SealKey> known = findOrReread(keyId);
        if (known.isPresent()) {
            return known.filter(SealKey::canSign); // a public key only: another party seals as keyId, not us
        }
        return config.required() ? Optional.empty() : Optional.of(generate(keyId));
    }

    /** This service's own key (its name), which seals its anchors and receipts. */
    public SealKey serviceKey() {
        String keyId = config.serviceKeyId();
        return signer(keyId).orElseThrow(() -> new IllegalStateException("lianxi.seal.required is on but no private "
                + "seal key " + keyId + ".key.pem is in " + config.keys().map(Path::toString).orElse("(no lianxi.seal.keys set)")
                + ": production refuses to run unsealed (generate one with the verifier's keygen)"));
    }

    /** The public key of {@code keyId}, reading the directory again once when it is not known yet. */
    public Optional<SealKey> publicKey(String keyId) {
        return findOrReread(keyId).map(SealKey::publicOnly);
    }

    /**
     * Checks {@code seal} over {@code content} as sealed by {@code keyId}, with the ring's keys and {@code extra}
     * (keys the service holds elsewhere; {@link SealKeys#empty()} when none).
     */
    public SealCheck verify(String seal, byte[] content, String keyId, SealKeys extra) {
        SealKeys keys = extra.find(keyId).isPresent() ? extra : withExtra(keyId, extra);
        return Seals.verify(seal, content, keyId, keys);
    }

    /** Whether a message so checked is admitted ({@link SealPolicy}), the party's keys being the ring's. */
    public Admission admit(SealCheck check) {
        return admit(check, SealKeys.empty());
    }

    /** Whether a message so checked is admitted ({@link SealPolicy}), also counting the party's key in {@code extra}. */
    public Admission admit(SealCheck check, SealKeys extra) {
        String party = check.keyId();
        boolean keyKnown = party != null && (extra.find(party).isPresent() || publicKey(party).isPresent());
        return SealPolicy.admit(check, keyKnown, config.required());
    }

    /**
     * Every public key the service knows, one per key id, sorted: the directory's, its own and every
     * {@link SealKeySource}'s (a source's key wins over the directory's for the same id).
     */
    public Uni<List<SealKey>> knownKeys() {
        Map<String, SealKey> byId = new TreeMap<>();
        ring.all().forEach(k -> byId.put(k.keyId(), k.publicOnly()));
        SealKey own = serviceKey();
        byId.put(own.keyId(), own.publicOnly());
        List<Uni<List<SealKey>>> fromSources = new ArrayList<>();
        sources.forEach(source -> fromSources.add(source.publicKeys()));
        Uni<List<List<SealKey>>> all = fromSources.isEmpty() ? Uni.createFrom().item(List.of())
                : Uni.join().all(fromSources).andFailFast();
        return all.map(lists -> {
            lists.forEach(list -> list.forEach(k -> byId.put(k.keyId(), k.publicOnly())));
            List<SealKey> keys = new ArrayList<>(byId.values());
            keys.sort(Comparator.comparing(SealKey::keyId));
            return keys;
        });
    }

    private SealKeys withExtra(String keyId, SealKeys extra) {
        findOrReread(keyId);
        SealKeys keys = ring;
        for (SealKey key : extra.all()) {
            keys = keys.with(key);
        }
        return keys;
    }

    private synchronized SealKey generate(String keyId) {
        Optional<SealKey> meanwhile = ring.find(keyId);
        if (meanwhile.isPresent()) {
            return meanwhile.get();
        }
        SealKey key = SealKeys.generate(keyId, config.algorithm());
        Optional<Path> dir = config.keys().filter(Files::isWritable);
        if (dir.isPresent()) {
            try {
                SealKeys.write(dir.get(), key);
                LOG.infof("generated the development seal key %s in %s", keyId, dir.get());
            } catch (IllegalStateException written) {
                // another service of the launcher wrote it a moment ago: theirs is the one the others will check
                Optional<SealKey> theirs = reread().find(keyId).filter(SealKey::canSign);
                if (theirs.isPresent()) {
                    return theirs.get();
                }
            }
        }
        ring = ring.with(key);
        return key;
    }

    /**
     * The key of {@code keyId}; on a miss the directory is read again (a key the launcher, an operator or another
     * service added since), but for the same missing key at most every {@link #REREAD_AFTER_MISS}: a party that has
     * no key (an agency registered without one, in development) would otherwise cost a directory read per message.
     */
    private Optional<SealKey> findOrReread(String keyId) {
        Optional<SealKey> known = ring.find(keyId);
        if (known.isPresent()) {
            return known;
        }
        long now = System.nanoTime();
        Long last = missedAt.get(keyId);
        if (last != null && now - last < REREAD_AFTER_MISS.toNanos()) {
            return Optional.empty();
        }
        missedAt.put(keyId, now);
        return reread().find(keyId);
    }

    /** Reads the directory again (a key the launcher or another service added since), keeping generated keys. */
    private synchronized SealKeys reread() {
        SealKeys fresh;
        try {
            fresh = read();
        } catch (RuntimeException e) {
            // a key half-written by another service at this moment: keep what we have, the next miss reads again
            LOG.debugf("seal key directory not re-read: %s", e.getMessage());
            return ring;
        }
        for (SealKey kept : ring.all()) {
            if (fresh.find(kept.keyId()).isEmpty()) {
                fresh = fresh.with(kept);
            }
        }
        ring = fresh;
        return fresh;
    }

    private SealKeys read() {
        Optional<Path> dir = config.keys();
        if (dir.isEmpty()) {
            return SealKeys.empty();
        }
        if (!Files.isDirectory(dir.get())) {
            if (config.required()) {
                throw new IllegalStateException("the seal key directory " + dir.get() + " does not exist");
            }
            try {
                Files.createDirectories(dir.get()); // development: the first service to start creates it
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the seal key directory " + dir.get(), e);
            }
        }
        return SealKeys.load(dir.get());
    }
}
