package cn.lianxi.evidence;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import org.bouncycastle.util.encoders.DecoderException;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;
import org.bouncycastle.util.io.pem.PemWriter;

/** PEM text of DER-encoded keys (RFC 7468), through BouncyCastle's plain PEM reader and writer. */
final class Pem {

    private Pem() {
    }

    static String write(String type, byte[] der) {
        StringWriter text = new StringWriter();
        try (PemWriter writer = new PemWriter(text)) {
            writer.writeObject(new PemObject(type, der));
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return text.toString();
    }

    /** The DER content of the first PEM block of {@code type} in {@code text}. */
    static byte[] read(String type, String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " is empty");
        }
        try (PemReader reader = new PemReader(new StringReader(text))) {
            PemObject object = reader.readPemObject();
            if (object == null) {
                throw new IllegalArgumentException(what + " is not PEM (no -----BEGIN " + type + "----- line)");
            }
            if (!type.equals(object.getType())) {
                throw new IllegalArgumentException(what + " is a PEM " + object.getType() + ", not a " + type);
            }
            return object.getContent();
        } catch (IOException | DecoderException e) {
            throw new IllegalArgumentException(what + " is not valid PEM: " + e.getMessage(), e);
        }
    }
}
