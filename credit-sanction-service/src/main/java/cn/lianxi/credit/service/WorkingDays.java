package cn.lianxi.credit.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

/**
 * Working days (工作日) under the official holiday calendar, kept as data in
 * {@code calendar/cn-working-calendar.csv}: Monday to Friday work unless the calendar says HOLIDAY, and a weekend
 * day marked WORKDAY (调休上班) is worked. Years the file does not cover fall back to plain weekends, with a warning.
 */
@ApplicationScoped
public class WorkingDays {

    static final String RESOURCE = "calendar/cn-working-calendar.csv";
    private static final Logger LOG = Logger.getLogger(WorkingDays.class);

    private final Map<LocalDate, Boolean> exceptions;
    private final int firstYear;
    private final int lastYear;

    public WorkingDays() {
        this(load());
    }

    WorkingDays(Map<LocalDate, Boolean> exceptions) {
        this.exceptions = exceptions;
        this.firstYear = exceptions.keySet().stream().mapToInt(LocalDate::getYear).min().orElse(0);
        this.lastYear = exceptions.keySet().stream().mapToInt(LocalDate::getYear).max().orElse(0);
    }

    public boolean isWorkingDay(LocalDate day) {
        Boolean exception = exceptions.get(day);
        if (exception != null) {
            return exception;
        }
        if (day.getYear() < firstYear || day.getYear() > lastYear) {
            LOG.warnf("the holiday calendar does not cover %d: counting weekends only", day.getYear());
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The {@code n}-th working day after {@code from} (the day itself does not count): "within n working days". */
    public LocalDate plusWorkingDays(LocalDate from, int n) {
        LocalDate day = from;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    private static Map<LocalDate, Boolean> load() {
        Map<LocalDate, Boolean> days = new HashMap<>();
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is missing");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("date,"))
                    .map(l -> l.split(","))
                    .forEach(f -> days.put(LocalDate.parse(f[0].trim()), "WORKDAY".equals(f[1].trim())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return days;
    }
}
