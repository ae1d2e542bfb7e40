package tiktokclaims.data;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Number parsing for the loader: a fast path over raw bytes, and a strict check for the general form. */
final class Numbers {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d{1,3})?");

    private Numbers() {
    }

    /**
     * The value of {@code 123} or {@code 123.0} (any count of trailing zeros) in {@code bytes[start, end)}, or -1
     * when the text has another form (sign, fraction, exponent, more than 18 digits, not a number at all).
     */
    static long wholeOrMinusOne(byte[] bytes, int start, int end) {
        long v = 0;
        int i = start;
        while (i < end && bytes[i] >= '0' && bytes[i] <= '9') {
            v = v * 10 + (bytes[i] - '0');
            i++;
        }
        int digits = i - start;
        if (digits == 0 || digits > 18) {
            return -1;
        }
        if (i < end) {
            if (bytes[i] != '.') {
                return -1;
            }
            for (i++; i < end; i++) {
                if (bytes[i] != '0') {
                    return -1;
                }
            }
        }
        return v;
    }

    /** Whether {@code d} is exactly a whole number ({@code 1.0} and {@code 1e3} are; {@code 1e-400} is not). */
    static boolean isWhole(BigDecimal d) {
        return d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
    }

    /** Whether {@code s} is a plain decimal number (optional sign, fraction and exponent; no NaN, no hex). */
    static boolean isDecimal(String s) {
        return DECIMAL.matcher(s).matches();
    }
}
