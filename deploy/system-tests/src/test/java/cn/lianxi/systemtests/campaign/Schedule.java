package cn.lianxi.systemtests.campaign;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A seeded, bounded fault schedule (故障计划): {@code count} faults at increasing offsets from the campaign's start,
 * each held for a while, kinds drawn by weight. The same seed, count, bounds and kinds give the same list every time,
 * so a campaign that found an anomaly can be run again exactly. Two faults never hold the same target at once: a
 * fault whose kind has no free target waits until the first of them is healed (at most one hold, so a schedule lasts
 * at most {@code count × (max gap + max hold) + max hold}).
 *
 * @param seed  what the list was drawn from
 * @param steps in the order of their offsets
 */
public record Schedule(long seed, List<Step> steps) {

    public Schedule {
        steps = List.copyOf(steps);
    }

    /** One fault: injected {@code at} after the start, healed {@code duration} later. */
    public record Step(Duration at, NemesisFault fault, Duration duration) {

        public Duration end() {
            return at.plus(duration);
        }

        @Override
        public String toString() {
            return "+" + at.toMillis() + " ms for " + duration.toMillis() + " ms: " + fault.describe();
        }
    }

    /** Makes the fault of a kind for one of its targets; it may draw from {@code random} (a jump's size, a delay). */
    @FunctionalInterface
    public interface Maker {
        NemesisFault make(String target, Random random);
    }

    /**
     * One kind of fault the schedule may draw.
     *
     * @param weight  its share of the draws, relative to the other kinds' (> 0)
     * @param targets what it may hit; each fault it makes must have one of them as its {@link NemesisFault#target()}
     */
    public record Kind(String name, int weight, List<String> targets, Maker maker) {
        public Kind {
            if (weight <= 0 || targets.isEmpty()) {
                throw new IllegalArgumentException(name + ": a kind needs a positive weight and a target");
            }
            targets = List.copyOf(targets);
        }
    }

    /** The gap between two injections and the time a fault is held, each drawn uniformly between its bounds. */
    public record Bounds(Duration minGap, Duration maxGap, Duration minHold, Duration maxHold) {
        public Bounds {
            if (minGap.isNegative() || maxGap.compareTo(minGap) < 0 || minHold.isNegative()
                    || maxHold.compareTo(minHold) < 0) {
                throw new IllegalArgumentException("bounds must be 0 <= min <= max: " + minGap + ".." + maxGap
                        + ", " + minHold + ".." + maxHold);
            }
        }

        Duration gap(Random random) {
            return between(minGap, maxGap, random);
        }

        Duration hold(Random random) {
            return between(minHold, maxHold, random);
        }

        private static Duration between(Duration min, Duration max, Random random) {
            long span = max.toMillis() - min.toMillis();
            return min.plusMillis(span == 0 ? 0 : (long) (random.nextDouble() * (span + 1)));
        }
    }

    /** Draws {@code count} faults from {@code kinds} with {@code seed}. */
    public static Schedule plan(long seed, int count, Bounds bounds, List<Kind> kinds) {
        if (count < 0 || kinds.isEmpty()) {
            throw new IllegalArgumentException("a schedule needs a count >= 0 and at least one kind");
        }
        Random random = new Random(seed);
        int totalWeight = kinds.stream().mapToInt(Kind::weight).sum();
        Map<String, Duration> busyUntil = new HashMap<>();
        List<Step> steps = new ArrayList<>(count);
        Duration at = Duration.ZERO;
        for (int i = 0; i < count; i++) {
            at = at.plus(bounds.gap(random));
            Kind kind = draw(kinds, random.nextInt(totalWeight));
            List<String> free = free(kind, busyUntil, at);
            if (free.isEmpty()) {
                at = kind.targets().stream().map(busyUntil::get).min(Duration::compareTo).orElseThrow();
                free = free(kind, busyUntil, at);
            }
            String target = free.get(random.nextInt(free.size()));
            NemesisFault fault = kind.maker().make(target, random);
            if (!fault.target().equals(target)) {
                throw new IllegalStateException(kind.name() + " made a fault on " + fault.target() + " for " + target);
            }
            Duration hold = bounds.hold(random);
            busyUntil.put(target, at.plus(hold));
            steps.add(new Step(at, fault, hold));
        }
        return new Schedule(seed, steps);
    }

    private static Kind draw(List<Kind> kinds, int ticket) {
        int left = ticket;
        for (Kind kind : kinds) {
            left -= kind.weight();
            if (left < 0) {
                return kind;
            }
        }
        throw new IllegalStateException("a ticket beyond the total weight: " + ticket);
    }

    private static List<String> free(Kind kind, Map<String, Duration> busyUntil, Duration at) {
        return kind.targets().stream().filter(t -> busyUntil.getOrDefault(t, Duration.ZERO).compareTo(at) <= 0).toList();
    }

    /** From the start to the last fault's heal. */
    public Duration span() {
        return steps.stream().map(Step::end).max(Duration::compareTo).orElse(Duration.ZERO);
    }

    /** Faults per kind, for the campaign's figures. */
    public Map<String, Long> countByKind() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        steps.forEach(s -> counts.merge(s.fault().kind(), 1L, Long::sum));
        return counts;
    }
}
