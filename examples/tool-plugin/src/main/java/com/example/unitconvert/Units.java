package com.example.unitconvert;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The units the tool knows and the words that name them (lower case; multi-word names have single spaces). */
public final class Units {
    private static final Map<String, Unit> BY_NAME;
    private static final int LONGEST_NAME_WORDS;

    static {
        Map<String, Unit> m = new LinkedHashMap<>();
        // length (metre)
        add(m, new Unit("mm", "length", 0.001, 0), "mm", "millimeter", "millimeters", "millimetre", "millimetres");
        add(m, new Unit("cm", "length", 0.01, 0), "cm", "centimeter", "centimeters", "centimetre", "centimetres");
        add(m, new Unit("m", "length", 1, 0), "m", "meter", "meters", "metre", "metres");
        add(m, new Unit("km", "length", 1000, 0), "km", "kms", "kilometer", "kilometers", "kilometre", "kilometres");
        add(m, new Unit("in", "length", 0.0254, 0), "in", "inch", "inches");
        add(m, new Unit("ft", "length", 0.3048, 0), "ft", "foot", "feet");
        add(m, new Unit("yd", "length", 0.9144, 0), "yd", "yds", "yard", "yards");
        add(m, new Unit("mi", "length", 1609.344, 0), "mi", "mile", "miles");
        add(m, new Unit("nmi", "length", 1852, 0), "nmi", "nautical mile", "nautical miles");
        // mass (kilogram)
        add(m, new Unit("mg", "mass", 1e-6, 0), "mg", "milligram", "milligrams");
        add(m, new Unit("g", "mass", 0.001, 0), "g", "gram", "grams", "gramme", "grammes");
        add(m, new Unit("kg", "mass", 1, 0), "kg", "kgs", "kilo", "kilos", "kilogram", "kilograms");
        add(m, new Unit("t", "mass", 1000, 0), "t", "tonne", "tonnes", "metric ton", "metric tons");
        add(m, new Unit("oz", "mass", 0.028349523125, 0), "oz", "ounce", "ounces");
        add(m, new Unit("lb", "mass", 0.45359237, 0), "lb", "lbs", "pound", "pounds");
        add(m, new Unit("st", "mass", 6.35029318, 0), "st", "stone", "stones");
        // time (second)
        add(m, new Unit("ms", "time", 0.001, 0), "ms", "millisecond", "milliseconds");
        add(m, new Unit("s", "time", 1, 0), "s", "sec", "secs", "second", "seconds");
        add(m, new Unit("min", "time", 60, 0), "min", "mins", "minute", "minutes");
        add(m, new Unit("h", "time", 3600, 0), "h", "hr", "hrs", "hour", "hours");
        add(m, new Unit("d", "time", 86400, 0), "d", "day", "days");
        add(m, new Unit("wk", "time", 604800, 0), "wk", "week", "weeks");
        // temperature (kelvin)
        add(m, new Unit("°C", "temperature", 1, 273.15), "°c", "c", "celsius", "degrees celsius", "degree celsius",
                "centigrade");
        add(m, new Unit("°F", "temperature", 5.0 / 9, 459.67 * 5 / 9), "°f", "f", "fahrenheit", "degrees fahrenheit",
                "degree fahrenheit");
        add(m, new Unit("K", "temperature", 1, 0), "k", "kelvin", "kelvins");
        // volume (litre)
        add(m, new Unit("ml", "volume", 0.001, 0), "ml", "milliliter", "milliliters", "millilitre", "millilitres");
        add(m, new Unit("l", "volume", 1, 0), "l", "liter", "liters", "litre", "litres");
        add(m, new Unit("tsp", "volume", 0.00492892159375, 0), "tsp", "teaspoon", "teaspoons");
        add(m, new Unit("tbsp", "volume", 0.01478676478125, 0), "tbsp", "tablespoon", "tablespoons");
        add(m, new Unit("fl oz", "volume", 0.0295735295625, 0), "fl oz", "fluid ounce", "fluid ounces");
        add(m, new Unit("cup", "volume", 0.2365882365, 0), "cup", "cups");
        add(m, new Unit("pt", "volume", 0.473176473, 0), "pt", "pint", "pints");
        add(m, new Unit("qt", "volume", 0.946352946, 0), "qt", "quart", "quarts");
        add(m, new Unit("gal", "volume", 3.785411784, 0), "gal", "gallon", "gallons");
        // speed (metre per second)
        add(m, new Unit("m/s", "speed", 1, 0), "m/s", "meters per second", "metres per second");
        add(m, new Unit("km/h", "speed", 1 / 3.6, 0), "km/h", "kph", "kmh", "kilometers per hour",
                "kilometres per hour");
        add(m, new Unit("mph", "speed", 0.44704, 0), "mph", "miles per hour");
        add(m, new Unit("kn", "speed", 1852 / 3600.0, 0), "kn", "knot", "knots");
        // data (byte)
        add(m, new Unit("bit", "data", 0.125, 0), "bit", "bits");
        add(m, new Unit("B", "data", 1, 0), "b", "byte", "bytes");
        add(m, new Unit("kB", "data", 1e3, 0), "kb", "kilobyte", "kilobytes");
        add(m, new Unit("MB", "data", 1e6, 0), "mb", "megabyte", "megabytes");
        add(m, new Unit("GB", "data", 1e9, 0), "gb", "gigabyte", "gigabytes");
        add(m, new Unit("TB", "data", 1e12, 0), "tb", "terabyte", "terabytes");
        add(m, new Unit("KiB", "data", 1024, 0), "kib", "kibibyte", "kibibytes");
        add(m, new Unit("MiB", "data", 1024.0 * 1024, 0), "mib", "mebibyte", "mebibytes");
        add(m, new Unit("GiB", "data", 1024.0 * 1024 * 1024, 0), "gib", "gibibyte", "gibibytes");
        BY_NAME = Collections.unmodifiableMap(m);
        LONGEST_NAME_WORDS = m.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
    }

    private Units() {
    }

    private static void add(Map<String, Unit> m, Unit unit, String... names) {
        for (String name : names) {
            if (m.put(name, unit) != null) {
                throw new IllegalStateException("unit name [" + name + "] is used twice");
            }
        }
    }

    /** The unit called {@code name} (case-insensitive, e.g. {@code Miles}, {@code °F}). */
    public static Optional<Unit> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The unit named by the words {@code from .. from+n-1}, if they name one. */
    static Optional<Unit> named(List<String> words, int from, int n) {
        if (from < 0 || from + n > words.size()) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_NAME.get(String.join(" ", words.subList(from, from + n))));
    }

    /** The most words a unit name has ({@code degrees fahrenheit}: 2). */
    static int longestName() {
        return LONGEST_NAME_WORDS;
    }

    /** Every dimension the tool converts, for messages. */
    public static List<String> dimensions() {
        return BY_NAME.values().stream().map(Unit::dimension).distinct().toList();
    }
}
