package cn.lianxi.evidence;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * The verifier jar's commands: {@code keygen} makes seal keys, {@code verify} checks an exported bundle offline
 * (存证核验), {@code export} fetches one from a running platform with the anchors another service kept of it.
 * Exit codes: 0 done (verify: intact), 1 the bundle is broken, 2 usage or I/O error.
 */
public final class Main {

    static final int OK = 0;
    static final int BROKEN = 1;
    static final int ERROR = 2;

    private static final String USAGE = String.join("\n",
            "usage:",
            "  keygen --dir DIR [--alg ES256|SM2] ID...",
            "  verify BUNDLE.json",
            "  export --url BASE --token TOKEN --service case|liaison|credit --witness case|liaison|credit",
            "         [--subject S | --from YYYY-MM-DD --to YYYY-MM-DD] --out FILE");

    /** The services by their short name in the gateway's paths; their full name is their anchors' and key's id. */
    private static final Map<String, String> SERVICES = Map.of("case", "case-service", "liaison", "agency-liaison-service",
            "credit", "credit-sanction-service");

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println(USAGE);
            return ERROR;
        }
        try {
            Args parsed = Args.parse(args, 1);
            switch (args[0]) {
                case "keygen":
                    return keygen(parsed, out);
                case "verify":
                    return verify(parsed, out);
                case "export":
                    return export(parsed, out);
                default:
                    throw new IllegalArgumentException("unknown command " + args[0]);
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return ERROR;
        } catch (IOException | IllegalStateException e) {
            err.println("error: " + e.getMessage());
            return ERROR;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("interrupted");
            return ERROR;
        }
    }

    private static int keygen(Args args, PrintStream out) {
        Path dir = Path.of(args.required("dir"));
        SealAlgorithm algorithm = algorithm(args.optional("alg", "ES256"));
        if (args.positional.isEmpty()) {
            throw new IllegalArgumentException("keygen needs at least one key id");
        }
        for (String keyId : args.positional) {
            if (Files.exists(dir.resolve(keyId + ".pub.pem")) || Files.exists(dir.resolve(keyId + ".key.pem"))) {
                out.println("skipped " + keyId + ": a key exists in " + dir);
                continue;
            }
            SealKeys.write(dir, SealKeys.generate(keyId, algorithm));
            out.println("wrote " + dir.resolve(keyId + ".key.pem") + " and " + keyId + ".pub.pem (" + algorithm + ")");
        }
        return OK;
    }

    private static int verify(Args args, PrintStream out) throws IOException {
        if (args.positional.size() != 1) {
            throw new IllegalArgumentException("verify needs one bundle file");
        }
        AuditBundle bundle = AuditBundle.read(Path.of(args.positional.get(0)));
        BundleVerifier.Verdict verdict = BundleVerifier.verify(bundle);
        out.println(verdict.intact() ? "INTACT" : "BROKEN: " + verdict.firstBroken());
        out.println("service " + bundle.service() + ", scope " + bundle.scope() + ", exported " + bundle.exportedAt());
        out.println(verdict.entries() + " entries, " + verdict.anchored() + " anchored, " + verdict.seals() + " of "
                + bundle.sealed().size() + " seals hold");
        // the bundle brings its own keys: a reader compares these fingerprints with the parties' published ones
        for (Map.Entry<String, String> key : new TreeMap<>(bundle.publicKeys()).entrySet()) {
            out.println("key " + key.getKey() + " sha256:" + fingerprint(key.getValue()));
        }
        for (String finding : verdict.findings()) {
            out.println("- " + finding);
        }
        return verdict.intact() ? OK : BROKEN;
    }

    private static String fingerprint(String pem) {
        try {
            return Canonical.sha256(Pem.read("PUBLIC KEY", pem, "key"));
        } catch (IllegalArgumentException e) {
            return "unreadable";
        }
    }

    private static int export(Args args, PrintStream out) throws IOException, InterruptedException {
        String base = args.required("url").replaceAll("/+$", "");
        String token = args.required("token");
        String service = shortName(args.required("service"));
        String witness = shortName(args.required("witness"));
        Path file = Path.of(args.required("out"));
        String query;
        if (args.options.containsKey("subject")) {
            // %20 rather than '+': a path-style decoder would keep a '+' as it is
            query = "subject=" + URLEncoder.encode(args.required("subject"), StandardCharsets.UTF_8).replace("+", "%20");
        } else {
            query = "from=" + date(args.required("from")) + "&to=" + date(args.required("to"));
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        AuditBundle bundle = Canonical.MAPPER.readValue(
                get(http, base + "/api/audit/" + service + "/bundle?" + query, token), AuditBundle.class);
        List<Anchor> anchors = List.of();
        if (!bundle.entries().isEmpty()) {
            long from = bundle.entries().stream().mapToLong(AuditBundle.Entry::seq).min().orElseThrow();
            long to = bundle.entries().stream().mapToLong(AuditBundle.Entry::seq).max().orElseThrow();
            String url = base + "/api/audit/" + witness + "/anchors/" + SERVICES.get(service) + "?fromSeq=" + from
                    + "&toSeq=" + to;
            anchors = Canonical.MAPPER.readValue(get(http, url, token), new TypeReference<List<Anchor>>() {
            });
        }
        AuditBundle merged = bundle.withAnchors(anchors);
        merged.write(file);
        out.println("wrote " + file + ": " + merged.entries().size() + " entries, " + anchors.size() + " anchors kept by "
                + SERVICES.get(witness) + ", " + merged.sealed().size() + " sealed records");
        return OK;
    }

    private static byte[] get(HttpClient http, String url, String token) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            String body = new String(response.body(), StandardCharsets.UTF_8);
            throw new IOException("GET " + url + " answered " + response.statusCode() + ": "
                    + body.substring(0, Math.min(body.length(), 300)));
        }
        return response.body();
    }

    private static SealAlgorithm algorithm(String name) {
        for (SealAlgorithm algorithm : SealAlgorithm.values()) {
            if (algorithm.joseName().equalsIgnoreCase(name)) {
                return algorithm;
            }
        }
        throw new IllegalArgumentException("unknown algorithm " + name + " (ES256 or SM2)");
    }

    private static String shortName(String service) {
        if (!SERVICES.containsKey(service)) {
            throw new IllegalArgumentException("unknown service " + service + " (case, liaison or credit)");
        }
        return service;
    }

    private static String date(String text) {
        try {
            return LocalDate.parse(text).toString();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date (YYYY-MM-DD): " + text);
        }
    }

    /** {@code --name value} options and the remaining positional arguments. */
    private static final class Args {

        final Map<String, String> options = new HashMap<>();
        final List<String> positional = new ArrayList<>();

        static Args parse(String[] args, int from) {
            Args parsed = new Args();
            for (int i = from; i < args.length; i++) {
                if (args[i].startsWith("--")) {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(args[i] + " needs a value");
                    }
                    parsed.options.put(args[i].substring(2), args[++i]);
                } else {
                    parsed.positional.add(args[i]);
                }
            }
            return parsed;
        }

        String required(String name) {
            String value = options.get(name);
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("--" + name + " is required");
            }
            return value;
        }

        String optional(String name, String fallback) {
            return options.getOrDefault(name, fallback);
        }
    }
}
