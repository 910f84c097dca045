package io.hololoom.tool.query;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * A time range named in a question, with how to say it back ("from the last 3 days"). Calendar periods begin at
 * midnight in the clock's zone and weeks on Monday; "the last N days/hours/weeks" end now.
 *
 * @param from inclusive start
 * @param to exclusive end, or null for "until now"
 * @param label the phrase used in answers
 */
record Period(Instant from, Instant to, String label) {

    static final long MAX_UNITS = 36_500;

    Period {
        requireNonNull(from, "from is null");
        requireNonNull(label, "label is null");
    }

    /** "today" or "yesterday" said as a possessive ("today's notes"). */
    static Period of(String day, Clock clock) {
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        return day.equalsIgnoreCase("today") ? days(today, today.plusDays(1), zone, "from today")
                : days(today.minusDays(1), today, zone, "from yesterday");
    }

    /**
     * The range of a period matched by the parser's TIME pattern (groups: 1 today, 2 yesterday, 3 this week,
     * 4 last week, 5 this month, 6 last month, 7-8 count and unit, 9 a single unit); null for an absurd count
     * ("last 0 days").
     */
    static Period of(Matcher m, Clock clock) {
        ZoneId zone = clock.getZone();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate firstOfMonth = today.withDayOfMonth(1);
        if (m.group(1) != null) {
            return days(today, today.plusDays(1), zone, "from today");
        }
        if (m.group(2) != null) {
            return days(today.minusDays(1), today, zone, "from yesterday");
        }
        if (m.group(3) != null) {
            return days(monday, monday.plusWeeks(1), zone, "from this week");
        }
        if (m.group(4) != null) {
            return days(monday.minusWeeks(1), monday, zone, "from last week");
        }
        if (m.group(5) != null) {
            return days(firstOfMonth, firstOfMonth.plusMonths(1), zone, "from this month");
        }
        if (m.group(6) != null) {
            return days(firstOfMonth.minusMonths(1), firstOfMonth, zone, "from last month");
        }
        if (m.group(7) != null) {
            long n = Long.parseLong(m.group(7));
            if (n < 1 || n > MAX_UNITS) {
                return null;
            }
            String unit = m.group(8).toLowerCase(Locale.ROOT);
            Duration d = unit.startsWith("hour") ? Duration.ofHours(n)
                    : unit.startsWith("week") ? Duration.ofDays(7 * n) : Duration.ofDays(n);
            String unitWord = unit.startsWith("hour") ? "hour" : unit.startsWith("week") ? "week" : "day";
            return new Period(now.minus(d), null, "from the last " + (n == 1 ? unitWord : n + " " + unitWord + "s"));
        }
        String unit = m.group(9).toLowerCase(Locale.ROOT);
        if (unit.startsWith("week")) {
            return new Period(now.minus(Duration.ofDays(7)), null, "from the last 7 days");
        }
        return new Period(now.minus(Duration.ofHours(24)), null, "from the last 24 hours");
    }

    private static Period days(LocalDate from, LocalDate to, ZoneId zone, String label) {
        return new Period(from.atStartOfDay(zone).toInstant(), to.atStartOfDay(zone).toInstant(), label);
    }
}
