package cn.lianxi.systemtests.campaign;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * A campaign's history (运行历史) as read back from its file: every client operation with its final outcome, in the
 * order they were first intended, and the nemesis' faults. The file has one JSON object a line: an operation
 * ({@code op} …) once when intended and once more when complete, the later line winning; a fault ({@code fault} …).
 *
 * @param operations every operation; one left INTENDED by a crash is UNKNOWN here
 * @param faults     every fault, in the order they ended
 */
public record History(List<Operation> operations, List<Fault> faults) {

    /** The file's JSON: ISO-8601 times, no nulls, amounts as plain strings. */
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public History {
        operations = List.copyOf(operations);
        faults = List.copyOf(faults);
    }

    /**
     * Reads a history file. A torn last line is left out: the recorder writes an intention before the operation is
     * sent, so a line cut by a crash was never followed by its operation. A bad line anywhere else is an error.
     */
    public static History read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Operation> ops = new LinkedHashMap<>();
        List<Fault> faults = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                if (i == lines.size() - 1) {
                    break;
                }
                throw new IllegalArgumentException(file + " line " + (i + 1) + " is not JSON: " + e.getMessage(), e);
            }
            if (node.has("fault")) {
                faults.add(JSON.convertValue(node, Fault.class));
            } else {
                Operation op = JSON.convertValue(node, Operation.class);
                ops.put(op.op(), op);
            }
        }
        List<Operation> out = ops.values().stream()
                .map(o -> o.result() == Operation.Result.INTENDED ? o.unknown() : o).toList();
        return new History(out, faults);
    }

    /** Recovery times by kind of fault, for RELIABILITY.md; a fault that never recovered is left out. */
    public Map<String, List<Duration>> recoveryTimes() {
        Map<String, List<Duration>> out = new TreeMap<>();
        for (Fault f : faults) {
            f.recovery().ifPresent(d -> out.computeIfAbsent(f.fault(), k -> new ArrayList<>()).add(d));
        }
        return out;
    }
}
